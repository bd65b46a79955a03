// Legend and filter for how certain a claim is, from the most to the least certain as
// declared. Descriptions are shown, not just hinted: they are what the markers mean.
import { useAppStore } from '../../store/StoreProvider';
import { selectStatusCounts } from '../../store/selectors';
import { StatusSwatch } from '../swatches/StatusSwatch';
import { useGraph, useLooks } from '../useGraph';
import { FilterRow } from './FilterRow';
import { selectVisibleCounts } from './selectVisibleCounts';

export function StatusFilters() {
  const graph = useGraph();
  const looks = useLooks();
  const hidden = useAppStore((s) => s.filters.hiddenStatuses);
  const totals = useAppStore(selectStatusCounts);
  const visible = useAppStore((s) => selectVisibleCounts(s).status);
  const toggle = useAppStore((s) => s.toggleStatus);
  const only = useAppStore((s) => s.showOnlyStatus);
  return (
    <fieldset className="filter-group">
      <legend>How certain</legend>
      <ul className="filter-group__list">
        {graph.statuses.map((status) => (
          <FilterRow
            key={status.id}
            label={status.label}
            description={status.description}
            showDescription
            checked={!hidden.includes(status.id)}
            swatch={<StatusSwatch look={looks.status.get(status.id)} />}
            tag={
              status.contested && (
                <span className="filter-row__tag">
                  <span aria-hidden="true">⚠ </span>Contested.
                </span>
              )
            }
            visible={visible.get(status.id) ?? 0}
            total={totals.get(status.id) ?? 0}
            nouns={['relation', 'relations']}
            onToggle={() => toggle(status.id)}
            onOnly={() => only(status.id)}
          />
        ))}
      </ul>
    </fieldset>
  );
}
