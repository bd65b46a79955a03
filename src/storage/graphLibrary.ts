// The library of graphs kept in the browser: one small interface, two implementations
// (IndexedDB through Dexie for the app, an in-memory twin for tests and for browsers
// without IndexedDB). The rest of the app asks for "the library" and never sees IndexedDB.
//
// Usage:
//   const library = await openGraphLibrary(bundledGraph);    // from src/storage
//   const saved = await library.put({ graph });              // new record, fresh id
//   await library.put({ id: saved.id, graph: edited });      // autosave: replace the graph
//   await library.markOpened(saved.id);                      // the app reopens it on reload
//   const record = await library.get(saved.id);              // record.graph is self-contained
//   const removed = await library.remove(saved.id);          // ...and undo:
//   await library.restore(removed);
//
// Records hold self-contained graphs (every source has `text`, none has `file`; use
// `selfContained(loaded)` from domain/selfContained.ts). The bundled graph is always there
// under BUNDLED_GRAPH_ID, as shipped: rewritten from the app bundle when a release changes
// it, never removable, and `put` refuses it (save an edited bundled graph as a new one).
// Graphs read back are still checked by the one loader before use (storage is an edge).
import type { GraphFile } from '../domain/schema';

export { BUNDLED_GRAPH_ID } from '../store/appStore';

/** What a list of graphs shows, without the graph itself (cheap to list). */
export interface GraphSummary {
  id: string;
  title: string;
  /** Titles of the graph's sources, in order. */
  sources: string[];
  counts: { entities: number; relations: number };
  /** Where it came from, for the reader: a file name or a URL; absent for drafts. */
  origin?: string;
  createdAt: number;
  updatedAt: number;
  /** When it was last opened (ms since the epoch); the newest is reopened on reload. */
  openedAt: number;
  /**
   * When the record last took the version at its `?graph=` address (ms; its `updatedAt`
   * then). A later `updatedAt` means the reader changed it since (see linkCopy.ts).
   */
  linkedAt?: number;
}

export interface GraphRecord extends GraphSummary {
  graph: GraphFile;
}

export interface PutGraph {
  /** Replace this record's graph (keeping its dates); absent or unknown: a new record. */
  id?: string;
  graph: GraphFile;
  origin?: string;
  /** The graph is the version fetched from its `?graph=` address (sets `linkedAt`). */
  fromLink?: boolean;
}

export interface GraphLibrary {
  /** Every graph, most recently opened first. */
  list(): Promise<GraphSummary[]>;
  get(id: string): Promise<GraphRecord | undefined>;
  /** Create or replace a record; the title follows the graph's title. Not for the bundled id. */
  put(input: PutGraph): Promise<GraphSummary>;
  /** Sets the title, in the summary and inside the graph. */
  rename(id: string, title: string): Promise<void>;
  /** A copy under a new id, titled "… (copy)". */
  duplicate(id: string): Promise<GraphSummary>;
  /** Removes a record and returns it, for `restore` (undo). The bundled graph cannot go. */
  remove(id: string): Promise<GraphRecord>;
  /** Puts back a record exactly as `remove` returned it. */
  restore(record: GraphRecord): Promise<void>;
  markOpened(id: string): Promise<void>;
  /** The id of the most recently opened graph (the bundled one before anything was opened). */
  lastOpened(): Promise<string>;
}
