// The main thread's side of the loader worker: one worker per load (so cancelling is
// terminating it), progress through a Comlink proxy. Without Worker (jsdom) the same code
// runs on the main thread.
import { proxy, wrap, type Remote } from 'comlink';
import type { LoadResult } from '../../domain/types';
import * as direct from '../../workers/graphLoader';
import type { NamedBlob, OnProgress } from '../../workers/graphLoader';
import type { GraphLoaderApi } from '../../workers/graphLoader.worker';

export interface LoadJob {
  result: Promise<LoadResult>;
  cancel: () => void;
}

export class LoadCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

function run(
  inWorker: (api: Remote<GraphLoaderApi>) => Promise<LoadResult>,
  onMainThread: () => Promise<LoadResult>,
): LoadJob {
  if (typeof Worker === 'undefined') return { result: onMainThread(), cancel: () => {} };
  const worker = new Worker(new URL('../../workers/graphLoader.worker.ts', import.meta.url), {
    type: 'module',
  });
  let reject: (error: Error) => void = () => {};
  const stopped = new Promise<never>((_, r) => (reject = r));
  worker.addEventListener('error', (event) =>
    reject(new Error(`the loader stopped: ${event.message || 'unknown error'}`)),
  );
  const result = Promise.race([inWorker(wrap<GraphLoaderApi>(worker)), stopped]).finally(() =>
    worker.terminate(),
  );
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
    (api) => api.load(graph, texts, proxy(onProgress)),
    () => direct.loadGraphBlobs(graph, texts, onProgress),
  );
}

export function loadUrlInWorker(href: string, onProgress: OnProgress): LoadJob {
  return run(
    (api) => api.loadUrl(href, proxy(onProgress)),
    () => direct.loadGraphUrl(href, onProgress),
  );
}
