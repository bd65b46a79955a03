// Evidence as a reader sees it: each quote inside its sentence, and the article cut into
// segments so that every evidence span can be drawn as a highlight.
import type { Evidence, GraphFile } from './schema';
import type { Selection } from './types';
import { indexGraph } from './graphIndex';

export interface Passage {
  evidence: Evidence;
  before: string;
  quote: string;
  after: string;
}

/** The evidence spans behind a selected entity or relation, in file order. */
export function evidenceOf(graph: GraphFile, selection: Selection): readonly Evidence[] {
  if (!selection) return [];
  const index = indexGraph(graph);
  const element =
    selection.kind === 'node' ? index.nodeById.get(selection.id) : index.edgeById.get(selection.id);
  return element?.evidence ?? [];
}

// A period after a lone capital ("U.S.", "U.K.") or a digit-free initial does not end a
// sentence in this kind of prose; treating it as one would cut "according to U.S. officials".
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && next !== ' ' && next !== '\n' && next !== '”' && next !== '"')
    return false;
  if (ch === '.' && /(^|[\s.])[A-Z]$/.test(text.slice(Math.max(0, i - 2), i))) return false;
  return true;
}

/** Bounds of the sentence(s) containing text[start, end). */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1)) from--;
  while (from < start && /\s/.test(text[from] ?? '')) from++;
  let to = end;
  if (!(to > start && endsSentence(text, to - 1))) {
    while (to < text.length && !endsSentence(text, to)) to++;
    if (to < text.length && text[to] !== '\n') to++; // keep the closing punctuation
  }
  // and a closing quote mark that belongs to the sentence
  while (to < text.length && /[”"’]/.test(text[to] ?? '')) to++;
  if (text[to - 1] === '\n') to--;
  return [from, to];
}

export function passageOf(text: string, evidence: Evidence): Passage {
  const [from, to] = sentenceBounds(text, evidence.start, evidence.end);
  return {
    evidence,
    before: text.slice(from, evidence.start),
    quote: text.slice(evidence.start, evidence.end),
    after: text.slice(evidence.end, to),
  };
}

/** A run of article text and the entities/relations whose evidence covers it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  supports: readonly NonNullable<Selection>[];
}

/**
 * Cuts `text` at every evidence boundary of `sourceId`, so overlapping spans become
 * separate segments each listing everything they support.
 */
export function segmentArticle(graph: GraphFile, sourceId: string, text: string): Segment[] {
  const spans: { start: number; end: number; quote: string; ref: NonNullable<Selection> }[] = [];
  for (const node of graph.nodes)
    for (const ev of node.evidence)
      if (ev.source === sourceId) spans.push({ ...ev, ref: { kind: 'node', id: node.id } });
  for (const edge of graph.edges)
    for (const ev of edge.evidence)
      if (ev.source === sourceId) spans.push({ ...ev, ref: { kind: 'edge', id: edge.id } });

  // One sweep over the boundaries, keeping the spans open at each point (counted per
  // element, since one element may have overlapping spans): linear in spans + segments,
  // where filtering every span per segment was quadratic (see tests/bench).
  const starting = new Map<number, typeof spans>();
  const ending = new Map<number, typeof spans>();
  for (const span of spans) {
    if (span.start < 0 || span.end > text.length || span.end <= span.start) continue;
    // An orphan (its quote no longer at its offsets, after the text changed) marks nothing.
    if (text.slice(span.start, span.end) !== span.quote) continue;
    (starting.get(span.start) ?? starting.set(span.start, []).get(span.start)!).push(span);
    (ending.get(span.end) ?? ending.set(span.end, []).get(span.end)!).push(span);
  }
  const points = [...new Set([0, text.length, ...starting.keys(), ...ending.keys()])].sort(
    (a, b) => a - b,
  );
  const open = new Map<string, { ref: NonNullable<Selection>; count: number }>();
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    for (const span of ending.get(start) ?? []) {
      const key = `${span.ref.kind}:${span.ref.id}`;
      const entry = open.get(key)!;
      if (--entry.count === 0) open.delete(key);
    }
    for (const span of starting.get(start) ?? []) {
      const key = `${span.ref.kind}:${span.ref.id}`;
      const entry = open.get(key);
      if (entry) entry.count++;
      else open.set(key, { ref: span.ref, count: 1 });
    }
    const end = points[i + 1]!;
    const supports = [...open.values()].map((entry) => entry.ref);
    segments.push({ start, end, text: text.slice(start, end), supports });
  }
  return segments;
}
