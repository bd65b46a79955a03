// An entity in full: name, type, other names, summary, its relations by type, and the
// passages of the article that mention it.
import type { RefObject } from 'react';
import type { GraphNode } from '../../domain/schema';
import { EntitySwatch } from '../swatches/EntitySwatch';
import { useIndex, useLooks } from '../useGraph';
import { ClearSelectionButton } from './ClearSelectionButton';
import { EntityClaims } from './EntityClaims';
import { EntityRelationList } from './EntityRelationList';
import { HiddenNotice } from './HiddenNotice';
import { NeighbourhoodControl } from './NeighbourhoodControl';
import { SupportingPassages } from './PassageList';
import { FindPathButton } from '../path/FindPathButton';

interface Props {
  node: GraphNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function EntityDetails({ node, headingRef }: Props) {
  const index = useIndex();
  const looks = useLooks();
  const type = index.entityTypeById.get(node.type);
  const relationCount = index.edgesByNode.get(node.id)?.length ?? 0;
  return (
    <div className="details">
      <div className="details__top">
        <h2 ref={headingRef} tabIndex={-1} className="details__title">
          {node.label}
        </h2>
        <ClearSelectionButton />
      </div>
      <p className="details__kind" title={type?.description}>
        <EntitySwatch look={looks.entity.get(node.type)} />
        {type?.label ?? node.type}
      </p>
      {node.aliases.length > 0 && (
        <p className="details__aliases">
          <span className="details__term">also:</span> {node.aliases.join(', ')}
        </p>
      )}
      <p className="details__summary">{node.summary}</p>
      <HiddenNotice selection={{ kind: 'node', id: node.id }} />
      <NeighbourhoodControl nodeId={node.id} />
      <FindPathButton nodeId={node.id} />
      <EntityClaims nodeId={node.id} />
      <h3>
        Relations <span className="details__count">({relationCount})</span>
      </h3>
      <EntityRelationList nodeId={node.id} />
      <SupportingPassages evidence={node.evidence} />
    </div>
  );
}
