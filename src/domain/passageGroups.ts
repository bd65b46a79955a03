// Each passage once: the evidence spans of one element gathered by sentence, so that two
// spans in one sentence show that sentence once with both quotes marked (the Zangezur
// corridor has two spans in one sentence; listing it twice reads as two passages).
import { stripBullet } from './articleBlocks';
import { sentenceBounds } from './passages';
import type { Evidence } from './schema';
import { textOf } from './sourceTexts';

export interface PassagePart {
  text: string;
  /** True for words an evidence span quotes. */
  marked: boolean;
}

export interface PassageGroup {
  source: string;
  /** Bounds of the sentence(s) in the source text. */
  start: number;
  end: number;
  /** The sentence cut into unmarked and marked runs, in reading order. */
  parts: PassagePart[];
  /** The spans shown, in the order the element lists them. */
  evidence: Evidence[];
}

interface Item {
  evidence: Evidence;
  order: number;
  from: number;
  to: number;
}

/**
 * The passages behind `evidence`, one per sentence (sentences whose spans overlap merge), in
 * the order of each passage's first span. A span whose source text is missing stands alone,
 * as its quote.
 */
export function groupPassages(
  texts: Readonly<Partial<Record<string, string>>>,
  evidence: readonly Evidence[],
): PassageGroup[] {
  const bySource = new Map<string, Item[]>();
  const groups: { order: number; group: PassageGroup }[] = [];
  evidence.forEach((span, order) => {
    const text = textOf(texts, span.source);
    if (text === undefined) {
      groups.push({ order, group: alone(span) });
      return;
    }
    const [from, to] = sentenceBounds(text, span.start, span.end);
    const items = bySource.get(span.source) ?? bySource.set(span.source, []).get(span.source)!;
    items.push({ evidence: span, order, from, to });
  });
  for (const [source, items] of bySource) {
    const text = textOf(texts, source)!;
    items.sort((a, b) => a.from - b.from || a.order - b.order);
    let run: Item[] = [];
    const flush = () => {
      if (run.length > 0) groups.push(groupOf(text, source, run));
      run = [];
    };
    let runEnd = -1;
    for (const item of items) {
      if (item.from >= runEnd) flush();
      run.push(item);
      runEnd = Math.max(runEnd, item.to);
    }
    flush();
  }
  return groups.sort((a, b) => a.order - b.order).map(({ group }) => group);
}

function alone(span: Evidence): PassageGroup {
  return {
    source: span.source,
    start: span.start,
    end: span.end,
    parts: [{ text: span.quote, marked: true }],
    evidence: [span],
  };
}

function groupOf(text: string, source: string, run: readonly Item[]) {
  const start = Math.min(...run.map((item) => item.from));
  const end = Math.max(...run.map((item) => item.to));
  // The union of the marked ranges, so overlapping or touching quotes mark their words once.
  const ranges = run
    .map((item): [number, number] => [
      Math.max(start, item.evidence.start),
      Math.min(end, item.evidence.end),
    ])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const parts: PassagePart[] = [];
  let at = start;
  for (const [from, to] of merged) {
    parts.push({ text: text.slice(at, from), marked: false });
    parts.push({ text: text.slice(from, to), marked: true });
    at = to;
  }
  parts.push({ text: text.slice(at, end), marked: false });
  parts[0]!.text = stripBullet(parts[0]!.text);
  const shown = parts.filter((part) => part.text !== '');
  const order = Math.min(...run.map((item) => item.order));
  const evidence = [...run].sort((a, b) => a.order - b.order).map((item) => item.evidence);
  return { order, group: { source, start, end, parts: shown, evidence } };
}
