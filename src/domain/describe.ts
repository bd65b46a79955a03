// Plain-language descriptions of graph elements: "Iran supplies Russia",
// "alleged — according to United States". Used by the details panel, tooltips and search.
import type { GraphEdge, GraphFile } from './schema';
import type { Selection } from './types';
import { indexGraph } from './graphIndex';

export interface RelationPhrase {
  subject: string;
  verb: string;
  object: string;
}

export function relationPhrase(graph: GraphFile, edge: GraphEdge): RelationPhrase {
  const index = indexGraph(graph);
  return {
    subject: index.nodeById.get(edge.source)?.label ?? edge.source,
    verb: index.relationTypeById.get(edge.relation)?.label ?? edge.relation,
    object: index.nodeById.get(edge.target)?.label ?? edge.target,
  };
}

/** "Iran supplies Russia (thousands of Shahed drones)" */
export function relationTitle(graph: GraphFile, edge: GraphEdge): string {
  const { subject, verb, object } = relationPhrase(graph, edge);
  return `${subject} ${verb} ${object}${edge.label ? ` (${edge.label})` : ''}`;
}

/** "alleged — according to United States", or just "stated". */
export function claimStatus(graph: GraphFile, edge: GraphEdge): string {
  const index = indexGraph(graph);
  const status = index.statusById.get(edge.status)?.label ?? edge.status;
  const who = (edge.attributedTo ?? []).map((id) => index.nodeById.get(id)?.label ?? id);
  return who.length > 0 ? `${status} — according to ${who.join(', ')}` : status;
}

/** A short name for anything selectable, for lists and the article's previews. */
export function selectionTitle(graph: GraphFile, selection: NonNullable<Selection>): string {
  const index = indexGraph(graph);
  if (selection.kind === 'node') return index.nodeById.get(selection.id)?.label ?? selection.id;
  const edge = index.edgeById.get(selection.id);
  return edge ? relationTitle(graph, edge) : selection.id;
}
