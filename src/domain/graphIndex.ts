// Lookup tables over a graph: by id, by endpoint, by declared type. Built once per graph
// and memoised, so every selector and component shares the same index.
import type {
  EntityType,
  GraphEdge,
  GraphFile,
  GraphNode,
  RelationType,
  Source,
  Status,
} from './schema';

export interface GraphIndex {
  nodeById: ReadonlyMap<string, GraphNode>;
  edgeById: ReadonlyMap<string, GraphEdge>;
  /** Edges touching each node, in file order. */
  edgesByNode: ReadonlyMap<string, readonly GraphEdge[]>;
  entityTypeById: ReadonlyMap<string, EntityType>;
  relationTypeById: ReadonlyMap<string, RelationType>;
  statusById: ReadonlyMap<string, Status>;
  sourceById: ReadonlyMap<string, Source>;
}

const cache = new WeakMap<GraphFile, GraphIndex>();

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function indexGraph(graph: GraphFile): GraphIndex {
  const cached = cache.get(graph);
  if (cached) return cached;
  const edgesByNode = new Map<string, GraphEdge[]>(graph.nodes.map((n) => [n.id, []]));
  for (const edge of graph.edges) {
    edgesByNode.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) edgesByNode.get(edge.target)?.push(edge);
  }
  const index: GraphIndex = {
    nodeById: byId(graph.nodes),
    edgeById: byId(graph.edges),
    edgesByNode,
    entityTypeById: byId(graph.entityTypes),
    relationTypeById: byId(graph.relationTypes),
    statusById: byId(graph.statuses),
    sourceById: byId(graph.sources),
  };
  cache.set(graph, index);
  return index;
}

/** The entity at the other end of an edge, seen from `nodeId`. */
export function otherEnd(edge: GraphEdge, nodeId: string): string {
  return edge.source === nodeId ? edge.target : edge.source;
}
