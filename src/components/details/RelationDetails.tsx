// A relation in full: "Iran supplies Russia" (each end a button to that entity), what
// exactly, how certain and according to whom, what the relation type means, and the
// passages that support it.
import type { RefObject } from 'react';
import { relationPhrase } from '../../domain/describe';
import type { GraphEdge } from '../../domain/schema';
import { useAppStore } from '../../store/StoreProvider';
import { RelationSwatch } from '../swatches/RelationSwatch';
import { useGraph, useIndex, useLooks } from '../useGraph';
import { ClaimStatus } from './ClaimStatus';
import { ClearSelectionButton } from './ClearSelectionButton';
import { HiddenNotice } from './HiddenNotice';
import { SupportingPassages } from './PassageList';
import { SiblingRelations } from './SiblingRelations';

interface Props {
  edge: GraphEdge;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function RelationDetails({ edge, headingRef }: Props) {
  const graph = useGraph();
  const index = useIndex();
  const looks = useLooks();
  const selectEntity = useAppStore((s) => s.selectEntity);
  const type = index.relationTypeById.get(edge.relation);
  const { subject, verb, object } = relationPhrase(graph, edge);
  return (
    <div className="details">
      <div className="details__top">
        <h2 ref={headingRef} tabIndex={-1} className="details__title">
          <button type="button" className="link-button" onClick={() => selectEntity(edge.source)}>
            {subject}
          </button>{' '}
          <span className="details__verb">{verb}</span>{' '}
          <button type="button" className="link-button" onClick={() => selectEntity(edge.target)}>
            {object}
          </button>
        </h2>
        <ClearSelectionButton />
      </div>
      <dl className="details__facts">
        {edge.label && (
          <>
            <dt>What</dt>
            <dd className="details__what">{edge.label}</dd>
          </>
        )}
        <dt>How certain</dt>
        <dd>
          <ClaimStatus edge={edge} />
        </dd>
        <dt>Relation</dt>
        <dd>
          <span className="details__kind">
            <RelationSwatch look={looks.relation.get(edge.relation)} directed={!!type?.directed} />
            <strong>{type?.label ?? edge.relation}</strong>
            {type && !type.directed && <span className="details__meta">(goes both ways)</span>}
          </span>
          {type && <span className="details__type-description">{type.description}</span>}
        </dd>
      </dl>
      <HiddenNotice selection={{ kind: 'edge', id: edge.id }} />
      <SupportingPassages evidence={edge.evidence} />
      <SiblingRelations edge={edge} />
    </div>
  );
}
