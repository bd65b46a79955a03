// The legend, which is also the filter: relation types, entity types and claim statuses,
// each a fieldset of checkboxes, plus "Show all" and the orphan option. No padding of its
// own: the shell's panel box provides it.
import { useId, useState } from 'react';
import { useAppStore } from '../../store/StoreProvider';
import { FilterGroup } from './FilterGroup';
import { RelationLegend } from './RelationLegend';
import { FILTER_KINDS } from './filterKinds';
import './FiltersPanel.css';

export function FiltersPanel() {
  const headingId = useId();
  const [query, setQuery] = useState('');
  const hideOrphans = useAppStore((s) => s.filters.hideOrphans);
  const anyHidden = useAppStore(
    (s) =>
      s.filters.hiddenRelationTypes.length +
        s.filters.hiddenEntityTypes.length +
        s.filters.hiddenStatuses.length >
      0,
  );
  const showAll = useAppStore((s) => s.showAll);
  const setHideOrphans = useAppStore((s) => s.setHideOrphans);
  return (
    <section className="filters-panel" aria-labelledby={headingId}>
      <div className="filters-panel__header">
        <h2 id={headingId}>Legend and filters</h2>
        <button
          type="button"
          className="filters-panel__show-all"
          onClick={showAll}
          aria-disabled={!anyHidden}
        >
          Show all
        </button>
      </div>
      <input
        type="search"
        className="filters-panel__search"
        aria-label="Filter the legend by name"
        placeholder="Filter the legend…"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <RelationLegend query={query} />
      <FilterGroup kind={FILTER_KINDS.entity} query={query} />
      <FilterGroup kind={FILTER_KINDS.status} query={query} />
      <label className="filters-panel__option">
        <input
          type="checkbox"
          checked={hideOrphans}
          onChange={(e) => setHideOrphans(e.currentTarget.checked)}
        />
        Hide entities with no visible relation
      </label>
    </section>
  );
}
