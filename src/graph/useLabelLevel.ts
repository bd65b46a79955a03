// Controller: keeps entity labels readable (labelLevel.ts) as the camera zooms and as the
// filters change what is drawn; recomputed once the zoom settles, not on every frame.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectDrawn } from '../store/selectors';
import { applyLabelLevel } from './labelLevel';
import { drawPlanOf } from './createCy';
import { applyNamedSize } from './namedSize';

const SETTLE_MS = 80;

export function useLabelLevel(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    // A graph of thousands names only the selection's surroundings: size just those, and
    // again whenever the selection or the pointer changes who they are.
    const plan = drawPlanOf(cy);
    const onlyNamed = !plan.nodeLabels;
    const apply = () => {
      if (cy.destroyed()) return;
      if (plan.namedAtScreenSize) applyNamedSize(cy);
      applyLabelLevel(cy, onlyNamed);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(apply, SETTLE_MS);
    };
    // Layouts reset labels to their base size before they measure (useLayoutController);
    // a pending re-level must not undo that mid-layout.
    const reset = () => clearTimeout(timer);
    apply();
    cy.on('layoutstart', reset);
    cy.on('zoom layoutstop dragfree', later);
    const unsubscribe = store.subscribe((state, previous) => {
      if (selectDrawn(state) !== selectDrawn(previous)) later();
      else if (
        onlyNamed &&
        (state.selection !== previous.selection ||
          state.hover !== previous.hover ||
          state.openedBundle !== previous.openedBundle)
      ) {
        // At once, in the same task as the class change: one repaint shows the selection
        // named and sized, rather than a speck first and the names a moment later.
        clearTimeout(timer);
        apply();
      }
    });
    return () => {
      clearTimeout(timer);
      cy.removeListener('layoutstart', reset);
      cy.removeListener('zoom layoutstop dragfree', later);
      unsubscribe();
    };
  }, [cy, store]);
}
