// A bundle opened from the canvas (or with B on the keyboard): every relation between the
// two entities, grouped by type, each with its status and a button that selects it; the
// mix of statuses; and a way to expand the bundle in place on the graph, or collapse it.
import { useMemo, type RefObject } from 'react';
import { statusMix, summarise, type Bundle } from '../../domain/bundles';
import { relationTitle } from '../../domain/describe';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';
import { selectVisible } from '../../store/selectors';
import { ClearSelectionButton } from '../details/ClearSelectionButton';
import { RelationSwatch } from '../swatches/RelationSwatch';
import { StatusBadge } from '../swatches/StatusBadge';
import { useGraph, useIndex, useLooks } from '../useGraph';
import './BundleDetails.css';

interface Props {
  bundle: Bundle;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function BundleDetails({ bundle, headingRef }: Props) {
  const graph = useGraph();
  const index = useIndex();
  const looks = useLooks();
  const summary = useMemo(() => summarise(graph, bundle.edgeIds), [graph, bundle]);
  const visible = useAppStore((s) => selectVisible(s).edges);
  const expanded = useAppStore((s) => s.expandedBundles.includes(bundle.id));
  const store = useStoreApi();
  const { selectEntity, selectRelation, setBundleExpanded } = store.getState();
  const [a, b] = bundle.ends.map((id) => index.nodeById.get(id)?.label ?? id);
  return (
    <div className="details bundle-details">
      <div className="details__top">
        <h2 ref={headingRef} tabIndex={-1} className="details__title">
          <button
            type="button"
            className="link-button"
            onClick={() => selectEntity(bundle.ends[0])}
          >
            {a}
          </button>{' '}
          <span className="details__verb">and</span>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => selectEntity(bundle.ends[1])}
          >
            {b}
          </button>
        </h2>
        <ClearSelectionButton label="Close" />
      </div>
      <p className="details__kind">
        {summary.count} relations: {statusMix(summary)}
      </p>
      {summary.contested > 0 && (
        <p className="claim__contested">
          <span aria-hidden="true">⚠ </span>
          <strong>Contested</strong>: a party disputes{' '}
          {summary.contested === 1 ? 'one' : summary.contested} of them.
        </p>
      )}
      <button
        type="button"
        className="bundle-details__expand"
        onClick={() => setBundleExpanded(bundle.id, !expanded)}
      >
        {expanded ? 'Collapse into one line on the graph' : 'Expand on the graph'}
      </button>
      {summary.groups.map(({ type, edges }) => (
        <section
          key={type.id}
          className="relation-group"
          aria-label={`${type.label} (${edges.length})`}
        >
          <h3 className="relation-group__heading">
            <RelationSwatch look={looks.relation.get(type.id)} directed={type.directed} />
            {type.label} <span className="details__count">({edges.length})</span>
          </h3>
          <ul className="bundle-details__list">
            {edges.map((edge) => (
              <li
                key={edge.id}
                className={visible.has(edge.id) ? undefined : 'bundle-details__hidden'}
              >
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectRelation(edge.id, 'details')}
                >
                  {relationTitle(graph, edge)}
                </button>{' '}
                <StatusBadge status={index.statusById.get(edge.status)} />
                {!visible.has(edge.id) && <span className="relation-row__hidden">hidden</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
