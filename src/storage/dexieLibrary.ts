// The library in IndexedDB, through Dexie. Two tables: `summaries` (listed often, small)
// and `graphs` (the self-contained graph, read only when a graph is opened).
import Dexie, { type Table } from 'dexie';
import type { GraphFile } from '../domain/schema';
import type { GraphLibrary, GraphRecord, GraphSummary } from './graphLibrary';
import { createRecordLibrary, type RecordStore } from './recordLibrary';
import { summaryOf } from './records';
import { LIBRARY_DB_NAME, writeLastOpenedHint } from './quickStart';

interface StoredGraph {
  id: string;
  graph: GraphFile;
}

export { LIBRARY_DB_NAME };

class LibraryDb extends Dexie {
  summaries!: Table<GraphSummary, string>;
  graphs!: Table<StoredGraph, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ summaries: 'id, openedAt', graphs: 'id' });
  }
}

export function dexieRecordStore(db: LibraryDb): RecordStore {
  return {
    summaries: () => db.summaries.toArray(),
    summary: (id) => db.summaries.get(id),
    record: async (id) => {
      const [summary, stored] = await db.transaction('r', db.summaries, db.graphs, () =>
        Promise.all([db.summaries.get(id), db.graphs.get(id)]),
      );
      return summary && stored ? { ...summary, graph: stored.graph } : undefined;
    },
    write: (record: GraphRecord) =>
      db.transaction('rw', db.summaries, db.graphs, async () => {
        await db.summaries.put(summaryOf(record));
        await db.graphs.put({ id: record.id, graph: record.graph });
      }),
    writeSummary: async (summary) => {
      await db.summaries.put(summary);
    },
    delete: (id) =>
      db.transaction('rw', db.summaries, db.graphs, async () => {
        await db.summaries.delete(id);
        await db.graphs.delete(id);
      }),
  };
}

/** Opens (creating if needed) the library database; rejects when IndexedDB is unusable. */
export async function createDexieLibrary(
  bundled: GraphFile,
  options: { name?: string; now?: () => number } = {},
): Promise<GraphLibrary> {
  const db = new LibraryDb(options.name ?? LIBRARY_DB_NAME);
  await db.open();
  const library = await createRecordLibrary(dexieRecordStore(db), bundled, options.now);
  return {
    ...library,
    // The hint lets the next start draw the bundled graph before this library opens.
    markOpened: async (id) => {
      await library.markOpened(id);
      writeLastOpenedHint(id);
    },
  };
}
