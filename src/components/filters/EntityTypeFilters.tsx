// Legend and filter for entity types, in declared order: shape swatch, visible/total
// count, toggle and "only".
import { useAppStore } from '../../store/StoreProvider';
import { selectEntityCounts } from '../../store/selectors';
import { EntitySwatch } from '../swatches/EntitySwatch';
import { useGraph, useLooks } from '../useGraph';
import { FilterRow } from './FilterRow';
import { selectVisibleCounts } from './selectVisibleCounts';

export function EntityTypeFilters() {
  const graph = useGraph();
  const looks = useLooks();
  const hidden = useAppStore((s) => s.filters.hiddenEntityTypes);
  const totals = useAppStore(selectEntityCounts);
  const visible = useAppStore((s) => selectVisibleCounts(s).entity);
  const toggle = useAppStore((s) => s.toggleEntityType);
  const only = useAppStore((s) => s.showOnlyEntityType);
  return (
    <fieldset className="filter-group">
      <legend>Entities</legend>
      <ul className="filter-group__list">
        {graph.entityTypes.map((type) => (
          <FilterRow
            key={type.id}
            label={type.label}
            description={type.description}
            checked={!hidden.includes(type.id)}
            swatch={<EntitySwatch look={looks.entity.get(type.id)} />}
            visible={visible.get(type.id) ?? 0}
            total={totals.get(type.id) ?? 0}
            nouns={['entity', 'entities']}
            onToggle={() => toggle(type.id)}
            onOnly={() => only(type.id)}
          />
        ))}
      </ul>
    </fieldset>
  );
}
