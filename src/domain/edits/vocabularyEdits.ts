// Edits of the declared vocabularies (entity types, relation types, statuses and their
// order) and of the graph's own fields (title, description, a source's metadata).
import type { GraphFile } from '../schema';
import type { EditResult } from './entityEdits';
import { changeFields, indexOfId, insertAt, removeAt, replaceAt } from './records';
import {
  EditError,
  type Edit,
  type VocabularyChanges,
  type VocabularyItem,
  type VocabularyName,
} from './types';

const NOUN: Record<VocabularyName, string> = {
  entityTypes: 'entity type',
  relationTypes: 'relation type',
  statuses: 'status',
  relationGroups: 'relation group',
};

function listOf(graph: GraphFile, name: VocabularyName): VocabularyItem[] {
  return graph[name] ?? [];
}

function withList(graph: GraphFile, name: VocabularyName, list: VocabularyItem[]): GraphFile {
  // Each vocabulary holds its own item type; the edits keep them apart by `name`.
  return { ...graph, [name]: list } as GraphFile;
}

/** How many nodes or edges use vocabulary item `id`. */
export function usesOf(graph: GraphFile, name: VocabularyName, id: string): number {
  if (name === 'entityTypes') return graph.nodes.filter((n) => n.type === id).length;
  if (name === 'relationTypes') return graph.edges.filter((e) => e.relation === id).length;
  if (name === 'relationGroups') return graph.relationTypes.filter((t) => t.group === id).length;
  return graph.edges.filter((e) => e.status === id).length;
}

export function addVocabulary(
  graph: GraphFile,
  name: VocabularyName,
  item: VocabularyItem,
  index?: number,
): EditResult {
  const list = listOf(graph, name);
  if (list.some((t) => t.id === item.id))
    throw new EditError(`the ${NOUN[name]} "${item.id}" already exists`);
  if (name === 'relationTypes' && !('directed' in item))
    throw new EditError('a relation type says whether it is directed');
  return {
    graph: withList(graph, name, insertAt(list, item, index)),
    inverse: { kind: 'removeVocabulary', vocabulary: name, id: item.id },
  };
}

export function removeVocabulary(graph: GraphFile, name: VocabularyName, id: string): EditResult {
  const list = listOf(graph, name);
  const index = indexOfId(list, id, NOUN[name]);
  const used = usesOf(graph, name, id);
  if (used > 0)
    throw new EditError(`the ${NOUN[name]} "${id}" is used ${used} time${used === 1 ? '' : 's'}`);
  if (list.length === 1 && name !== 'relationGroups')
    throw new EditError(`a graph needs at least one ${NOUN[name]}`);
  return {
    graph: withList(graph, name, removeAt(list, index)),
    inverse: { kind: 'addVocabulary', vocabulary: name, item: list[index]!, index },
  };
}

export function updateVocabulary(
  graph: GraphFile,
  name: VocabularyName,
  id: string,
  changes: VocabularyChanges,
): EditResult {
  const list = listOf(graph, name);
  const index = indexOfId(list, id, NOUN[name]);
  if (('directed' in changes || 'group' in changes) && name !== 'relationTypes')
    throw new EditError('only relation types are directed or not, and grouped');
  if (
    changes.group !== undefined &&
    !listOf(graph, 'relationGroups').some((g) => g.id === changes.group)
  )
    throw new EditError(`no relation group with id "${changes.group}"`);
  if ('contested' in changes && name !== 'statuses')
    throw new EditError('only statuses are contested or not');
  for (const key of ['label', 'description'] as const)
    if (key in changes && !changes[key]?.trim()) throw new EditError(`the ${key} cannot be empty`);
  const { record, undo } = changeFields(list[index]!, changes);
  return {
    graph: withList(graph, name, replaceAt(list, index, record)),
    inverse: { kind: 'updateVocabulary', vocabulary: name, id, changes: undo },
  };
}

/** Moves an item to position `to` (statuses: their order is from most to least certain). */
export function moveVocabulary(
  graph: GraphFile,
  name: VocabularyName,
  id: string,
  to: number,
): EditResult {
  const list = listOf(graph, name);
  const from = indexOfId(list, id, NOUN[name]);
  const target = Math.max(0, Math.min(to, list.length - 1));
  return {
    graph: withList(graph, name, insertAt(removeAt(list, from), list[from]!, target)),
    inverse: { kind: 'moveVocabulary', vocabulary: name, id, to: from },
  };
}

export function updateSource(
  graph: GraphFile,
  id: string,
  changes: Extract<Edit, { kind: 'updateSource' }>['changes'],
): EditResult {
  const index = indexOfId(graph.sources, id, 'source');
  if (changes.title !== undefined && changes.title.trim() === '')
    throw new EditError('a source needs a title');
  const { record, undo } = changeFields(graph.sources[index]!, changes);
  return {
    graph: { ...graph, sources: replaceAt(graph.sources, index, record) },
    inverse: { kind: 'updateSource', id, changes: undo },
  };
}

export function updateGraph(
  graph: GraphFile,
  changes: Extract<Edit, { kind: 'updateGraph' }>['changes'],
): EditResult {
  if (changes.title !== undefined && changes.title.trim() === '')
    throw new EditError('a graph needs a title');
  const { record, undo } = changeFields(graph, changes);
  return { graph: record, inverse: { kind: 'updateGraph', changes: undo } };
}
