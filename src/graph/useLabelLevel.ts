// Controller: keeps entity labels readable (labelLevel.ts) as the camera zooms and as the
// filters change what is drawn; recomputed once the zoom settles, not on every frame, and
// after a selection changes (its neighbours' names then show, and bundle badges make way).
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectDrawn } from '../store/selectors';
import { selectActivePath } from '../store/pathSelectors';
import { applyLabelLevel } from './labelLevel';
import { drawPlanOf } from './createCy';
import { applyNamedSize } from './namedSize';

const SETTLE_MS = 80;

export function useLabelLevel(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    // A graph of thousands names only a chosen path's entities on the canvas (the overlay
    // names the selection's): size just those, and again when the path changes.
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
      // A selection changes which names show only where the canvas names it through classes;
      // on a graph of thousands the overlay names it, and a re-level would find nothing new.
      const reselected = !onlyNamed && state.selection !== previous.selection;
      if (selectDrawn(state) !== selectDrawn(previous) || reselected) later();
      else if (onlyNamed && selectActivePath(state) !== selectActivePath(previous)) {
        // At once, in the same task as the path's classes: one repaint shows it sized.
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
