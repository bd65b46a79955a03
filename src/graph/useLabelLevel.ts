// Controller: keeps entity labels readable (labelLevel.ts) as the camera zooms and as the
// filters change what is drawn; recomputed once the zoom settles, not on every frame.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectDrawn } from '../store/selectors';
import { applyLabelLevel } from './labelLevel';

const SETTLE_MS = 80;

export function useLabelLevel(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!cy.destroyed()) applyLabelLevel(cy);
      }, SETTLE_MS);
    };
    // Layouts reset labels to their base size before they measure (useLayoutController);
    // a pending re-level must not undo that mid-layout.
    const reset = () => clearTimeout(timer);
    applyLabelLevel(cy);
    cy.on('layoutstart', reset);
    cy.on('zoom layoutstop dragfree', later);
    const unsubscribe = store.subscribe((state, previous) => {
      if (selectDrawn(state) !== selectDrawn(previous)) later();
    });
    return () => {
      clearTimeout(timer);
      cy.removeListener('layoutstart', reset);
      cy.removeListener('zoom layoutstop dragfree', later);
      unsubscribe();
    };
  }, [cy, store]);
}
