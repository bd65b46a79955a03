// One fieldset of the legend: every declared type of a kind (relation, entity, status) in
// declared order, each a FilterRow with its swatch, visible/total count, toggle and "only".
import { useId, useMemo, useState } from 'react';
import { useAppStore } from '../../store/StoreProvider';
import { useGraph, useLooks } from '../useGraph';
import { FilterRow } from './FilterRow';
import { matchesQuery } from '../../domain/relationGroups';
import type { FilterKind } from './filterKinds';
import { selectTotalCounts, selectVisibleCounts } from '../../store/selectors';

/** `query`: the legend's filter box; rows whose name does not match are left out. */
export function FilterGroup({ kind, query = '' }: { kind: FilterKind; query?: string }) {
  const graph = useGraph();
  const looks = useLooks();
  const all = useMemo(() => kind.items(graph, looks), [kind, graph, looks]);
  const items = all.filter((item) => matchesQuery(item.label, query));
  const hidden = useAppStore((s) => s.filters[kind.hiddenKey]);
  const totals = useAppStore((s) => selectTotalCounts(s)[kind.counts]);
  const visible = useAppStore((s) => selectVisibleCounts(s)[kind.counts]);
  const toggle = useAppStore(kind.toggle);
  const only = useAppStore(kind.only);
  const [explained, setExplained] = useState(false);
  const explainId = useId();
  if (items.length === 0) return null;
  const explains = items.some((item) => item.showDescription);
  return (
    <fieldset className="filter-group">
      <legend>{kind.legend}</legend>
      <ul className="filter-group__list" id={explainId}>
        {items.map((item) => (
          <FilterRow
            key={item.id}
            label={item.label}
            description={item.description}
            showDescription={item.showDescription ? explained : undefined}
            tag={item.tag}
            checked={!hidden.includes(item.id)}
            swatch={item.swatch}
            visible={visible.get(item.id) ?? 0}
            total={totals.get(item.id) ?? 0}
            nouns={kind.nouns}
            onToggle={() => toggle(item.id)}
            onOnly={() => only(item.id)}
          />
        ))}
      </ul>
      {/* The explanations are folded so the whole legend fits a laptop screen. */}
      {explains && (
        <button
          type="button"
          className="filter-group__explain"
          aria-expanded={explained}
          aria-controls={explainId}
          onClick={() => setExplained(!explained)}
        >
          What these mean
        </button>
      )}
    </fieldset>
  );
}
