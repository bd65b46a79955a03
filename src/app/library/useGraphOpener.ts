// Opening a graph from files or a URL: check the files' sizes before reading, load them in
// the worker with progress, then store and show the graph. Anything wrong ends in a list
// of problems; the graph on screen and the library stay as they were.
import { useCallback, useMemo, useRef, useState } from 'react';
import { planOpen } from '../../domain/graphFiles';
import type { LoadedGraph, Problem } from '../../domain/types';
import type { LoadProgress } from '../../workers/graphLoader';
import type { GraphSession } from './GraphSessionContext';
import {
  LoadCancelled,
  loadFilesInWorker,
  loadUrlInWorker,
  type LoadJob,
} from './graphLoaderClient';
import { urlGraphId } from './urlGraphId';

export interface OpenBusy {
  what: string;
  progress: LoadProgress | null;
  cancel: () => void;
}

export interface OpenFailure {
  what: string;
  problems: Problem[];
}

export interface GraphOpener {
  openFiles: (files: readonly File[]) => void;
  /** Opens `?graph=` addresses; `keepHash` applies the page's hash to the new graph. */
  openUrl: (href: string, options?: { keepHash?: boolean }) => void;
}

const PROGRESS_EVERY_MS = 100;

export function useGraphOpener(session: GraphSession | null) {
  const [busy, setBusy] = useState<OpenBusy | null>(null);
  const [failure, setFailure] = useState<OpenFailure | null>(null);
  const running = useRef<LoadJob | null>(null);

  const run = useCallback(
    (
      what: string,
      start: (onProgress: (p: LoadProgress) => void) => LoadJob,
      open: (loaded: LoadedGraph) => Promise<void>,
    ) => {
      running.current?.cancel();
      let last = 0;
      const onProgress = (progress: LoadProgress) => {
        const now = performance.now();
        if (progress.phase === 'reading' && now - last < PROGRESS_EVERY_MS) return;
        last = now;
        setBusy((b) => b && { ...b, progress });
      };
      const job = start(onProgress);
      running.current = job;
      setFailure(null);
      setBusy({ what, progress: null, cancel: job.cancel });
      void (async () => {
        try {
          const result = await job.result;
          if (running.current !== job) return;
          if (result.ok) await open(result.value);
          else setFailure({ what, problems: result.problems });
        } catch (error) {
          if (!(error instanceof LoadCancelled))
            setFailure({
              what,
              problems: [
                { path: '', message: error instanceof Error ? error.message : String(error) },
              ],
            });
        } finally {
          if (running.current === job) {
            running.current = null;
            setBusy(null);
          }
        }
      })();
    },
    [],
  );

  const opener = useMemo((): GraphOpener | null => {
    if (!session) return null;
    return {
      openFiles: (files) => {
        const plan = planOpen(files);
        if (!plan.ok) {
          setFailure({
            what: files.map((f) => f.name).join(', ') || 'the chosen files',
            problems: plan.problems,
          });
          return;
        }
        const graph = files[plan.graph]!;
        const texts = plan.texts.map((i) => ({ name: files[i]!.name, blob: files[i]! }));
        run(
          graph.name,
          (onProgress) => loadFilesInWorker({ name: graph.name, blob: graph }, texts, onProgress),
          (loaded) => session.openLoaded(loaded, { origin: graph.name }),
        );
      },
      openUrl: (href, options = {}) => {
        let url: URL;
        try {
          url = new URL(href, window.location.href);
        } catch {
          setFailure({
            what: href,
            problems: [{ path: '', message: `"${href}" is not an address` }],
          });
          return;
        }
        run(
          url.href,
          (onProgress) => loadUrlInWorker(url.href, onProgress),
          (loaded) =>
            session.openLoaded(loaded, {
              id: urlGraphId(url.href),
              origin: url.href,
              graphParam: href,
              keepHash: options.keepHash ?? false,
            }),
        );
      },
    };
  }, [session, run]);

  return { opener, busy, failure, dismissFailure: () => setFailure(null) };
}
