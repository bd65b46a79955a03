// Opening a graph from files or a URL: check the files' sizes before reading, load them in
// the worker with progress, then store and show the graph. Anything wrong ends in a list
// of problems; the graph on screen and the library stay as they were. A CSV of claims with
// its article opens the same way, and the rows it could not anchor are listed afterwards.
import { useCallback, useMemo, useRef, useState } from 'react';
import { planOpen } from '../../domain/graphFiles';
import type { LoadResult, Problem } from '../../domain/types';
import type { ClaimsLoad, LoadProgress } from '../../workers/graphLoader';
import type { GraphSession } from './GraphSessionContext';
import {
  LoadCancelled,
  loadClaimsInWorker,
  loadFilesInWorker,
  loadUrlInWorker,
  type LoadJob,
} from './graphLoaderClient';
import { urlGraphId } from './urlGraphId';
import { duplicateGraph } from './session';

export interface OpenBusy {
  what: string;
  progress: LoadProgress | null;
  cancel: () => void;
}

export interface OpenFailure {
  what: string;
  problems: Problem[];
  /** A heading other than "Could not open …" (a partial CSV import). */
  title?: string;
  intro?: string;
}

export interface GraphOpener {
  openFiles: (files: readonly File[]) => void;
  /**
   * Opens `?graph=` addresses; `hash` (the page's hash at start) is the view to open with.
   * `keepCopy`: the library's copy of this address is duplicated before the link's version
   * replaces it (the reader changed it; LinkCopyNotice).
   */
  openUrl: (href: string, options?: { hash?: string; keepCopy?: boolean }) => void;
}

const PROGRESS_EVERY_MS = 100;

/** Duplicates the library's record `id`, if there is one; the copy's title. */
async function keepCopyOf(session: GraphSession, id: string): Promise<string | null> {
  if (!(await session.library.list()).some((summary) => summary.id === id)) return null;
  return (await duplicateGraph(session.library, id)).title;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function useGraphOpener(session: GraphSession | null) {
  const [busy, setBusy] = useState<OpenBusy | null>(null);
  const [failure, setFailure] = useState<OpenFailure | null>(null);
  const running = useRef<LoadJob<unknown> | null>(null);

  /** Runs a load job; `finish` opens what it gave, or returns what to report. */
  const run = useCallback(
    <T>(
      what: string,
      start: (onProgress: (p: LoadProgress) => void) => LoadJob<T>,
      finish: (value: T) => Promise<OpenFailure | null>,
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
          const value = await job.result;
          if (running.current !== job) return;
          setFailure(await finish(value));
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
    const graphResult =
      (what: string, open: (result: LoadResult & { ok: true }) => Promise<void>) =>
      async (result: LoadResult): Promise<OpenFailure | null> => {
        if (!result.ok) return { what, problems: result.problems };
        await open(result);
        return null;
      };
    const claimsResult =
      (what: string) =>
      async ({ result, anchored, rowProblems }: ClaimsLoad): Promise<OpenFailure | null> => {
        if (!result.ok) return { what, problems: [...rowProblems, ...result.problems] };
        await session.openLoaded(result.value, { origin: what });
        if (rowProblems.length === 0) return null;
        return {
          what,
          problems: rowProblems,
          title: `Imported ${plural(anchored, 'claim', 'claims')} from ${what}`,
          intro: `${plural(rowProblems.length, 'row was', 'rows were')} left out. Fix them in the spreadsheet and import it again.`,
        };
      };
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
        const named = (i: number) => ({ name: files[i]!.name, blob: files[i]! });
        if (plan.kind === 'claims') {
          const csv = named(plan.csv);
          run(
            csv.name,
            (onProgress) => loadClaimsInWorker(csv, named(plan.text), onProgress),
            claimsResult(csv.name),
          );
          return;
        }
        const graph = named(plan.graph);
        run(
          graph.name,
          (onProgress) => loadFilesInWorker(graph, plan.texts.map(named), onProgress),
          graphResult(graph.name, (r) => session.openLoaded(r.value, { origin: graph.name })),
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
          graphResult(url.href, async (r) => {
            const id = urlGraphId(url.href);
            // Only once the link's version is here: a failed fetch leaves the copy alone.
            const kept = options.keepCopy ? await keepCopyOf(session, id) : null;
            await session.openLoaded(r.value, {
              id,
              origin: url.href,
              graphParam: href,
              hash: options.hash ?? '',
              fromLink: true,
              ...(kept === null
                ? {}
                : { notice: `Your changed copy is kept in the Library as “${kept}”.` }),
            });
          }),
        );
      },
    };
  }, [session, run]);

  return { opener, busy, failure, dismissFailure: () => setFailure(null) };
}
