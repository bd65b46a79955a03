// Controller: sizes entities by the importance chosen in the legend ("Size by"), over
// what is visible. The default size stays in each node's `baseSize`, so "Default" restores it.
// The measures (graphology's betweenness among them, ~18 kB gzip) load when one is chosen.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectVisible } from '../store/selectors';
import { sizeFor } from '../domain/nodeSize';
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

let measures: typeof import('../domain/importance') | null = null;
let loading: Promise<void> | null = null;
const loadMeasures = () =>
  (loading ??= import('../domain/importance').then((module) => {
    measures = module;
  }));

export function useSizeController(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    let last: { measure: SizeMeasure; visible: Visible } | null = null;
    let live = true;
    const update = (state: AppStore) => {
      const visible = selectVisible(state);
      const measure = state.sizeBy;
      if (last && last.measure === measure && (measure === 'none' || last.visible === visible))
        return;
      if (measure === 'none') {
        last = { measure, visible };
        applySizes(cy, new Map());
        return;
      }
      if (!measures) {
        void loadMeasures().then(() => {
          if (live && !cy.destroyed()) update(store.getState());
        });
        return;
      }
      last = { measure, visible };
      applySizes(cy, measures.importance(state.loaded.graph, visible, measure));
    };
    update(store.getState());
    const unsubscribe = store.subscribe(update);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [cy, store]);
}
