// Controller: keeps the canvas's classes (hidden, selection, hover) and its bundle labels in
// step with the store. Renders nothing; never rebuilds elements or re-runs the layout, so
// nothing moves when a filter changes, and only elements whose state changes are touched.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectDrawn } from '../store/selectors';
import { drawPlanOf } from './createCy';
import { createClassSync, type ClassInputs } from './classes';
import { createBundleDataSync } from './bundleElements';

export const classInputs = (s: AppStore): ClassInputs => ({
  graph: s.loaded.graph,
  drawn: selectDrawn(s),
  selection: s.selection,
  openedBundle: s.openedBundle,
  hover: s.hover,
});

export function useClassController(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    const syncClasses = createClassSync(cy, drawPlanOf(cy));
    const syncBundles = createBundleDataSync(cy);
    const sync = (state: AppStore) => {
      const inputs = classInputs(state);
      syncBundles(inputs.graph, inputs.drawn);
      syncClasses(inputs);
    };
    sync(store.getState());
    return store.subscribe(sync);
  }, [cy, store]);
}
