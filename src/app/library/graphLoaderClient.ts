// The main thread's side of the loader worker: one worker per load (so cancelling is
// terminating it), progress through a Comlink proxy. Without Worker (jsdom) the same code
// runs on the main thread. Comlink loads with the first load job, not with the page.
import type { Remote } from 'comlink';
import type { LoadResult } from '../../domain/types';
import type { ClaimsLoad, NamedBlob, OnProgress } from '../../workers/graphLoader';
import type { GraphLoaderApi } from '../../workers/graphLoader.worker';

export interface LoadJob<T = LoadResult> {
  result: Promise<T>;
  cancel: () => void;
}

export class LoadCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

// Where there is no Worker (jsdom) the loader runs here, imported only then: it brings
// Papa Parse and the claims importer, which the first screen does not need.
const direct = () => import('../../workers/graphLoader');

type Comlink = typeof import('comlink');

function run<T>(
  inWorker: (api: Remote<GraphLoaderApi>, comlink: Comlink) => Promise<T>,
  onMainThread: () => Promise<T>,
): LoadJob<T> {
  if (typeof Worker === 'undefined') return { result: onMainThread(), cancel: () => {} };
  const worker = new Worker(new URL('../../workers/graphLoader.worker.ts', import.meta.url), {
    type: 'module',
  });
  let reject: (error: Error) => void = () => {};
  const stopped = new Promise<never>((_, r) => (reject = r));
  worker.addEventListener('error', (event) =>
    reject(new Error(`the loader stopped: ${event.message || 'unknown error'}`)),
  );
  const work = import('comlink').then((comlink) =>
    inWorker(comlink.wrap<GraphLoaderApi>(worker), comlink),
  );
  const result = Promise.race([work, stopped]).finally(() => worker.terminate());
  return {
    result,
    cancel: () => {
      worker.terminate();
      reject(new LoadCancelled());
    },
  };
}

export function loadFilesInWorker(
  graph: NamedBlob,
  texts: readonly NamedBlob[],
  onProgress: OnProgress,
): LoadJob {
  return run(
    (api, { proxy }) => api.load(graph, texts, proxy(onProgress)),
    async () => (await direct()).loadGraphBlobs(graph, texts, onProgress),
  );
}

export function loadUrlInWorker(href: string, onProgress: OnProgress): LoadJob {
  return run(
    (api, { proxy }) => api.loadUrl(href, proxy(onProgress)),
    async () => (await direct()).loadGraphUrl(href, onProgress),
  );
}

export function loadClaimsInWorker(
  csv: NamedBlob,
  article: NamedBlob,
  onProgress: OnProgress,
): LoadJob<ClaimsLoad> {
  return run(
    (api, { proxy }) => api.loadClaims(csv, article, proxy(onProgress)),
    async () => (await direct()).loadClaimsBlobs(csv, article, onProgress),
  );
}
