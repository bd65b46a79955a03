// Keeps the URL hash in step with the selection, so a link opens the same entity or
// relation; back/forward and hand-edited hashes select too.
import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { formatLocationHash, parseLocationHash } from '../domain/locationHash';

export function useHashSync(store: StoreApi<AppStore>, onProblem: (p: string | null) => void) {
  useEffect(() => {
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.selection === previous.selection) return;
      const hash = formatLocationHash(state.selection);
      if (hash !== window.location.hash) {
        const url = `${window.location.pathname}${window.location.search}${hash}`;
        window.history.replaceState(null, '', url);
      }
    });
    const onHashChange = () => {
      const { selection, problem } = parseLocationHash(
        window.location.hash,
        store.getState().loaded.graph,
      );
      onProblem(problem);
      if (!problem) store.getState().select(selection, 'url');
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store, onProblem]);
}
