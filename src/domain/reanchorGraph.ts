// Replacing a source's text: every evidence span on it is re-anchored in the new text
// (domain/anchors.ts). Spans that cannot be found stay in the graph unchanged, listed as
// orphans for the author to fix; nothing is silently dropped.
import { reanchorEvidence } from './anchors';
import type { Ref } from './refs';
import type { Evidence, GraphFile } from './schema';
import { textOf } from './sourceTexts';

export interface Orphan {
  ref: Ref;
  /** Index in the element's evidence list. */
  index: number;
  evidence: Evidence;
  /** JSON path, as problems are located: `edges[3].evidence[0]`. */
  path: string;
}

export interface Reanchored {
  graph: GraphFile;
  orphans: Orphan[];
  /** How many spans moved (offsets or quote changed). */
  moved: number;
}

/**
 * `graph` with source `sourceId`'s evidence re-anchored in `text`; the source's own `text`
 * field (when it has one) becomes `text`.
 */
export function reanchorGraph(graph: GraphFile, sourceId: string, text: string): Reanchored {
  const orphans: Orphan[] = [];
  let moved = 0;
  const fix = (ref: Ref, path: string) => (ev: Evidence, index: number) => {
    if (ev.source !== sourceId) return ev;
    const found = reanchorEvidence(text, ev);
    if (!found) {
      orphans.push({ ref, index, evidence: ev, path: `${path}.evidence[${index}]` });
      return ev;
    }
    if (found !== ev) moved++;
    return found;
  };
  return {
    graph: {
      ...graph,
      sources: graph.sources.map((s) =>
        s.id === sourceId && s.text !== undefined ? { ...s, text } : s,
      ),
      nodes: graph.nodes.map((n, i) => ({
        ...n,
        evidence: n.evidence.map(fix({ kind: 'node', id: n.id }, `nodes[${i}]`)),
      })),
      edges: graph.edges.map((e, i) => ({
        ...e,
        evidence: e.evidence.map(fix({ kind: 'edge', id: e.id }, `edges[${i}]`)),
      })),
    },
    orphans,
    moved,
  };
}

/** Evidence whose quote is not at its offsets in the current texts: what is still orphaned. */
export function orphansOf(graph: GraphFile, texts: Readonly<Record<string, string>>): Orphan[] {
  const out: Orphan[] = [];
  const scan = (ref: Ref, path: string, evidence: readonly Evidence[]) =>
    evidence.forEach((ev, index) => {
      const text = textOf(texts, ev.source);
      if (text !== undefined && text.slice(ev.start, ev.end) !== ev.quote)
        out.push({ ref, index, evidence: ev, path: `${path}.evidence[${index}]` });
    });
  graph.nodes.forEach((n, i) => scan({ kind: 'node', id: n.id }, `nodes[${i}]`, n.evidence));
  graph.edges.forEach((e, i) => scan({ kind: 'edge', id: e.id }, `edges[${i}]`, e.evidence));
  return out;
}
