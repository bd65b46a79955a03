// One thing a passage supports, in a line: swatch, name, and the entity's type or the
// relation's status. Shared by the hover preview and the choice menu.
import { relationTitle } from '../../domain/describe';
import type { Ref } from '../../domain/refs';
import { EntitySwatch } from '../swatches/EntitySwatch';
import { RelationSwatch } from '../swatches/RelationSwatch';
import { StatusBadge } from '../swatches/StatusBadge';
import { useGraph, useIndex, useLooks } from '../useGraph';

export function SupportSummary({ target }: { target: Ref }) {
  const graph = useGraph();
  const index = useIndex();
  const looks = useLooks();
  if (target.kind === 'node') {
    const node = index.nodeById.get(target.id);
    if (!node) return <span className="support">{target.id}</span>;
    return (
      <span className="support">
        <EntitySwatch look={looks.entity.get(node.type)} />
        <span className="support__text">
          <span className="support__title">{node.label}</span>{' '}
          <span className="support__meta">
            {index.entityTypeById.get(node.type)?.label ?? node.type}
          </span>
        </span>
      </span>
    );
  }
  const edge = index.edgeById.get(target.id);
  if (!edge) return <span className="support">{target.id}</span>;
  return (
    <span className="support">
      <RelationSwatch
        look={looks.relation.get(edge.relation)}
        directed={!!index.relationTypeById.get(edge.relation)?.directed}
      />
      <span className="support__text">
        <span className="support__title">{relationTitle(graph, edge)}</span>{' '}
        <StatusBadge status={index.statusById.get(edge.status)} />
      </span>
    </span>
  );
}
