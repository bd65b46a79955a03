// Controller: keeps `.hidden` in step with the filters. Renders nothing; never rebuilds
// elements or re-runs the layout, so nothing moves when a filter changes.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectVisible } from '../store/selectors';
import { applyVisibility } from './classes';

export function useVisibilityController(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    let last = selectVisible(store.getState());
    applyVisibility(cy, last);
    return store.subscribe((state) => {
      const visible = selectVisible(state);
      if (visible === last) return;
      last = visible;
      applyVisibility(cy, visible);
    });
  }, [cy, store]);
}
