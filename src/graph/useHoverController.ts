// Controller: marks what the pointer is over (`.hovered`), whether the hover started on
// the canvas or in the article reader.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { applyHover } from './classes';

export function useHoverController(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    let { hover } = store.getState();
    applyHover(cy, hover);
    return store.subscribe((state) => {
      if (state.hover === hover) return;
      hover = state.hover;
      applyHover(cy, hover);
    });
  }, [cy, store]);
}
