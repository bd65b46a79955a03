// Controller: sizes entities by the importance chosen in the legend ("Size by"), over
// what is visible. The default size stays in each node's `baseSize`, so "Default" restores it.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectVisible } from '../store/selectors';
import { importance, sizeFor } from '../domain/importance';
import type { Visible } from '../domain/filters';
import type { SizeMeasure } from '../domain/viewOptions';

export function applySizes(cy: Core, scores: ReadonlyMap<string, number>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const base = (n.data('baseSize') as number | undefined) ?? (n.data('size') as number);
      if (n.data('baseSize') === undefined) n.data('baseSize', base);
      const size = sizeFor(base, scores.get(n.id()));
      if (n.data('size') !== size) n.data('size', size);
    });
  });
}

export function useSizeController(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    let last: { measure: SizeMeasure; visible: Visible } | null = null;
    const update = (state: AppStore) => {
      const visible = selectVisible(state);
      const measure = state.sizeBy;
      if (last && last.measure === measure && (measure === 'none' || last.visible === visible))
        return;
      last = { measure, visible };
      applySizes(cy, importance(state.loaded.graph, visible, measure));
    };
    update(store.getState());
    return store.subscribe(update);
  }, [cy, store]);
}
