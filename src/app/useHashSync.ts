// Keeps the URL hash in step with the whole view (domain/viewHash.ts), so a link or a
// reload reproduces it. A new selection is a new history entry (Back returns to the
// previous one); every other change replaces the current entry. Back/Forward and
// hand-edited hashes put their view back into the store; what a hash gets wrong is shown
// as a notice, never a crash.
import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { formatViewHash, parseViewHash } from '../domain/viewHash';
import { applyUrlView, urlViewOf } from '../store/urlView';

export function useHashSync(store: StoreApi<AppStore>, onProblem: (p: string | null) => void) {
  useEffect(() => {
    let applying = false;
    const readHash = (report: boolean) => {
      const { view, problems } = parseViewHash(window.location.hash, store.getState().loaded.graph);
      applying = true;
      try {
        applyUrlView(store, view);
      } finally {
        applying = false;
      }
      if (report) onProblem(problems.length ? problems.join(' ') : null);
    };
    // The opening hash: its problems were already reported when the graph was opened.
    readHash(false);

    const unsubscribe = store.subscribe((state, previous) => {
      if (applying) return;
      const hash = formatViewHash(urlViewOf(state));
      if (hash === window.location.hash || (hash === '' && window.location.hash === '#')) return;
      const url = `${window.location.pathname}${window.location.search}${hash}`;
      if (state.selection !== previous.selection) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    const onNavigate = () => readHash(true);
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, [store, onProblem]);
}
