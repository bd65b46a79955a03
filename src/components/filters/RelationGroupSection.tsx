// One relation group in the legend (Military, Diplomacy, …): a header with a fold button, a
// checkbox for the whole group (mixed while some of its types are hidden), its count and
// "only"; unfolded, one row per relation type. Folding is the legend's (RelationLegend);
// the legend's filter box unfolds groups with matching types.
import { useId } from 'react';
import { groupState, matchesQuery, type TypeGroup } from '../../domain/relationGroups';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';
import { selectTotalCounts, selectVisibleCounts } from '../../store/selectors';
import { RelationSwatch } from '../swatches/RelationSwatch';
import { useLooks } from '../useGraph';
import { FilterRow } from './FilterRow';

interface Props {
  group: TypeGroup;
  query: string;
  open: boolean;
  onFold: (open: boolean) => void;
}

export function RelationGroupSection({ group, query, open, onFold }: Props) {
  const store = useStoreApi();
  const looks = useLooks();
  const listId = useId();
  const countId = useId();
  const hidden = useAppStore((s) => s.filters.hiddenRelationTypes);
  const totals = useAppStore((s) => selectTotalCounts(s).relation);
  const visible = useAppStore((s) => selectVisibleCounts(s).relation);

  const searching = query.trim() !== '';
  const types =
    searching && !matchesQuery(group.label, query)
      ? group.types.filter((t) => matchesQuery(t.label, query))
      : group.types;
  if (types.length === 0) return null;
  const unfolded = open || (searching && types.length < group.types.length);
  const state = groupState(group, hidden);
  const sum = (counts: ReadonlyMap<string, number>) =>
    group.types.reduce((n, t) => n + (counts.get(t.id) ?? 0), 0);
  const shown = sum(visible);
  const total = sum(totals);
  const first = group.types[0]!;

  return (
    <li className="legend-group">
      <div className="legend-group__header">
        <button
          type="button"
          className="legend-group__fold"
          aria-expanded={unfolded}
          aria-controls={listId}
          aria-label={`${group.label}: relation types`}
          title={unfolded ? 'Fold' : 'Unfold'}
          onClick={() => onFold(!unfolded)}
        >
          <span aria-hidden="true">{unfolded ? '▾' : '▸'}</span>
        </button>
        <label
          className="filter-row__label legend-group__label"
          title={`${group.label}: ${group.description}`}
        >
          <input
            type="checkbox"
            checked={state === 'shown'}
            ref={(el) => {
              if (el) el.indeterminate = state === 'mixed';
            }}
            aria-describedby={countId}
            onChange={() => store.getState().toggleRelationGroup(group.id)}
          />
          <span
            className="legend-group__hue"
            aria-hidden="true"
            style={{ background: looks.relation.get(first.id)?.color }}
          />
          <span className="filter-row__name">{group.label}</span>
        </label>
        <span className="filter-row__count" aria-hidden="true">
          {shown}/{total}
        </span>
        <span id={countId} className="visually-hidden">
          {shown} of {total} relations shown, in {group.types.length} types.
        </span>
        <button
          type="button"
          className="filter-row__only"
          aria-label={`Show only ${group.label}`}
          title={`Show only ${group.label}`}
          onClick={() => store.getState().showOnlyRelationGroup(group.id)}
        >
          only
        </button>
      </div>
      <ul id={listId} className="filter-group__list legend-group__types" hidden={!unfolded}>
        {types.map((t) => (
          <FilterRow
            key={t.id}
            label={t.label}
            description={`${t.description}${t.directed ? '' : ' (goes both ways)'}`}
            checked={!hidden.includes(t.id)}
            swatch={<RelationSwatch look={looks.relation.get(t.id)} directed={t.directed} />}
            visible={visible.get(t.id) ?? 0}
            total={totals.get(t.id) ?? 0}
            nouns={['relation', 'relations']}
            onToggle={() => store.getState().toggleRelationType(t.id)}
            onOnly={() => store.getState().showOnlyRelationType(t.id)}
          />
        ))}
      </ul>
    </li>
  );
}
