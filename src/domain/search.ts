// Finding entities and relations by what a reader types: names, aliases, summaries and
// relation labels, case- and accent-insensitive. Name matches rank before mentions.
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

export function searchGraph(graph: GraphFile, query: string, limit = 12): SearchHit[] {
  const q = normalise(query);
  if (q.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const node of graph.nodes) {
    const names = [node.label, ...node.aliases].map(normalise);
    const rank = names[0]!.startsWith(q)
      ? 0
      : names.some((n) => n.includes(q))
        ? 1
        : normalise(node.summary).includes(q)
          ? 2
          : -1;
    if (rank >= 0) hits.push({ ref: { kind: 'node', id: node.id }, title: node.label, rank });
  }
  for (const edge of graph.edges) {
    const title = relationTitle(graph, edge);
    if (normalise(title).includes(q))
      hits.push({ ref: { kind: 'edge', id: edge.id }, title, rank: 3 });
  }
  return hits.sort((a, b) => a.rank - b.rank || a.title.localeCompare(b.title)).slice(0, limit);
}
