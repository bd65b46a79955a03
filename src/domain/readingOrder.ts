// Reading-order playback: the article cut into paragraphs (its non-empty lines: the source
// text puts each paragraph and each bullet on a line of its own), and what of the graph
// has been read once the reader reaches a paragraph — every relation with a passage in
// the paragraphs read so far, with its two ends, and every entity mentioned so far.
import type { Visible } from './filters';
import type { GraphFile } from './schema';

export interface Paragraph {
  start: number;
  end: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim() !== '') out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/** The source played: the graph's first. */
export function playedSource(graph: GraphFile): string | null {
  return graph.sources[0]?.id ?? null;
}

/** What has been read once paragraph `step` (0-based) is done. */
export function readSoFar(graph: GraphFile, text: string, step: number): Visible {
  const source = playedSource(graph);
  const paragraphs = paragraphsOf(text);
  const last = paragraphs[Math.min(Math.max(step, 0), paragraphs.length - 1)];
  const until = last ? last.end : 0;
  const read = (evidence: readonly { source: string; start: number }[]) =>
    evidence.some((e) => e.source === source && e.start < until);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const node of graph.nodes) if (read(node.evidence)) nodes.add(node.id);
  for (const edge of graph.edges)
    if (read(edge.evidence)) {
      edges.add(edge.id);
      nodes.add(edge.source).add(edge.target);
    }
  return { nodes, edges };
}

/** Both sets at once: what the filters show and the reader has reached. */
export function intersectVisible(a: Visible, b: Visible): Visible {
  return {
    nodes: new Set([...a.nodes].filter((id) => b.nodes.has(id))),
    edges: new Set([...a.edges].filter((id) => b.edges.has(id))),
  };
}
