// The one entry point for changing a graph: dispatches an Edit to its pure function. Throws
// EditError (with a reason to show) when the edit cannot be made; the graph is never
// mutated, so a failed edit leaves it as it was.
import type { GraphFile } from '../schema';
import {
  addAlias,
  addEntity,
  deleteEntity,
  removeAlias,
  restoreEntity,
  updateEntity,
  type EditResult,
} from './entityEdits';
import {
  addEvidence,
  addRelation,
  deleteRelation,
  moveEvidence,
  removeEvidence,
  updateRelation,
} from './relationEdits';
import type { Edit } from './types';
import {
  addVocabulary,
  moveVocabulary,
  removeVocabulary,
  updateGraph,
  updateSource,
  updateVocabulary,
} from './vocabularyEdits';

export function applyEdit(graph: GraphFile, edit: Edit): EditResult {
  switch (edit.kind) {
    case 'addEntity':
      return addEntity(graph, edit.node, edit.index);
    case 'deleteEntity':
      return deleteEntity(graph, edit.id);
    case 'restoreEntity':
      return restoreEntity(graph, edit);
    case 'updateEntity':
      return updateEntity(graph, edit.id, edit.changes);
    case 'addAlias':
      return addAlias(graph, edit.id, edit.alias, edit.index);
    case 'removeAlias':
      return removeAlias(graph, edit.id, edit.alias);
    case 'addRelation':
      return addRelation(graph, edit.edge, edit.index);
    case 'deleteRelation':
      return deleteRelation(graph, edit.id);
    case 'updateRelation':
      return updateRelation(graph, edit.id, edit.changes);
    case 'addEvidence':
      return addEvidence(graph, edit.ref, edit.evidence, edit.index);
    case 'removeEvidence':
      return removeEvidence(graph, edit.ref, edit.index);
    case 'moveEvidence':
      return moveEvidence(graph, edit.from, edit.index, edit.to, edit.toIndex);
    case 'addVocabulary':
      return addVocabulary(graph, edit.vocabulary, edit.item, edit.index);
    case 'removeVocabulary':
      return removeVocabulary(graph, edit.vocabulary, edit.id);
    case 'updateVocabulary':
      return updateVocabulary(graph, edit.vocabulary, edit.id, edit.changes);
    case 'moveVocabulary':
      return moveVocabulary(graph, edit.vocabulary, edit.id, edit.to);
    case 'updateSource':
      return updateSource(graph, edit.id, edit.changes);
    case 'updateGraph':
      return updateGraph(graph, edit.changes);
  }
}
