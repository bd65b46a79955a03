// A library that opens later: every call waits until `start()` (or the first call) has
// opened the real one. It lets the app draw the first graph without waiting for IndexedDB,
// and without the library's code in the first load.
import type { GraphLibrary } from './graphLibrary';

export interface OpenedLibrary {
  library: GraphLibrary;
  persistent: boolean;
}

export interface DeferredLibrary {
  library: GraphLibrary;
  /** Opens the library (once; later calls return the same promise). */
  start(): Promise<OpenedLibrary>;
}

export function deferLibrary(open: () => Promise<OpenedLibrary>): DeferredLibrary {
  let opening: Promise<OpenedLibrary> | null = null;
  const start = () => (opening ??= open());
  const real = async () => (await start()).library;
  const library: GraphLibrary = {
    list: async () => (await real()).list(),
    get: async (id) => (await real()).get(id),
    put: async (input) => (await real()).put(input),
    rename: async (id, title) => (await real()).rename(id, title),
    duplicate: async (id) => (await real()).duplicate(id),
    remove: async (id) => (await real()).remove(id),
    restore: async (record) => (await real()).restore(record),
    markOpened: async (id) => (await real()).markOpened(id),
    lastOpened: async () => (await real()).lastOpened(),
  };
  return { library, start };
}
