// Anchors that survive a changed text. Each evidence span keeps its quote and the words
// around it (prefix/suffix, as a W3C TextQuoteSelector does); when the article is replaced
// by a slightly different copy, each span is found again: at its offsets, else by its exact
// quote, else with quote marks, dashes and spacing folded, else allowing a few typos — the
// surrounding words breaking ties. What cannot be found is an orphan: reported, never dropped.
import { findOccurrences } from './quotes';
import type { Evidence } from './schema';

/** How many characters of context each side of a quote is kept. */
export const CONTEXT_LENGTH = 32;

export function contextOf(text: string, start: number, end: number) {
  return {
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** An evidence span for text[start, end), with its quote and context. */
export function anchorAt(source: string, text: string, start: number, end: number): Evidence {
  return { source, start, end, quote: text.slice(start, end), ...contextOf(text, start, end) };
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};

interface Folded {
  text: string;
  /** map[i]: index in the original of folded character i; map[text.length] = original length. */
  map: number[];
}

/** Quote marks and dashes to their plain forms, every run of white space to one space. */
export function fold(original: string): Folded {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (/\s/.test(ch)) {
      if (text.endsWith(' ')) continue;
      text += ' ';
    } else text += FOLD[ch] ?? ch;
    map.push(i);
  }
  map.push(original.length);
  return { text, map };
}

// Re-anchoring a whole graph folds the same new text once per span: keep the last one.
let lastFold: { original: string; folded: Folded } | null = null;
function foldCached(original: string): Folded {
  if (lastFold?.original !== original) lastFold = { original, folded: fold(original) };
  return lastFold.folded;
}

/** The first folded index whose original index is at or after `i` (map is sorted). */
function foldedIndex(folded: Folded, i: number): number {
  let lo = 0;
  let hi = folded.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.map[mid]! >= i) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How well the folded context around [start, end) of folded `text` matches the evidence's. */
function contextScore(text: string, start: number, end: number, ev: Evidence): number {
  const before = text.slice(Math.max(0, start - CONTEXT_LENGTH * 2), start);
  const after = text.slice(end, end + CONTEXT_LENGTH * 2);
  return (
    commonSuffix(before, fold(ev.prefix ?? '').text) +
    commonPrefix(after, fold(ev.suffix ?? '').text)
  );
}

interface Candidate {
  start: number;
  end: number;
  score: number;
}

/** The candidate with the best context, then the nearest to where the span was. */
function best(candidates: Candidate[], near: number): Candidate | undefined {
  return [...candidates].sort(
    (a, b) => b.score - a.score || Math.abs(a.start - near) - Math.abs(b.start - near),
  )[0];
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Approximate occurrences of `pattern` in `text` with at most `limit` edits (Sellers'
 * algorithm for the ends, then the best start for each end): [start, end, edits].
 */
function approximate(text: string, pattern: string, limit: number): [number, number, number][] {
  const m = pattern.length;
  let column = Array.from({ length: m + 1 }, (_, i) => i);
  const ends: { end: number; edits: number }[] = [];
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      next.push(Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + cost));
    }
    column = next;
    if (column[m]! <= limit) ends.push({ end: j, edits: column[m]! });
  }
  // Keep local minima: one match per place, not one per neighbouring end.
  const found: [number, number, number][] = [];
  ends.forEach(({ end, edits }, k) => {
    const prev = ends[k - 1];
    const next = ends[k + 1];
    if (
      (prev && prev.end === end - 1 && prev.edits < edits) ||
      (next && next.end === end + 1 && next.edits <= edits)
    )
      return;
    let bestStart = end - m;
    let bestEdits = limit + 1;
    for (let s = Math.max(0, end - m - limit); s <= end - m + limit && s < end; s++) {
      const d = distance(pattern, text.slice(s, end), limit);
      if (d < bestEdits) [bestStart, bestEdits] = [s, d];
    }
    if (bestEdits <= limit) found.push([bestStart, end, bestEdits]);
  });
  return found;
}

/** Occurrences of a repeated quote weighed by their context (a name may recur often). */
const MAX_CANDIDATES = 1000;

/** Quotes longer than this are not searched approximately (the search is length × text). */
const MAX_FUZZY_QUOTE = 400;

/**
 * Where evidence `ev` is in `text` now: its offsets, or where its quote and context are
 * found again; null when it cannot be found (an orphan).
 */
export function reanchor(text: string, ev: Evidence): { start: number; end: number } | null {
  const { start, end, quote } = ev;
  if (text.slice(start, end) === quote) return { start, end };

  const folded = foldCached(text);
  // Scores are computed on the folded text, so map original offsets into it.
  const score = (s: number, e: number) =>
    contextScore(folded.text, foldedIndex(folded, s), foldedIndex(folded, e), ev);

  const exact = findOccurrences(text, quote, MAX_CANDIDATES).map((s) => ({
    start: s,
    end: s + quote.length,
    score: score(s, s + quote.length),
  }));

  const q = fold(quote).text.trim();
  if (q === '' && exact.length === 0) return null;
  const toOriginal = (fs: number, fe: number): Candidate => ({
    start: folded.map[fs]!,
    end: folded.map[fe - 1]! + 1,
    score: contextScore(folded.text, fs, fe, ev),
  });
  // Exact and folded matches compete on their context: a copy-edited span at its true place
  // beats an exact repeat of its words elsewhere. On equal context, exact wins.
  const loose =
    q === ''
      ? []
      : findOccurrences(folded.text, q, MAX_CANDIDATES).map((fs) => toOriginal(fs, fs + q.length));
  const exactAt = new Set(exact.map((c) => c.start));
  const found = best(
    [
      ...exact.map((c) => ({ ...c, score: c.score + 0.5 })),
      ...loose.filter((c) => !exactAt.has(c.start)),
    ],
    start,
  );
  if (found) return { start: found.start, end: found.end };

  if (q.length > MAX_FUZZY_QUOTE) return null;
  // A corrected typo: a few edits (one per ten characters). A short quote ("Iran") only
  // counts when its context agrees, or "Iraq" would do.
  const limit = Math.max(1, Math.floor(q.length / 10));
  const fuzzy = approximate(folded.text, q, limit)
    .map(([fs, fe]) => toOriginal(fs, fe))
    .filter((c) => q.length >= 20 || c.score >= 8);
  const fuzzyBest = best(fuzzy, start);
  return fuzzyBest ? { start: fuzzyBest.start, end: fuzzyBest.end } : null;
}

/** The span re-anchored in `text` (quote and context from the new text), or null. */
export function reanchorEvidence(text: string, ev: Evidence): Evidence | null {
  const at = reanchor(text, ev);
  if (!at) return null;
  if (at.start === ev.start && at.end === ev.end && text.slice(at.start, at.end) === ev.quote)
    return ev;
  const hadContext = ev.prefix !== undefined || ev.suffix !== undefined;
  const moved = { ...ev, start: at.start, end: at.end, quote: text.slice(at.start, at.end) };
  return hadContext ? { ...moved, ...contextOf(text, at.start, at.end) } : moved;
}
