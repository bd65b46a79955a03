// W3C Web Annotation (JSON-LD): every evidence span as an annotation on its source, with a
// TextQuoteSelector (the quote and some context) and a TextPositionSelector, its body the
// entity or relation it supports. This is what Hypothesis and Recogito exchange.
// The model counts positions in Unicode code points; the graph counts UTF-16 units, so
// offsets are converted (they differ only after characters outside the BMP, like emoji).
import type { Evidence, GraphFile } from '../domain/schema';
import type { ExportDoc } from './scope';

const CONTEXT_CHARS = 32;

/** Code point index of a UTF-16 index. */
export function codePointIndex(text: string, utf16: number): number {
  if (!/[\uD800-\uDFFF]/.test(text)) return utf16;
  let points = 0;
  for (let i = 0; i < utf16; i++) {
    const c = text.charCodeAt(i);
    // a high surrogate followed by a low one is one code point: count it once
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

const isLow = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** Context around a quote, widened or narrowed so it never splits a surrogate pair. */
function context(text: string, start: number, end: number) {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && isLow(text, from)) from += 1;
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (to < text.length && isLow(text, to)) to -= 1;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

function selectors(ev: Evidence, text: string) {
  return [
    {
      type: 'TextQuoteSelector',
      exact: ev.quote,
      ...context(text, ev.start, ev.end),
    },
    {
      type: 'TextPositionSelector',
      start: codePointIndex(text, ev.start),
      end: codePointIndex(text, ev.end),
    },
  ];
}

function sourceIri(graph: GraphFile, base: string, id: string): string {
  const url = graph.sources.find((s) => s.id === id)?.url;
  return url ?? `${base}:source:${id}`;
}

/** `base` is a URN naming this graph (e.g. "urn:news-graph:iran-russia"). */
export function toWebAnnotations(doc: ExportDoc, base: string, today: Date = new Date()): string {
  const { graph, texts } = doc;
  const created = today.toISOString();
  const name = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const typeLabel = new Map(graph.entityTypes.map((t) => [t.id, t.label]));
  const rel = new Map(graph.relationTypes.map((t) => [t.id, t.label]));
  const status = new Map(graph.statuses.map((s) => [s.id, s.label]));
  const items: object[] = [];
  const annotate = (
    kind: 'entity' | 'relation',
    id: string,
    describe: string,
    tag: string,
    evidence: readonly Evidence[],
  ) =>
    evidence.forEach((ev, i) =>
      items.push({
        id: `${base}:${kind}:${id}:evidence:${i}`,
        type: 'Annotation',
        motivation: kind === 'entity' ? 'identifying' : 'describing',
        created,
        body: [
          {
            id: `${base}:${kind}:${id}`,
            type: 'TextualBody',
            value: describe,
            format: 'text/plain',
            purpose: kind === 'entity' ? 'identifying' : 'describing',
          },
          { type: 'TextualBody', value: tag, purpose: 'tagging' },
        ],
        target: {
          source: sourceIri(graph, base, ev.source),
          selector: selectors(ev, texts.get(ev.source) ?? ''),
        },
      }),
    );
  for (const n of graph.nodes)
    annotate('entity', n.id, n.label, typeLabel.get(n.type) ?? n.type, n.evidence);
  for (const e of graph.edges) {
    const claim =
      `${name.get(e.source) ?? e.source} ${rel.get(e.relation) ?? e.relation} ` +
      `${name.get(e.target) ?? e.target}${e.label ? ` (${e.label})` : ''}`;
    annotate('relation', e.id, claim, status.get(e.status) ?? e.status, e.evidence);
  }
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}:annotations`,
    type: 'AnnotationCollection',
    label: `${graph.title}. ${doc.note}`,
    total: items.length,
    first: { id: `${base}:annotations:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
