// The library's rules written once, over a minimal record store: the Dexie backend and the
// in-memory twin differ only in where records live, so they cannot drift apart.
import type { GraphFile } from '../domain/schema';
import { BUNDLED_GRAPH_ID } from '../store/appStore';
import type { GraphLibrary, GraphRecord, GraphSummary, PutGraph } from './graphLibrary';
import {
  byOpenedDesc,
  cleanTitle,
  copyTitle,
  makeRecord,
  monotonicClock,
  newGraphId,
  summaryOf,
} from './records';

/** Where records live. Summaries are kept apart so a list never reads whole graphs. */
export interface RecordStore {
  summaries(): Promise<GraphSummary[]>;
  summary(id: string): Promise<GraphSummary | undefined>;
  record(id: string): Promise<GraphRecord | undefined>;
  write(record: GraphRecord): Promise<void>;
  writeSummary(summary: GraphSummary): Promise<void>;
  delete(id: string): Promise<void>;
}

export async function createRecordLibrary(
  store: RecordStore,
  bundled: GraphFile,
  now: () => number = monotonicClock(),
): Promise<GraphLibrary> {
  // The bundled record always holds the graph as shipped (a new release may change it);
  // only its title (if renamed) and its dates carry over.
  const stored = await store.record(BUNDLED_GRAPH_ID);
  const shipped = stored ? { ...bundled, title: stored.title } : bundled;
  if (!stored || JSON.stringify(stored.graph) !== JSON.stringify(shipped))
    await store.write(
      makeRecord(BUNDLED_GRAPH_ID, shipped, now(), stored && summaryOf(stored), undefined),
    );

  const existing = async (id: string): Promise<GraphRecord> => {
    const record = await store.record(id);
    if (!record) throw new Error(`no graph "${id}" in the library`);
    return record;
  };

  return {
    list: async () => (await store.summaries()).sort(byOpenedDesc),
    get: (id) => store.record(id),
    put: async ({ id, graph, origin, fromLink }: PutGraph) => {
      if (id === BUNDLED_GRAPH_ID)
        throw new Error('the bundled graph is kept as shipped; save changes as a new graph');
      const previous = id === undefined ? undefined : await store.summary(id);
      const record = makeRecord(id ?? newGraphId(), graph, now(), previous, origin, fromLink);
      await store.write(record);
      return summaryOf(record);
    },
    rename: async (id, title) => {
      const record = await existing(id);
      const clean = cleanTitle(title);
      await store.write({ ...record, title: clean, graph: { ...record.graph, title: clean } });
    },
    duplicate: async (id) => {
      const record = await existing(id);
      const title = copyTitle(record.title);
      const copy = makeRecord(newGraphId(), { ...record.graph, title }, now());
      if (record.origin !== undefined) copy.origin = record.origin;
      await store.write(copy);
      return summaryOf(copy);
    },
    remove: async (id) => {
      if (id === BUNDLED_GRAPH_ID) throw new Error('the bundled graph cannot be removed');
      const record = await existing(id);
      await store.delete(id);
      return record;
    },
    restore: (record) => store.write(record),
    markOpened: async (id) => {
      const summary = await store.summary(id);
      if (!summary) throw new Error(`no graph "${id}" in the library`);
      await store.writeSummary({ ...summary, openedAt: now() });
    },
    lastOpened: async () => {
      const [first] = (await store.summaries()).sort(byOpenedDesc);
      return first && first.openedAt > 0 ? first.id : BUNDLED_GRAPH_ID;
    },
  };
}
