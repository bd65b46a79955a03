// The in-memory twin of the IndexedDB library: same rules (recordLibrary.ts), records in a
// Map. Used by tests, and by the app when the browser offers no IndexedDB.
import type { GraphFile } from '../domain/schema';
import type { GraphLibrary, GraphRecord, GraphSummary } from './graphLibrary';
import { createRecordLibrary, type RecordStore } from './recordLibrary';
import { summaryOf } from './records';

export function memoryRecordStore(): RecordStore {
  const records = new Map<string, GraphRecord>();
  // Copies in and out, as IndexedDB's structured clone does, so callers cannot alias state.
  const clone = <T>(value: T): T => structuredClone(value);
  return {
    summaries: async () => [...records.values()].map((r) => clone(summaryOf(r))),
    summary: async (id) => {
      const r = records.get(id);
      return r && clone(summaryOf(r));
    },
    record: async (id) => {
      const r = records.get(id);
      return r && clone(r);
    },
    write: async (record) => {
      records.set(record.id, clone(record));
    },
    writeSummary: async (summary: GraphSummary) => {
      const r = records.get(summary.id);
      if (r) records.set(summary.id, { ...clone(summary), graph: r.graph });
    },
    delete: async (id) => {
      records.delete(id);
    },
  };
}

export function createMemoryLibrary(bundled: GraphFile, now?: () => number): Promise<GraphLibrary> {
  return createRecordLibrary(memoryRecordStore(), bundled, now);
}
