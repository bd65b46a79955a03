// Legend and filter for relation types, in declared order: line swatch, visible/total
// count, toggle and "only".
import { useAppStore } from '../../store/StoreProvider';
import { selectRelationCounts } from '../../store/selectors';
import { RelationSwatch } from '../swatches/RelationSwatch';
import { useGraph, useLooks } from '../useGraph';
import { FilterRow } from './FilterRow';
import { selectVisibleCounts } from './selectVisibleCounts';

export function RelationTypeFilters() {
  const graph = useGraph();
  const looks = useLooks();
  const hidden = useAppStore((s) => s.filters.hiddenRelationTypes);
  const totals = useAppStore(selectRelationCounts);
  const visible = useAppStore((s) => selectVisibleCounts(s).relation);
  const toggle = useAppStore((s) => s.toggleRelationType);
  const only = useAppStore((s) => s.showOnlyRelationType);
  return (
    <fieldset className="filter-group">
      <legend>Relations</legend>
      <ul className="filter-group__list">
        {graph.relationTypes.map((type) => (
          <FilterRow
            key={type.id}
            label={type.label}
            description={`${type.description}${type.directed ? '' : ' (goes both ways)'}`}
            checked={!hidden.includes(type.id)}
            swatch={<RelationSwatch look={looks.relation.get(type.id)} directed={type.directed} />}
            visible={visible.get(type.id) ?? 0}
            total={totals.get(type.id) ?? 0}
            nouns={['relation', 'relations']}
            onToggle={() => toggle(type.id)}
            onOnly={() => only(type.id)}
          />
        ))}
      </ul>
    </fieldset>
  );
}
