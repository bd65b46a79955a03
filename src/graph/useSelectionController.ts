// Controller: highlights the selection and its neighbourhood, fades the rest, and brings a
// selection made elsewhere (details panel, search, article, keyboard) into view.
import { useEffect, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectVisible } from '../store/selectors';
import { applySelection } from './classes';
import { focusOn } from './camera';

/**
 * `tapped` holds the id of an element the user just tapped on the canvas: that selection
 * is already under the pointer, so the camera stays put.
 */
export function useSelectionController(
  cy: Core | null,
  store: StoreApi<AppStore>,
  tapped: RefObject<string | null>,
): void {
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
      if (moved && selection && selection.id !== tapped.current) focusOn(cy, selection.id);
      tapped.current = null;
    });
  }, [cy, store, tapped]);
}
