// Controller: the canvas is hidden while the table view shows; when it comes back,
// Cytoscape must re-read its container's size before it draws or hit-tests again.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';

export function useViewResize(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.view === previous.view || state.view !== 'graph') return;
      frame = requestAnimationFrame(() => {
        if (!cy.destroyed()) cy.resize();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [cy, store]);
}
