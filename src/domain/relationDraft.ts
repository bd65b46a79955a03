// What "New relation…" starts from when the author selects words: the sentence around them,
// the entities it mentions (offered first, in reading order), and the status and claimant
// its hedging cues suggest. The author changes any of it before the relation is made.
import { suggestHedge, type HedgeSuggestion } from './hedges';
import { sentenceBounds } from './passages';
import type { GraphFile } from './schema';

export interface RelationDraft {
  sentence: { start: number; end: number; text: string };
  /** Entity ids mentioned in the sentence (by evidence or by name), in reading order. */
  mentioned: string[];
  hedge: HedgeSuggestion | null;
  source: string | undefined;
  target: string | undefined;
  status: string | undefined;
  attributedTo: string[];
  disputedBy: string[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where each entity is first mentioned in text[from, to): by its evidence, or by a name. */
export function entitiesMentioned(
  graph: GraphFile,
  sourceId: string,
  text: string,
  from: number,
  to: number,
): string[] {
  const slice = text.slice(from, to);
  const firstAt = new Map<string, number>();
  for (const node of graph.nodes) {
    let at = Infinity;
    for (const ev of node.evidence)
      if (ev.source === sourceId && ev.start >= from && ev.end <= to) at = Math.min(at, ev.start);
    for (const name of [node.label, ...node.aliases]) {
      const match = new RegExp(`(^|[^\\w])(${escape(name)})(?=$|[^\\w])`).exec(slice);
      if (match) at = Math.min(at, from + match.index + match[1]!.length);
    }
    if (at < Infinity) firstAt.set(node.id, at);
  }
  return [...firstAt.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

export function draftRelation(
  graph: GraphFile,
  sourceId: string,
  text: string,
  range: { start: number; end: number },
): RelationDraft {
  const [start, end] = sentenceBounds(text, range.start, range.end);
  const sentence = { start, end, text: text.slice(start, end) };
  const hedge = suggestHedge(sentence.text, graph.statuses, graph.nodes);
  const claimants = new Set(hedge?.attributedTo ?? []);
  const mentioned = entitiesMentioned(graph, sourceId, text, start, end);
  // Who makes the claim is seldom a party to it: parties first, claimants after.
  const parties = [
    ...mentioned.filter((id) => !claimants.has(id)),
    ...mentioned.filter((id) => claimants.has(id)),
  ];
  return {
    sentence,
    mentioned,
    hedge,
    source: parties[0],
    target: parties[1],
    status: hedge?.status ?? graph.statuses[0]?.id,
    attributedTo: hedge?.attributedTo ?? [],
    disputedBy: hedge?.disputedBy ?? [],
  };
}
