// Controller: highlights the selection and its neighbourhood, fades the rest, and brings a
// selection made elsewhere (details panel, search, article, keyboard) into view.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectVisible } from '../store/selectors';
import { applySelection } from './classes';
import { focusOn } from './camera';

/** A selection tapped on the canvas is already under the pointer: the camera stays put. */
export function useSelectionController(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    let { selection } = store.getState();
    let visible = selectVisible(store.getState());
    applySelection(cy, selection, visible);
    return store.subscribe((state) => {
      const nextVisible = selectVisible(state);
      if (state.selection === selection && nextVisible === visible) return;
      const moved = state.selection !== selection;
      selection = state.selection;
      visible = nextVisible;
      applySelection(cy, selection, visible);
      if (moved && selection && state.selectionOrigin !== 'canvas') focusOn(cy, selection.id);
    });
  }, [cy, store]);
}
