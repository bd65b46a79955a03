// Repairs evidence offsets that do not point at their quote, for `npm run validate -- --fix`.
// Only a quote that occurs exactly once in its source is moved: with several occurrences the
// right one is a judgement call, so those (and quotes found nowhere) are left to a person.
import { whereQuoteIs } from './checkEvidence';
import { findOccurrences, formatRange } from './quotes';
import type { Evidence, GraphFile } from './schema';
import { textOf } from './sourceTexts';
import type { Problem } from './types';

export interface FixResult {
  /** The graph with repaired offsets; the input is left untouched. */
  graph: GraphFile;
  /** One line per repaired span: `edges[3].evidence[0]: 120–164 → 130–174`. */
  fixed: string[];
  /** Spans whose quote is not at its offsets and could not be moved there. */
  refused: Problem[];
}

const MAX_DESCRIBED = 100;

export function fixOffsets(raw: GraphFile, texts: Readonly<Record<string, string>>): FixResult {
  const fixed: string[] = [];
  const refused: Problem[] = [];
  // Saying where a refused quote is (or nearly is) reads its text again: a hundred is plenty.
  let described = 0;

  const fixSpan = (span: Evidence, path: string): Evidence => {
    const text = textOf(texts, span.source);
    // A span with no text (unknown or unreadable source) is validation's to report.
    if (text === undefined || text.slice(span.start, span.end) === span.quote) return span;
    // Two occurrences are enough to know the quote is not unique.
    const starts = findOccurrences(text, span.quote, 2);
    const start = starts[0];
    if (starts.length !== 1 || start === undefined) {
      const where =
        described++ < MAX_DESCRIBED
          ? whereQuoteIs(text, span.quote, span.source).clause
          : starts.length === 0
            ? 'not found'
            : 'found more than once (ambiguous)';
      refused.push({ path, message: `cannot fix offsets: quote ${where}` });
      return span;
    }
    const end = start + span.quote.length;
    fixed.push(`${path}: ${formatRange(span.start, span.end)} → ${formatRange(start, end)}`);
    // Spread keeps the author's key order, so the rewritten file differs only in offsets.
    return { ...span, start, end };
  };

  const graph: GraphFile = {
    ...raw,
    nodes: raw.nodes.map((node, i) => ({
      ...node,
      evidence: node.evidence.map((span, k) => fixSpan(span, `nodes[${i}].evidence[${k}]`)),
    })),
    edges: raw.edges.map((edge, i) => ({
      ...edge,
      evidence: edge.evidence.map((span, k) => fixSpan(span, `edges[${i}].evidence[${k}]`)),
    })),
  };
  return { graph, fixed, refused };
}
