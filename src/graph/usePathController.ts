// Controller: keeps the canvas's path highlight in step with the Path panel's chosen path.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectActivePath } from '../store/pathSelectors';
import { applyPath } from './pathClasses';

export function usePathController(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    let last = selectActivePath(store.getState());
    applyPath(cy, last);
    return store.subscribe((state) => {
      const path = selectActivePath(state);
      if (path === last) return;
      last = path;
      applyPath(cy, path);
    });
  }, [cy, store]);
}
