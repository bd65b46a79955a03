// Edits of entities (nodes): add, delete (with their relations), restore, change fields,
// aliases. Each returns the new graph and the edit that undoes it.
import type { GraphEdge, GraphFile, GraphNode } from '../schema';
import { changeFields, indexOfId, insertAt, removeAt, replaceAt } from './records';
import { EditError, type Edit, type EntityChanges } from './types';

export interface EditResult {
  graph: GraphFile;
  inverse: Edit;
}

export function assertNewId(graph: GraphFile, id: string): void {
  if (graph.nodes.some((n) => n.id === id) || graph.edges.some((e) => e.id === id))
    throw new EditError(`the id "${id}" is already used by an entity or a relation`);
}

function assertType(graph: GraphFile, type: string): void {
  if (!graph.entityTypes.some((t) => t.id === type))
    throw new EditError(`no entity type with id "${type}"`);
}

export function addEntity(graph: GraphFile, node: GraphNode, index?: number): EditResult {
  assertNewId(graph, node.id);
  assertType(graph, node.type);
  if (node.label.trim() === '') throw new EditError('an entity needs a name');
  if (node.evidence.length === 0) throw new EditError('an entity needs at least one passage');
  return {
    graph: { ...graph, nodes: insertAt(graph.nodes, node, index) },
    inverse: { kind: 'deleteEntity', id: node.id },
  };
}

/** The relations that go when entity `id` is deleted (it is their source or target). */
export function relationsOfEntity(graph: GraphFile, id: string): GraphEdge[] {
  return graph.edges.filter((e) => e.source === id || e.target === id);
}

/** The fields of an edge that name who claims or disputes it. */
const PARTIES = ['attributedTo', 'disputedBy'] as const;
type Parties = Pick<GraphEdge, (typeof PARTIES)[number]>;

/** `edge` with these parties (an undefined field removed). */
function withParties(edge: GraphEdge, parties: Parties): GraphEdge {
  const copy = { ...edge };
  for (const key of PARTIES) {
    const value = parties[key];
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

export function deleteEntity(graph: GraphFile, id: string): EditResult {
  const index = indexOfId(graph.nodes, id, 'entity');
  const edges: { edge: GraphEdge; index: number }[] = [];
  const attributions: Extract<Edit, { kind: 'restoreEntity' }>['attributions'] = [];
  const kept: GraphEdge[] = [];
  graph.edges.forEach((edge, i) => {
    if (edge.source === id || edge.target === id) {
      edges.push({ edge, index: i });
      return;
    }
    if (PARTIES.some((key) => edge[key]?.includes(id))) {
      attributions.push({
        edgeId: edge.id,
        attributedTo: edge.attributedTo,
        disputedBy: edge.disputedBy,
      });
      const without = (list: string[] | undefined) => {
        const rest = list?.filter((who) => who !== id);
        return rest && rest.length > 0 ? rest : undefined;
      };
      kept.push(
        withParties(edge, {
          attributedTo: without(edge.attributedTo),
          disputedBy: without(edge.disputedBy),
        }),
      );
      return;
    }
    kept.push(edge);
  });
  return {
    graph: { ...graph, nodes: removeAt(graph.nodes, index), edges: kept },
    inverse: { kind: 'restoreEntity', node: graph.nodes[index]!, index, edges, attributions },
  };
}

export function restoreEntity(
  graph: GraphFile,
  edit: Extract<Edit, { kind: 'restoreEntity' }>,
): EditResult {
  assertNewId(graph, edit.node.id);
  const claims = new Map(edit.attributions.map((a) => [a.edgeId, a]));
  let edges = graph.edges.map((edge) => {
    const parties = claims.get(edge.id);
    return parties ? withParties(edge, parties) : edge;
  });
  for (const { edge, index } of [...edit.edges].sort((a, b) => a.index - b.index))
    edges = insertAt(edges, edge, index);
  return {
    graph: { ...graph, nodes: insertAt(graph.nodes, edit.node, edit.index), edges },
    inverse: { kind: 'deleteEntity', id: edit.node.id },
  };
}

export function updateEntity(graph: GraphFile, id: string, changes: EntityChanges): EditResult {
  const index = indexOfId(graph.nodes, id, 'entity');
  if (changes.type !== undefined) assertType(graph, changes.type);
  if (changes.label !== undefined && changes.label.trim() === '')
    throw new EditError('an entity needs a name');
  if (changes.summary !== undefined && changes.summary.trim() === '')
    throw new EditError('a summary cannot be empty');
  const { record, undo } = changeFields(graph.nodes[index]!, changes);
  return {
    graph: { ...graph, nodes: replaceAt(graph.nodes, index, record) },
    inverse: { kind: 'updateEntity', id, changes: undo },
  };
}

export function addAlias(graph: GraphFile, id: string, alias: string, at?: number): EditResult {
  const index = indexOfId(graph.nodes, id, 'entity');
  const node = graph.nodes[index]!;
  const name = alias.trim();
  if (name === '') throw new EditError('an alias cannot be empty');
  if (name === node.label || node.aliases.includes(name))
    throw new EditError(`"${name}" is already a name of ${node.label}`);
  const next = { ...node, aliases: insertAt(node.aliases, name, at) };
  return {
    graph: { ...graph, nodes: replaceAt(graph.nodes, index, next) },
    inverse: { kind: 'removeAlias', id, alias: name },
  };
}

export function removeAlias(graph: GraphFile, id: string, alias: string): EditResult {
  const index = indexOfId(graph.nodes, id, 'entity');
  const node = graph.nodes[index]!;
  const at = node.aliases.indexOf(alias);
  if (at < 0) throw new EditError(`"${alias}" is not an alias of ${node.label}`);
  const next = { ...node, aliases: removeAt(node.aliases, at) };
  return {
    graph: { ...graph, nodes: replaceAt(graph.nodes, index, next) },
    inverse: { kind: 'addAlias', id, alias, index: at },
  };
}
