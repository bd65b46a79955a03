// What is visible: a pure function of the graph and the active filters. Filtering hides
// elements; it never changes the graph, so the canvas can toggle classes instead of
// rebuilding elements or re-running the layout.
import type { GraphFile } from './schema';
import { indexGraph, otherEnd } from './graphIndex';

export interface Filters {
  hiddenRelationTypes: readonly string[];
  hiddenEntityTypes: readonly string[];
  hiddenStatuses: readonly string[];
  /** Hide entities that have no visible relation left. */
  hideOrphans: boolean;
  /** Show only what lies within `depth` relations of `nodeId` (the neighbourhood). */
  focus: { nodeId: string; depth: number } | null;
}

export const noFilters: Filters = {
  hiddenRelationTypes: [],
  hiddenEntityTypes: [],
  hiddenStatuses: [],
  hideOrphans: false,
  focus: null,
};

export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export function visibleElements(graph: GraphFile, filters: Filters): Visible {
  const hiddenRelations = new Set(filters.hiddenRelationTypes);
  const hiddenEntityTypes = new Set(filters.hiddenEntityTypes);
  const hiddenStatuses = new Set(filters.hiddenStatuses);

  let nodes = new Set(graph.nodes.filter((n) => !hiddenEntityTypes.has(n.type)).map((n) => n.id));
  let edges = new Set(
    graph.edges
      .filter(
        (e) =>
          !hiddenRelations.has(e.relation) &&
          !hiddenStatuses.has(e.status) &&
          nodes.has(e.source) &&
          nodes.has(e.target),
      )
      .map((e) => e.id),
  );

  if (filters.focus && nodes.has(filters.focus.nodeId)) {
    const near = neighbourhood(graph, filters.focus.nodeId, filters.focus.depth, edges);
    nodes = near.nodes;
    edges = near.edges;
  }

  if (filters.hideOrphans) {
    const linked = new Set<string>();
    const index = indexGraph(graph);
    for (const id of edges) {
      const edge = index.edgeById.get(id);
      if (edge) linked.add(edge.source).add(edge.target);
    }
    // The focused entity stays even when alone: it is what the user asked to look at.
    if (filters.focus) linked.add(filters.focus.nodeId);
    nodes = new Set([...nodes].filter((id) => linked.has(id)));
  }
  return { nodes, edges };
}

/**
 * Entities within `depth` relations of `start`, walking only `allowedEdges`, and the
 * allowed edges between them.
 */
export function neighbourhood(
  graph: GraphFile,
  start: string,
  depth: number,
  allowedEdges: ReadonlySet<string>,
): { nodes: Set<string>; edges: Set<string> } {
  const index = indexGraph(graph);
  const nodes = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of index.edgesByNode.get(id) ?? []) {
        if (!allowedEdges.has(edge.id)) continue;
        const other = otherEnd(edge, id);
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const edges = new Set(
    graph.edges
      .filter((e) => allowedEdges.has(e.id) && nodes.has(e.source) && nodes.has(e.target))
      .map((e) => e.id),
  );
  return { nodes, edges };
}

/** "24 of 31 entities · 18 of 52 relations" */
export function describeVisible(graph: GraphFile, visible: Visible): string {
  const n = graph.nodes.length;
  const e = graph.edges.length;
  return (
    `${visible.nodes.size} of ${n} ${n === 1 ? 'entity' : 'entities'} · ` +
    `${visible.edges.size} of ${e} ${e === 1 ? 'relation' : 'relations'}`
  );
}
