// How many entities and relations of each declared type there are — in the visible set for
// the legend's "3/…", in the whole graph (no visible set) for its "…/5".
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

export function countVisible(graph: GraphFile, visible?: Visible): VisibleCounts {
  const relation = new Map<string, number>();
  const entity = new Map<string, number>();
  const status = new Map<string, number>();
  for (const node of graph.nodes)
    if (!visible || visible.nodes.has(node.id)) bump(entity, node.type);
  for (const edge of graph.edges) {
    if (visible && !visible.edges.has(edge.id)) continue;
    bump(relation, edge.relation);
    bump(status, edge.status);
  }
  return { relation, entity, status };
}
