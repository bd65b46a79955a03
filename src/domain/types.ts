// Types shared across the app that are not part of the file format itself.
import type { GraphFile } from './schema';

/** One thing wrong with a graph file, located by a JSON path such as `edges[3].evidence[0]`. */
export interface Problem {
  path: string;
  message: string;
}

/** A graph that passed validation, with the text of every source resolved by source id. */
export interface LoadedGraph {
  graph: GraphFile;
  texts: Readonly<Record<string, string>>;
}

export type LoadResult = { ok: true; value: LoadedGraph } | { ok: false; problems: Problem[] };

/** What is selected: an entity (node) or a relation (edge), by id. */
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

/** Where a selection was made, so each view can react to it (or not) from the store alone. */
export type SelectionOrigin = 'canvas' | 'keyboard' | 'article' | 'search' | 'details' | 'url';
