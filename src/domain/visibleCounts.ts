// How many of each declared type are visible under the current filters, for the legend's
// "3/5" counts. A pure function of the graph and the visible set.
import type { GraphFile } from './schema';
import type { Visible } from './filters';

export interface VisibleCounts {
  relation: ReadonlyMap<string, number>;
  entity: ReadonlyMap<string, number>;
  status: ReadonlyMap<string, number>;
}

function bump(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function countVisible(graph: GraphFile, visible: Visible): VisibleCounts {
  const relation = new Map<string, number>();
  const entity = new Map<string, number>();
  const status = new Map<string, number>();
  for (const node of graph.nodes) if (visible.nodes.has(node.id)) bump(entity, node.type);
  for (const edge of graph.edges) {
    if (!visible.edges.has(edge.id)) continue;
    bump(relation, edge.relation);
    bump(status, edge.status);
  }
  return { relation, entity, status };
}
