// The shell's state: the library (once open) and the graph on screen. Starting is
// asynchronous (IndexedDB); switching replaces the store, and the URL loses what belonged
// to the previous graph.
import { useEffect, useMemo, useState } from 'react';
import type { LoadedGraph } from '../../domain/types';
import { openGraphLibrary, type GraphLibrary } from '../../storage';
import { selfContained } from '../../domain/selfContained';
import type { GraphSession } from './GraphSessionContext';
import {
  openStored,
  startingGraph,
  storeAndOpen,
  urlAfterSwitch,
  type OpenedGraph,
} from './session';

interface Ready {
  /** `?graph=` of the address the app started with: opened once the library is ready. */
  startUrl: string | null;
  /** The page's hash at start (it may change before the ?graph= graph arrives). */
  startHash: string;
  library: GraphLibrary;
  persistent: boolean;
  opened: OpenedGraph;
  notice: string | null;
}

export function useSessionState(bundled: LoadedGraph | null) {
  const [ready, setReady] = useState<Ready | null>(null);

  useEffect(() => {
    if (!bundled) return;
    let live = true;
    void (async () => {
      const { library, persistent } = await openGraphLibrary(selfContained(bundled));
      const startUrl = new URLSearchParams(window.location.search).get('graph');
      // With ?graph=, the hash names things of that graph, not of the one shown meanwhile.
      const hash = startUrl === null ? window.location.hash : '';
      const start = await startingGraph(library, bundled, hash);
      const startHash = window.location.hash;
      if (live) setReady({ startUrl, startHash, library, persistent, ...start });
    })();
    return () => {
      live = false;
    };
  }, [bundled]);

  const session = useMemo((): GraphSession | null => {
    if (!ready) return null;
    const show = (opened: OpenedGraph, address: { graphParam?: string; hash?: string } = {}) => {
      window.history.replaceState(null, '', urlAfterSwitch(window.location.href, address));
      setReady((r) => r && { ...r, opened, notice: null });
    };
    return {
      library: ready.library,
      persistent: ready.persistent,
      currentId: ready.opened.id,
      openStored: async (id) => show(await openStored(ready.library, id)),
      openLoaded: async (loaded, options = {}) => {
        const { graphParam, hash = '', ...put } = options;
        show(await storeAndOpen(ready.library, loaded, { ...put, hash }), { graphParam, hash });
      },
    };
  }, [ready]);

  return { ready, session };
}
