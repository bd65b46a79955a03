// Controller: keeps entity labels readable (labelLevel.ts) as the camera zooms and as the
// filters change what is drawn; recomputed once the zoom settles, not on every frame.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectDrawn } from '../store/selectors';
import { applyLabelLevel } from './labelLevel';
import { drawPlanOf } from './createCy';

const SETTLE_MS = 80;

export function useLabelLevel(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    // A graph of thousands names only the selection's surroundings: size just those, and
    // again whenever the selection or the pointer changes who they are.
    const onlyNamed = !drawPlanOf(cy).nodeLabels;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!cy.destroyed()) applyLabelLevel(cy, onlyNamed);
      }, SETTLE_MS);
    };
    // Layouts reset labels to their base size before they measure (useLayoutController);
    // a pending re-level must not undo that mid-layout.
    const reset = () => clearTimeout(timer);
    applyLabelLevel(cy, onlyNamed);
    cy.on('layoutstart', reset);
    cy.on('zoom layoutstop dragfree', later);
    const unsubscribe = store.subscribe((state, previous) => {
      if (selectDrawn(state) !== selectDrawn(previous)) later();
      else if (
        onlyNamed &&
        (state.selection !== previous.selection ||
          state.hover !== previous.hover ||
          state.openedBundle !== previous.openedBundle)
      )
        later();
    });
    return () => {
      clearTimeout(timer);
      cy.removeListener('layoutstart', reset);
      cy.removeListener('zoom layoutstop dragfree', later);
      unsubscribe();
    };
  }, [cy, store]);
}
