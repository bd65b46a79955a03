// Keys that work anywhere on the page: Escape clears the selection, unless a widget that
// owns Escape (a search list, a menu) already handled it.
import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';

export function useGlobalKeys(store: StoreApi<AppStore>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      store.getState().clearSelection();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
