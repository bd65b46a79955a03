// An entity's relations as the details panel lists them: grouped by relation type in the
// declared order, each with its direction seen from the entity and the entity at the
// other end.
import type { GraphEdge, GraphFile, RelationType } from './schema';
import { indexGraph, otherEnd } from './graphIndex';

/** out: this entity acts on the other; in: the other acts on it; both: undirected. */
export type Direction = 'out' | 'in' | 'both';

export interface EntityRelation {
  edge: GraphEdge;
  direction: Direction;
  /** id of the entity at the other end (the entity itself for a self-loop). */
  otherId: string;
}

export interface RelationGroup {
  type: RelationType;
  relations: EntityRelation[];
}

export const DIRECTION_ARROW: Record<Direction, string> = { out: '→', in: '←', both: '↔' };

export function entityRelations(graph: GraphFile, nodeId: string): RelationGroup[] {
  const index = indexGraph(graph);
  const edges = index.edgesByNode.get(nodeId) ?? [];
  return graph.relationTypes
    .map((type) => ({
      type,
      relations: edges
        .filter((edge) => edge.relation === type.id)
        .map((edge) => ({
          edge,
          direction: directionOf(edge, nodeId, type.directed),
          otherId: otherEnd(edge, nodeId),
        })),
    }))
    .filter((group) => group.relations.length > 0);
}

function directionOf(edge: GraphEdge, nodeId: string, directed: boolean): Direction {
  if (!directed) return 'both';
  return edge.source === nodeId ? 'out' : 'in';
}
