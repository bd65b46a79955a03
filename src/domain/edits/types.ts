// Edits to a graph as data: each one a plain object that `applyEdit` turns into a new graph
// together with the edit that undoes it. The store keeps history with zundo (snapshots);
// the inverses are how the edits are tested (apply, then undo → the original graph) and
// say exactly what an edit touched.
import type {
  EntityType,
  Evidence,
  RelationGroup,
  GraphEdge,
  GraphNode,
  RelationType,
  Source,
  Status,
} from '../schema';
import type { Ref } from '../refs';

/** An edit that cannot be made as asked, with a reason a person can act on. */
export class EditError extends Error {
  override name = 'EditError';
}

export type EntityChanges = Partial<Pick<GraphNode, 'label' | 'type' | 'summary' | 'aliases'>>;
/** `label: undefined` / `attributedTo: undefined` remove the field. */
export type RelationChanges = Partial<
  Pick<
    GraphEdge,
    'source' | 'target' | 'relation' | 'status' | 'label' | 'attributedTo' | 'disputedBy'
  >
>;

export interface Vocabularies {
  entityTypes: EntityType;
  relationTypes: RelationType;
  statuses: Status;
  relationGroups: RelationGroup;
}
export type VocabularyName = keyof Vocabularies;
export type VocabularyItem = Vocabularies[VocabularyName];

/** `directed` and `group` apply to relation types only, `contested` to statuses. */
export type VocabularyChanges = Partial<{
  label: string;
  description: string;
  directed: boolean;
  group: string | undefined;
  contested: boolean | undefined;
}>;

export type Edit =
  | { kind: 'addEntity'; node: GraphNode; index?: number }
  | { kind: 'deleteEntity'; id: string }
  | {
      kind: 'restoreEntity';
      node: GraphNode;
      index: number;
      edges: { edge: GraphEdge; index: number }[];
      /** Edges that named the entity as claimant or disputer, with those fields as they were. */
      attributions: {
        edgeId: string;
        attributedTo: string[] | undefined;
        disputedBy: string[] | undefined;
      }[];
    }
  | { kind: 'updateEntity'; id: string; changes: EntityChanges }
  | { kind: 'addAlias'; id: string; alias: string; index?: number }
  | { kind: 'removeAlias'; id: string; alias: string }
  | { kind: 'addRelation'; edge: GraphEdge; index?: number }
  | { kind: 'deleteRelation'; id: string }
  | { kind: 'updateRelation'; id: string; changes: RelationChanges }
  | { kind: 'addEvidence'; ref: Ref; evidence: Evidence; index?: number }
  | { kind: 'removeEvidence'; ref: Ref; index: number }
  | { kind: 'moveEvidence'; from: Ref; index: number; to: Ref; toIndex?: number }
  | { kind: 'addVocabulary'; vocabulary: VocabularyName; item: VocabularyItem; index?: number }
  | { kind: 'removeVocabulary'; vocabulary: VocabularyName; id: string }
  | {
      kind: 'updateVocabulary';
      vocabulary: VocabularyName;
      id: string;
      changes: VocabularyChanges;
    }
  | { kind: 'moveVocabulary'; vocabulary: VocabularyName; id: string; to: number }
  | { kind: 'updateSource'; id: string; changes: Partial<Omit<Source, 'id'>> }
  | { kind: 'updateGraph'; changes: Partial<{ title: string; description: string | undefined }> };
