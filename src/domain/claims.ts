// Who claims what: the relations an entity is the source of (`attributedTo`: "according to
// U.S. officials") and those it disputes (`disputedBy`: "a claim Tehran denies"), for the
// entity's details.
import type { GraphEdge, GraphFile } from './schema';

export interface EntityClaims {
  /** Claims the entity makes, reports or warns of, in file order. */
  makes: GraphEdge[];
  /** Claims the entity disputes or denies, in file order. */
  disputes: GraphEdge[];
}

export function claimsOf(graph: GraphFile, nodeId: string): EntityClaims {
  const makes: GraphEdge[] = [];
  const disputes: GraphEdge[] = [];
  for (const edge of graph.edges) {
    if (edge.attributedTo?.includes(nodeId)) makes.push(edge);
    if (edge.disputedBy?.includes(nodeId)) disputes.push(edge);
  }
  return { makes, disputes };
}
