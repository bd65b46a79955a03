// Controller: runs the layout chosen in the store (animated, unless the user prefers
// reduced motion), restores a graph's saved layout and positions on load, and saves them
// again after every layout run and every drag. "Reset layout" forgets the saved
// positions and runs the layout afresh.
import { useEffect } from 'react';
import type { Core, Layouts } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { DEFAULT_LAYOUT, isLayoutId, type LayoutId } from '../domain/viewOptions';
import { defaultPositions, type PositionStore } from '../storage/positions';
import { layoutFor, presetLayout } from './layouts/registry';
import { LAYOUT_SEED, forceLayoutReady, forcePositions, loadForceLayout } from './layout';
import { withSeededRandom } from './seededRandom';
import { resetLabelLevel } from './labelLevel';
import { chooseLayout } from '../domain/layoutPlan';
import { startWorkerPlacement } from './placeGraph';
import { FIT_PADDING, fitGraph, prefersReducedMotion } from './camera';

let shared: PositionStore | null = null;
export const sharedPositions = (): PositionStore => (shared ??= defaultPositions());

export function useLayoutController(
  cy: Core | null,
  store: StoreApi<AppStore>,
  positions: PositionStore = sharedPositions(),
): void {
  useEffect(() => {
    if (!cy) return;
    const { graphId, loaded } = store.getState();
    let running: Layouts | null = null;
    let stopWorker: (() => void) | null = null;
    /** Counts run requests, so a run that waited for fcose's code yields to a newer one. */
    let requests = 0;
    let disposed = false;

    const save = () =>
      positions.save(graphId, {
        layout: store.getState().layout,
        positions: new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
      });

    const run = (id: LayoutId, instant: boolean) => {
      const request = ++requests;
      running?.stop();
      stopWorker?.();
      stopWorker = null;
      // Force-directed on a big graph: ForceAtlas2 in the worker, not fcose on this thread.
      if (id === 'force' && chooseLayout(cy.nodes().length) === 'forceatlas2') {
        stopWorker = startWorkerPlacement(cy, store, positions);
        return;
      }
      // fcose is not in the first load: fetch it, then run (unless something newer ran).
      if (id === 'force' && !forceLayoutReady()) {
        loadForceLayout().then(
          () => {
            if (!disposed && request === requests && !cy.destroyed()) run(id, instant);
          },
          (error: unknown) => console.warn('The force-directed layout could not be loaded', error),
        );
        return;
      }
      const still = instant || prefersReducedMotion();
      // Layouts that keep labels apart must measure them at their base size (labelLevel).
      resetLabelLevel(cy);
      // Bundle edges stand for relations already laid out: they must not pull twice.
      // fcose is computed from a fixed start (forcePositions), then moved to like any
      // preset, so a re-run gives back the first load's picture wherever entities stood.
      const options =
        id === 'force'
          ? presetLayout(forcePositions(cy), still)
          : layoutFor(id, cy, loaded.graph, still);
      const layout = cy.elements().not('.bundle').layout(options);
      layout.one('layoutstop', () => {
        if (cy.destroyed()) return;
        save();
        const visible = cy.elements().not('.hidden');
        if (still) fitGraph(cy);
        else
          cy.animate(
            { fit: { eles: visible.nonempty() ? visible : cy.elements(), padding: FIT_PADDING } },
            { duration: 300 },
          );
      });
      running = layout;
      withSeededRandom(LAYOUT_SEED, () => layout.run());
    };

    const start = store.getState();
    const saved = positions.load(graphId);
    // A link that names a layout wins; otherwise the graph's saved layout comes back.
    const useSaved =
      saved !== null &&
      isLayoutId(saved.layout) &&
      (saved.layout === start.layout || start.layout === DEFAULT_LAYOUT);
    if (saved && useSaved) {
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const p = saved.positions.get(n.id());
          if (p) n.position(p);
        });
      });
      if (saved.layout !== start.layout) store.setState({ layout: saved.layout as LayoutId });
      fitGraph(cy);
    } else if (start.layout !== DEFAULT_LAYOUT) {
      run(start.layout, true);
    }

    let lastRun = store.getState().layoutRun;
    const unsubscribe = store.subscribe((state) => {
      if (state.layoutRun === lastRun) return;
      lastRun = state.layoutRun;
      if (state.layoutReset) positions.clear(graphId);
      run(state.layout, false);
    });
    cy.on('dragfree', 'node', save);
    return () => {
      disposed = true;
      unsubscribe();
      running?.stop();
      stopWorker?.();
      cy.off('dragfree', 'node', save);
    };
  }, [cy, store, positions]);
}
