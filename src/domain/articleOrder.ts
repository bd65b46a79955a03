// Entities in the order the article first mentions them (by any passage behind the entity
// or one of its relations), and a reading-timeline arrangement of that order: left to
// right in rows, as text is read. Pure, so the "Article order" layout is tested headless.
import type { GraphFile } from './schema';

/** Node ids by first mention: source order in the file, then offset; unmentioned last. */
export function articleOrder(graph: GraphFile): string[] {
  const sourceRank = new Map(graph.sources.map((s, i) => [s.id, i]));
  const first = new Map<string, number>();
  const note = (id: string, source: string, start: number) => {
    // Sources are far shorter than 1e9 characters, so rank × 1e9 + start orders them.
    const at = (sourceRank.get(source) ?? graph.sources.length) * 1e9 + start;
    const seen = first.get(id);
    if (seen === undefined || at < seen) first.set(id, at);
  };
  for (const node of graph.nodes)
    for (const ev of node.evidence) note(node.id, ev.source, ev.start);
  for (const edge of graph.edges)
    for (const ev of edge.evidence) {
      note(edge.source, ev.source, ev.start);
      note(edge.target, ev.source, ev.start);
    }
  const position = new Map(graph.nodes.map((n, i) => [n.id, i]));
  return graph.nodes
    .map((n) => n.id)
    .sort(
      (a, b) =>
        (first.get(a) ?? Infinity) - (first.get(b) ?? Infinity) ||
        position.get(a)! - position.get(b)!,
    );
}

export interface TimelineOptions {
  /** Entities per row. */
  perRow: number;
  dx: number;
  dy: number;
}

/** Positions along a reading timeline: rows of `perRow`, left to right, top to bottom. */
export function timelinePositions(
  ids: readonly string[],
  { perRow, dx, dy }: TimelineOptions,
): Map<string, { x: number; y: number }> {
  return new Map(
    ids.map((id, i) => [id, { x: (i % perRow) * dx, y: Math.floor(i / perRow) * dy }]),
  );
}
