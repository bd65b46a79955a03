// One relation in an entity's list: direction arrow, the entity at the other end (a button
// that selects it), the relation's label (a button that selects the relation), its status.
// Hovering or focusing either previews it on the canvas through the store's hover.
import { useId } from 'react';
import { relationTitle } from '../../domain/describe';
import { DIRECTION_ARROW, type EntityRelation } from '../../domain/entityRelations';
import type { Selection } from '../../domain/types';
import { useAppStore } from '../../store/StoreProvider';
import { selectVisible } from '../../store/selectors';
import { StatusBadge } from '../swatches/StatusBadge';
import { useGraph, useIndex } from '../useGraph';

export function RelationRow({ relation }: { relation: EntityRelation }) {
  const { edge, direction, otherId } = relation;
  const graph = useGraph();
  const index = useIndex();
  const badgeId = useId();
  const hiddenId = useId();
  const visible = useAppStore((s) => selectVisible(s).edges.has(edge.id));
  const selectEntity = useAppStore((s) => s.selectEntity);
  const selectRelation = useAppStore((s) => s.selectRelation);
  const setHover = useAppStore((s) => s.setHover);
  const other = index.nodeById.get(otherId)?.label ?? otherId;
  const verb = index.relationTypeById.get(edge.relation)?.label ?? edge.relation;

  const preview = (ref: Selection) => ({
    onMouseEnter: () => setHover(ref),
    onMouseLeave: () => setHover(null),
    onFocus: () => setHover(ref),
    onBlur: () => setHover(null),
  });

  return (
    <li className={`relation-row${visible ? '' : ' relation-row--hidden'}`}>
      <span className="relation-row__direction" aria-hidden="true">
        {DIRECTION_ARROW[direction]}
      </span>
      <button
        type="button"
        className="link-button relation-row__other"
        onClick={() => selectEntity(otherId)}
        {...preview({ kind: 'node', id: otherId })}
      >
        {other}
      </button>
      <button
        type="button"
        className="relation-row__main"
        aria-label={relationTitle(graph, edge)}
        aria-describedby={visible ? badgeId : `${badgeId} ${hiddenId}`}
        onClick={() => selectRelation(edge.id)}
        {...preview({ kind: 'edge', id: edge.id })}
      >
        {/* The visible words must be part of the name (WCAG 2.5.3): "(drones)" reads as the
            end of "Iran supplies Russia (drones)", and a relation without a label shows its verb. */}
        <span className="relation-row__label">{edge.label ? `(${edge.label})` : verb}</span>
        <span className="relation-row__chevron" aria-hidden="true">
          ›
        </span>
      </button>
      <StatusBadge id={badgeId} status={index.statusById.get(edge.status)} />
      {!visible && (
        <span id={hiddenId} className="relation-row__hidden">
          hidden
        </span>
      )}
    </li>
  );
}
