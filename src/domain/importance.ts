// How important each visible entity is, for sizing: its degree (visible relations) or its
// betweenness (how many shortest paths between others run through it, from graphology's
// metrics), scaled to 0–1 over the visible entities. Pure; computed on the visible graph
// so that sizes follow the filters.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { Visible } from './filters';
import type { GraphFile } from './schema';
import { walkableGraph } from './paths';
import { indexGraph } from './graphIndex';
import type { SizeMeasure } from './viewOptions';

/** Entity id → importance in [0, 1]; empty for 'none'. */
export function importance(
  graph: GraphFile,
  visible: Visible,
  measure: SizeMeasure,
): Map<string, number> {
  if (measure === 'none') return new Map();
  const raw = new Map<string, number>();
  if (measure === 'degree') {
    // Relations, not neighbours: two entities linked three times are linked three times.
    const index = indexGraph(graph);
    for (const id of visible.nodes)
      raw.set(id, (index.edgesByNode.get(id) ?? []).filter((e) => visible.edges.has(e.id)).length);
  } else {
    const g = walkableGraph(graph, visible, false);
    betweennessCentrality.assign(g, { nodeCentralityAttribute: 'betweenness' });
    g.forEachNode((id, attrs) => raw.set(id, Number(attrs['betweenness'] ?? 0)));
  }
  const max = Math.max(0, ...raw.values());
  return new Map([...raw].map(([id, v]) => [id, max > 0 ? v / max : 0]));
}

export { MAX_SIZE, MIN_SIZE, sizeFor } from './nodeSize';
