// The shell's state: the library and the graph on screen. When the graph to start with is
// surely the bundled one (a first visit, or the bundled graph was opened last), it is drawn
// at once and the library (IndexedDB, and Dexie's code) opens after the first frame;
// otherwise starting waits for the library. Switching replaces the store, and the URL
// loses what belonged to the previous graph.
import { useEffect, useMemo, useState } from 'react';
import type { LoadedGraph } from '../../domain/types';
import {
  bundledComesFirst,
  openGraphLibrary,
  readLastOpenedHint,
  type DeferredLibrary,
  type GraphLibrary,
} from '../../storage';
import { selfContained } from '../../domain/selfContained';
import type { GraphSession } from './GraphSessionContext';
import { openLinkCopy, type LinkCopy } from './linkStart';
import {
  openStored,
  quickStart,
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
  /** The reader's changed copy of the `?graph=` link, opened instead of fetching it. */
  linkCopy: LinkCopy | null;
}

export function useSessionState(bundled: LoadedGraph | null) {
  const [ready, setReady] = useState<Ready | null>(null);
  const [openLater, setOpenLater] = useState<DeferredLibrary | null>(null);

  useEffect(() => {
    if (!bundled) return;
    let live = true;
    const open = () => openGraphLibrary(selfContained(bundled));
    void (async () => {
      const startUrl = new URLSearchParams(window.location.search).get('graph');
      if (startUrl === null && (await bundledComesFirst(readLastOpenedHint()))) {
        const { deferred, ...start } = await quickStart(bundled, window.location.hash, open);
        if (!live) return;
        const startHash = window.location.hash;
        const library = deferred.library;
        setReady({ startUrl, startHash, library, persistent: true, linkCopy: null, ...start });
        setOpenLater(deferred);
        return;
      }
      const { library, persistent } = await open();
      const startHash = window.location.hash;
      // A link whose graph the reader changed opens their copy: a fetch would overwrite it.
      const fromLink =
        startUrl === null
          ? null
          : await openLinkCopy(library, startUrl, window.location.href, startHash);
      if (fromLink) {
        const { copy: linkCopy, ...start } = fromLink;
        if (live) setReady({ startUrl: null, startHash, library, persistent, linkCopy, ...start });
        return;
      }
      // With ?graph=, the hash names things of that graph, not of the one shown meanwhile.
      const hash = startUrl === null ? window.location.hash : '';
      const start = await startingGraph(library, bundled, hash);
      if (live) setReady({ startUrl, startHash, library, persistent, linkCopy: null, ...start });
    })();
    return () => {
      live = false;
    };
  }, [bundled]);

  // The library opens once the first graph is drawn. This effect runs in the commit that
  // mounts the explorer, after the canvas's own effects, so its frames come after the
  // canvas exists.
  useEffect(() => {
    if (!openLater) return;
    let live = true;
    const cancel = afterFirstFrame(() => {
      void openLater.start().then(({ persistent }) => {
        if (live && !persistent) setReady((r) => r && { ...r, persistent });
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [openLater]);

  const session = useMemo((): GraphSession | null => {
    if (!ready) return null;
    const show = (
      opened: OpenedGraph,
      address: { graphParam?: string; hash?: string } = {},
      notice: string | null = null,
    ) => {
      window.history.replaceState(null, '', urlAfterSwitch(window.location.href, address));
      setReady((r) => r && { ...r, opened, notice, linkCopy: null });
    };
    return {
      library: ready.library,
      persistent: ready.persistent,
      currentId: ready.opened.id,
      openStored: async (id) => show(await openStored(ready.library, id)),
      openLoaded: async (loaded, options = {}) => {
        const { graphParam, hash = '', notice = null, ...put } = options;
        const opened = await storeAndOpen(ready.library, loaded, { ...put, hash });
        show(opened, { graphParam, hash }, notice);
      },
    };
  }, [ready]);

  return { ready, session };
}

/**
 * Runs `task` once two frames have been drawn and the main thread is idle (or after a
 * short wait where there are no idle callbacks); returns a function that cancels it.
 */
function afterFirstFrame(task: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) task();
  };
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 50);
  };
  if (typeof requestAnimationFrame !== 'function') whenIdle();
  else requestAnimationFrame(() => requestAnimationFrame(whenIdle));
  return () => {
    cancelled = true;
  };
}
