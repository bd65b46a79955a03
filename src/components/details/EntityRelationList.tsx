// An entity's relations, grouped by relation type in declared order (heading: type and
// count). Each row reads "→ Russia · drones · reported": the other entity is a button
// that selects it, the rest a button that selects the relation.
import { useMemo } from 'react';
import { entityRelations } from '../../domain/entityRelations';
import { RelationSwatch } from '../swatches/RelationSwatch';
import { useGraph, useLooks } from '../useGraph';
import { RelationRow } from './RelationRow';

export function EntityRelationList({ nodeId }: { nodeId: string }) {
  const graph = useGraph();
  const looks = useLooks();
  const groups = useMemo(() => entityRelations(graph, nodeId), [graph, nodeId]);
  if (groups.length === 0) return <p className="details__meta">No relations recorded.</p>;
  return (
    <div className="relation-groups">
      {groups.map(({ type, relations }) => (
        <div key={type.id} className="relation-group">
          <h4 className="relation-group__heading">
            <RelationSwatch look={looks.relation.get(type.id)} directed={type.directed} />
            {type.label} <span className="details__count">({relations.length})</span>
          </h4>
          <ul className="relation-group__list">
            {relations.map((relation) => (
              <RelationRow key={relation.edge.id} relation={relation} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
