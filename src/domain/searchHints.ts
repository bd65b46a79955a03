// Why a search result matched when its name does not show it: "Iran" for "teh" matched
// the alias "Tehran"; "Caspian region" for "russ" matched its summary. Uses the same
// normalisation as searchGraph.
import type { GraphNode } from './schema';
import { normalise } from './search';

/** The first alias containing the query, when the entity's own name does not. */
export function matchedAlias(node: GraphNode, query: string): string | null {
  const q = normalise(query);
  if (q.length === 0 || normalise(node.label).includes(q)) return null;
  return node.aliases.find((alias) => normalise(alias).includes(q)) ?? null;
}

export type MatchReason = { kind: 'alias'; alias: string } | { kind: 'summary' } | null;

/** What matched, when it was not the entity's own name. */
export function matchReason(node: GraphNode, query: string): MatchReason {
  const q = normalise(query);
  if (q.length === 0 || normalise(node.label).includes(q)) return null;
  const alias = matchedAlias(node, query);
  if (alias) return { kind: 'alias', alias };
  return normalise(node.summary).includes(q) ? { kind: 'summary' } : null;
}
