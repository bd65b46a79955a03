// The library's public face. `openGraphLibrary` gives the IndexedDB library, or the
// in-memory twin when IndexedDB is missing or refuses (private windows, blocked storage),
// so the app always has a library; `persistent` says which one it got.
import type { GraphFile } from '../domain/schema';
import type { GraphLibrary } from './graphLibrary';
import { createMemoryLibrary } from './memoryLibrary';

export type { GraphLibrary, GraphRecord, GraphSummary, PutGraph } from './graphLibrary';
export { BUNDLED_GRAPH_ID } from './graphLibrary';
export { createMemoryLibrary } from './memoryLibrary';
export { deferLibrary, type DeferredLibrary, type OpenedLibrary } from './deferredLibrary';
export { bundledComesFirst, readLastOpenedHint } from './quickStart';

/** An IndexedDB that neither opens nor fails (blocked by another tab) must not hang the app. */
const OPEN_TIMEOUT_MS = 4000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function openGraphLibrary(
  bundled: GraphFile,
): Promise<{ library: GraphLibrary; persistent: boolean }> {
  if (typeof indexedDB !== 'undefined') {
    try {
      // Dexie loads as its own chunk, in parallel with the first screen's code.
      const { createDexieLibrary } = await import('./dexieLibrary');
      const library = await withTimeout(createDexieLibrary(bundled), OPEN_TIMEOUT_MS);
      return { library, persistent: true };
    } catch (error) {
      console.warn('IndexedDB unavailable; graphs are kept for this visit only', error);
    }
  }
  return { library: await createMemoryLibrary(bundled), persistent: false };
}
