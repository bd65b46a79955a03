// Keyboard use of the canvas: arrow keys step the selection through the visible entities
// in alphabetical order, B through the bundles of relations drawn (each opens its list in
// the details panel), + and − zoom, 0 fits. Escape is the app shell's job.
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { GraphFile } from '../domain/schema';
import type { Visible } from '../domain/filters';
import type { Selection } from '../domain/types';
import type { AppStore } from '../store/appStore';
import { selectDrawn, selectVisible } from '../store/selectors';
import { fitGraph, focusOn, zoomBy } from './camera';

export const ZOOM_STEP = 1.25;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Visible entity ids, alphabetical by label (ties broken by id, so the order is total). */
export function entityOrder(graph: GraphFile, visible: Visible): string[] {
  return graph.nodes
    .filter((n) => visible.nodes.has(n.id))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1))
    .map((n) => n.id);
}

/**
 * The entity after (step 1) or before (step −1) the selected one, wrapping around; from
 * no selected entity, the first or the last. Null when no entity is visible.
 */
export function stepEntity(
  graph: GraphFile,
  visible: Visible,
  selection: Selection,
  step: 1 | -1,
): string | null {
  const order = entityOrder(graph, visible);
  if (order.length === 0) return null;
  const at = selection?.kind === 'node' ? order.indexOf(selection.id) : -1;
  const next = at < 0 ? (step === 1 ? 0 : order.length - 1) : at + step;
  return order[(next + order.length) % order.length] ?? null;
}

/** Handles one key press on the focused canvas; true when the key was used. */
export function handleCanvasKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  cy: Core,
  store: StoreApi<AppStore>,
): boolean {
  // Leave Ctrl/Cmd/Alt combinations (browser zoom, shortcuts) to the browser.
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const state = store.getState();
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'ArrowUp': {
      const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
      const id = stepEntity(
        state.loaded.graph,
        selectVisible(state),
        state.selection,
        forward ? 1 : -1,
      );
      if (id) state.selectEntity(id, 'keyboard');
      return true;
    }
    case 'b':
    case 'B': {
      const bundles = [...selectDrawn(state).bundles.keys()];
      if (bundles.length === 0) return true;
      const at = state.openedBundle ? bundles.indexOf(state.openedBundle) : -1;
      const step = event.key === 'B' ? -1 : 1;
      const next = at < 0 && step < 0 ? bundles.length - 1 : at + step;
      const id = bundles[(next + bundles.length) % bundles.length]!;
      state.openBundle(id, 'keyboard');
      focusOn(cy, id);
      return true;
    }
    case '+':
    case '=':
      zoomBy(cy, ZOOM_STEP);
      return true;
    case '-':
    case '_':
      zoomBy(cy, 1 / ZOOM_STEP);
      return true;
    case '0':
      fitGraph(cy);
      return true;
    default:
      return false;
  }
}
