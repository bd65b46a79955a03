// Edits of relations (edges) and of evidence spans (on entities or relations): add, delete,
// change fields, move a passage from one element to another.
import type { Ref } from '../refs';
import type { Evidence, GraphEdge, GraphFile } from '../schema';
import { assertNewId, type EditResult } from './entityEdits';
import { changeFields, indexOfId, insertAt, removeAt, replaceAt } from './records';
import { EditError, type RelationChanges } from './types';

function assertRelationRefs(graph: GraphFile, edge: GraphEdge): void {
  const nodes = new Set(graph.nodes.map((n) => n.id));
  for (const end of [edge.source, edge.target])
    if (!nodes.has(end)) throw new EditError(`no entity with id "${end}"`);
  if (edge.source === edge.target) throw new EditError('a relation needs two different entities');
  if (!graph.relationTypes.some((t) => t.id === edge.relation))
    throw new EditError(`no relation type with id "${edge.relation}"`);
  if (!graph.statuses.some((s) => s.id === edge.status))
    throw new EditError(`no status with id "${edge.status}"`);
  for (const who of edge.attributedTo ?? [])
    if (!nodes.has(who)) throw new EditError(`no entity with id "${who}" to attribute it to`);
  for (const who of edge.disputedBy ?? [])
    if (!nodes.has(who)) throw new EditError(`no entity with id "${who}" to dispute it`);
}

export function addRelation(graph: GraphFile, edge: GraphEdge, index?: number): EditResult {
  assertNewId(graph, edge.id);
  assertRelationRefs(graph, edge);
  if (edge.evidence.length === 0) throw new EditError('a relation needs at least one passage');
  return {
    graph: { ...graph, edges: insertAt(graph.edges, edge, index) },
    inverse: { kind: 'deleteRelation', id: edge.id },
  };
}

export function deleteRelation(graph: GraphFile, id: string): EditResult {
  const index = indexOfId(graph.edges, id, 'relation');
  return {
    graph: { ...graph, edges: removeAt(graph.edges, index) },
    inverse: { kind: 'addRelation', edge: graph.edges[index]!, index },
  };
}

export function updateRelation(graph: GraphFile, id: string, changes: RelationChanges): EditResult {
  const index = indexOfId(graph.edges, id, 'relation');
  if (changes.label !== undefined && changes.label.trim() === '')
    throw new EditError('use no label rather than an empty one');
  const { record, undo } = changeFields(graph.edges[index]!, changes);
  assertRelationRefs(graph, record);
  return {
    graph: { ...graph, edges: replaceAt(graph.edges, index, record) },
    inverse: { kind: 'updateRelation', id, changes: undo },
  };
}

/** The evidence list of an entity or relation, and a way to put a new one in its place. */
function evidenceHolder(graph: GraphFile, ref: Ref) {
  if (ref.kind === 'node') {
    const i = indexOfId(graph.nodes, ref.id, 'entity');
    const node = graph.nodes[i]!;
    return {
      evidence: node.evidence,
      with: (g: GraphFile, evidence: Evidence[]): GraphFile => ({
        ...g,
        nodes: replaceAt(g.nodes, i, { ...node, evidence }),
      }),
    };
  }
  const i = indexOfId(graph.edges, ref.id, 'relation');
  const edge = graph.edges[i]!;
  return {
    evidence: edge.evidence,
    with: (g: GraphFile, evidence: Evidence[]): GraphFile => ({
      ...g,
      edges: replaceAt(g.edges, i, { ...edge, evidence }),
    }),
  };
}

export function addEvidence(
  graph: GraphFile,
  ref: Ref,
  evidence: Evidence,
  index?: number,
): EditResult {
  if (!graph.sources.some((s) => s.id === evidence.source))
    throw new EditError(`no source with id "${evidence.source}"`);
  const holder = evidenceHolder(graph, ref);
  if (
    holder.evidence.some(
      (e) => e.source === evidence.source && e.start === evidence.start && e.end === evidence.end,
    )
  )
    throw new EditError('this passage is already evidence for it');
  const list = insertAt(holder.evidence, evidence, index);
  return {
    graph: holder.with(graph, list),
    inverse: { kind: 'removeEvidence', ref, index: list.indexOf(evidence) },
  };
}

export function removeEvidence(graph: GraphFile, ref: Ref, index: number): EditResult {
  const holder = evidenceHolder(graph, ref);
  const evidence = holder.evidence[index];
  if (evidence === undefined) throw new EditError(`no passage ${index + 1} to remove`);
  if (holder.evidence.length === 1)
    throw new EditError('every entity and relation keeps at least one passage');
  return {
    graph: holder.with(graph, removeAt(holder.evidence, index)),
    inverse: { kind: 'addEvidence', ref, evidence, index },
  };
}

export function moveEvidence(
  graph: GraphFile,
  from: Ref,
  index: number,
  to: Ref,
  toIndex?: number,
): EditResult {
  const source = evidenceHolder(graph, from);
  const evidence = source.evidence[index];
  if (evidence === undefined) throw new EditError(`no passage ${index + 1} to move`);
  if (from.kind === to.kind && from.id === to.id) throw new EditError('it is already there');
  const removed = removeEvidence(graph, from, index).graph;
  const added = addEvidence(removed, to, evidence, toIndex);
  const landed = added.inverse.kind === 'removeEvidence' ? added.inverse.index : 0;
  return {
    graph: added.graph,
    inverse: { kind: 'moveEvidence', from: to, index: landed, to: from, toIndex: index },
  };
}
