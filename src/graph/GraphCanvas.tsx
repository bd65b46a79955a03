// The graph canvas: one Cytoscape instance, created once from the store's graph in one
// effect and destroyed in its cleanup (safe under StrictMode's double mount). Everything
// after that — filters, selection, hover, taps, keys — goes through small controllers
// that toggle classes; elements are never rebuilt and the layout never re-runs.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Core } from 'cytoscape';
import { useAppStore, useStoreApi } from '../store/StoreProvider';
import type { AppStore } from '../store/appStore';
import { selectVisible } from '../store/selectors';
import { createCy, drawPlanOf } from './createCy';
import { placeGraph } from './placeGraph';
import { LayoutProgress } from './LayoutProgress';
import { createClassSync } from './classes';
import { fitGraph } from './camera';
import { handleCanvasKey } from './keyboard';
import { useDocumentController } from './useDocumentController';
import { classInputs, useClassController } from './useClassController';
import { useSelectionController } from './useSelectionController';
import { useCanvasEvents } from './useCanvasEvents';
import { usePathController } from './usePathController';
import { useViewResize } from './useViewResize';
import { sharedPositions, useLayoutController } from './useLayoutController';
import { useSizeController } from './useSizeController';
import { useThemeController } from './useThemeController';
import { CanvasControls } from './CanvasControls';
import { BundleControl } from './BundleControl';
import { useLabelLevel } from './useLabelLevel';
import { applyLabelLevel } from './labelLevel';
import { useHighlightOverlay } from './useHighlightOverlay';
import { useExploreMode } from './useExploreMode';
import { autoFit } from './autoFit';
import './graphCanvas.css';

declare global {
  interface Window {
    /** The live Cytoscape instance, for debugging and browser tests. */
    cy?: Core;
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const selectCanvasLabel = (s: AppStore): string => {
  const visible = selectVisible(s);
  return (
    `Graph of ${plural(visible.nodes.size, 'entity', 'entities')} and ` +
    `${plural(visible.edges.size, 'relation', 'relations')}. ` +
    'Arrow keys move between entities, B between bundles of relations, + and − zoom, 0 fits.'
  );
};

export function GraphCanvas() {
  const store = useStoreApi();
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const label = useAppStore(selectCanvasLabel);

  // The controllers come before the effect that creates the instance, so on unmount their
  // cleanups (listeners, subscriptions) run before the instance is destroyed.
  // First, so that the others see the elements of an edited document.
  useDocumentController(cy, store);
  useClassController(cy, store);
  useSelectionController(cy, store);
  useCanvasEvents(cy, store);
  usePathController(cy, store);
  useViewResize(cy, store);
  useLayoutController(cy, store);
  useLabelLevel(cy, store);
  useHighlightOverlay(cy, store);
  const explore = useExploreMode(cy);
  useSizeController(cy, store);
  useThemeController(cy, store);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const state = store.getState();
    const instance = createCy(state.loaded.graph, container);
    // Lay out everything first, hidden elements included, so a filter never moves anything.
    const stopLayout = placeGraph(instance, store, sharedPositions());
    // Hide what is not drawn before the first fit, so the fit frames what is drawn.
    createClassSync(instance, drawPlanOf(instance))(classInputs(state));
    fitGraph(instance);
    // Labels are drawn at a constant on-screen size (labelLevel), so they take more room
    // than the stylesheet's base size the fit measured: size them, and fit again, so the
    // first frame is already the final picture.
    if (drawPlanOf(instance).nodeLabels) {
      applyLabelLevel(instance);
      fitGraph(instance);
    }
    // Re-fit when the box changes size (a container without a size yet included), until the
    // user moves the camera.
    const stopAutoFit = autoFit(instance, fitGraph);
    window.cy = instance;
    setCy(instance);
    return () => {
      stopLayout();
      setCy(null);
      if (window.cy === instance) delete window.cy;
      stopAutoFit();
      instance.removeAllListeners();
      instance.destroy();
    };
  }, [store]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (cy && handleCanvasKey(event, cy, store)) event.preventDefault();
  };
  const onFrameKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && explore.exploring) {
      event.stopPropagation();
      explore.setExploring(false);
    }
  };

  return (
    <div
      className={`graph-canvas${explore.exploring ? ' is-exploring' : ''}`}
      onKeyDown={onFrameKey}
    >
      <div
        ref={containerRef}
        id="graph-canvas"
        className="graph-canvas__cy"
        tabIndex={0}
        role="application"
        aria-roledescription="graph"
        aria-label={label}
        onKeyDown={onKeyDown}
      />
      <CanvasControls cy={cy} />
      <BundleControl />
      {explore.narrow && (
        <button
          type="button"
          className="graph-explore"
          onClick={() => explore.setExploring(!explore.exploring)}
        >
          {explore.exploring ? '← Back to the page' : 'Explore graph'}
        </button>
      )}
      <LayoutProgress />
    </div>
  );
}
