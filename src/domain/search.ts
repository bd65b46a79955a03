// The search index: every name, alias, summary and relation title normalised once per
// graph (keyed on the graph's identity, so an edited graph gets a fresh one), entities and
// relations pre-sorted by title. A keystroke is then one pass of substring tests that stops
// as soon as the best-ranked results are certain: no normalising, no sorting.
import type { GraphFile } from './schema';
import type { Selection } from './types';
import { relationTitle } from './describe';

export interface SearchHit {
  ref: NonNullable<Selection>;
  title: string;
  /** 0: the name starts with the query, 1: a name or alias contains it, 2: elsewhere. */
  rank: number;
}

export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .toLowerCase()
    .trim();
}

interface Entry {
  ref: NonNullable<Selection>;
  title: string;
  /** The normalised name first, then the aliases. */
  names: string[];
  /** Normalised summary (entities) or title (relations). */
  text: string;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

// A collator compares like localeCompare, several times faster over thousands of titles.
const collator = new Intl.Collator();
const byTitle = (a: Entry, b: Entry) => collator.compare(a.title, b.title);

export function buildSearchIndex(graph: GraphFile): SearchIndex {
  // Stable sorts: equal titles keep the file's order, as a sort of the hits would.
  const nodes: Entry[] = graph.nodes
    .map((node) => ({
      ref: { kind: 'node' as const, id: node.id },
      title: node.label,
      names: [node.label, ...node.aliases].map(normalise),
      text: normalise(node.summary),
    }))
    .sort(byTitle);
  const edges: Entry[] = graph.edges
    .map((edge) => {
      const title = relationTitle(graph, edge);
      return {
        ref: { kind: 'edge' as const, id: edge.id },
        title,
        names: [],
        text: normalise(title),
      };
    })
    .sort(byTitle);

  return {
    search(query, limit = 12) {
      const q = normalise(query);
      if (q.length === 0 || limit <= 0) return [];
      // One bucket per rank, each already in title order; a bucket never needs more than
      // `limit` hits, and once rank 0 is full nothing else can make the list.
      const buckets: SearchHit[][] = [[], [], [], []];
      for (const entry of nodes) {
        const rank = entry.names[0]!.startsWith(q)
          ? 0
          : entry.names.some((n) => n.includes(q))
            ? 1
            : entry.text.includes(q)
              ? 2
              : -1;
        if (rank < 0 || buckets[rank]!.length >= limit) continue;
        buckets[rank]!.push({ ref: entry.ref, title: entry.title, rank });
        if (rank === 0 && buckets[0]!.length >= limit) break;
      }
      const found = () => buckets[0]!.length + buckets[1]!.length + buckets[2]!.length;
      if (found() < limit) {
        for (const entry of edges) {
          if (buckets[3]!.length >= limit - found()) break;
          if (entry.text.includes(q))
            buckets[3]!.push({ ref: entry.ref, title: entry.title, rank: 3 });
        }
      }
      return buckets.flat().slice(0, limit);
    },
  };
}

const indexes = new WeakMap<GraphFile, SearchIndex>();

/** The graph's index, built on first use and kept as long as the graph object lives. */
export function searchIndexOf(graph: GraphFile): SearchIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = buildSearchIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}

/** Entities and relations matching `query`, best first (see SearchHit.rank). */
export function searchGraph(graph: GraphFile, query: string, limit = 12): SearchHit[] {
  // An empty box (every render before the first keystroke) builds no index.
  if (normalise(query).length === 0) return [];
  return searchIndexOf(graph).search(query, limit);
}
