// Controller: brings a selection made away from the canvas (details panel, search, article,
// keyboard, link) into view — the element itself, or the collapsed bundle that draws it.
// The highlight itself is a class (useClassController).
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectDrawn } from '../store/selectors';
import { drawnIdOf } from '../domain/bundles';
import { focusOn } from './camera';

/** A selection tapped on the canvas is already under the pointer: the camera stays put. */
export function useSelectionController(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    return store.subscribe((state, previous) => {
      const { selection } = state;
      if (selection === previous.selection || !selection) return;
      if (state.selectionOrigin === 'canvas') return;
      const id =
        selection.kind === 'edge'
          ? drawnIdOf(state.loaded.graph, selectDrawn(state), selection.id)
          : selection.id;
      if (id) focusOn(cy, id);
    });
  }, [cy, store]);
}
