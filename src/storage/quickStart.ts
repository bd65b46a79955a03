// What lets the app draw the bundled graph before the library (IndexedDB, through Dexie:
// ~30 kB gzip) has opened: a one-word hint in localStorage naming the graph opened last,
// written whenever the IndexedDB library records an opening, and, without a hint, whether
// a library exists at all (a first visit has none). Anything unclear answers "ask the
// library", which is the slow but always right path.
import { BUNDLED_GRAPH_ID } from './graphLibrary';

export const LIBRARY_DB_NAME = 'news-graph-library';
const HINT_KEY = 'news-graph:last-opened';

/** The id of the graph opened last, as hinted; null when unknown or unreadable. */
export function readLastOpenedHint(storage: Storage | undefined = browserStorage()): string | null {
  try {
    return storage?.getItem(HINT_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeLastOpenedHint(
  id: string,
  storage: Storage | undefined = browserStorage(),
): void {
  try {
    storage?.setItem(HINT_KEY, id);
  } catch {
    // Refused storage: the next start asks the library, as before hints existed.
  }
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // access itself can throw (blocked cookies)
  }
}

/**
 * True when a library database may exist in this browser (so it may name another graph
 * than the bundled one); false only when IndexedDB says for sure there is none.
 */
export async function libraryMayExist(
  idb: IDBFactory | undefined = typeof indexedDB === 'undefined' ? undefined : indexedDB,
): Promise<boolean> {
  // No IndexedDB: the library will be the in-memory one, which starts on the bundled graph.
  if (!idb) return false;
  if (typeof idb.databases !== 'function') return true;
  try {
    return (await idb.databases()).some((db) => db.name === LIBRARY_DB_NAME);
  } catch {
    return true;
  }
}

/**
 * True when the graph to start with is surely the bundled one, so it can be drawn while
 * the library opens: the hint says so, or there is no hint and no library yet.
 */
export async function bundledComesFirst(
  hint: string | null,
  mayExist: () => Promise<boolean> = () => libraryMayExist(),
): Promise<boolean> {
  if (hint !== null) return hint === BUNDLED_GRAPH_ID;
  return !(await mayExist());
}
