// The legend's relations: by declared group when the graph has groups, else one flat list.
import { matchesQuery, relationGroupsOf } from '../../domain/relationGroups';
import { useGraph } from '../useGraph';
import { FilterGroup } from './FilterGroup';
import { FILTER_KINDS } from './filterKinds';
import { RelationGroupSection } from './RelationGroupSection';

export function RelationLegend({ query }: { query: string }) {
  const graph = useGraph();
  const groups = relationGroupsOf(graph);
  if (groups.length === 0) return <FilterGroup kind={FILTER_KINDS.relation} query={query} />;
  const matching = (name: string) => matchesQuery(name, query);
  if (!groups.some((g) => matching(g.label) || g.types.some((t) => matching(t.label)))) return null;
  return (
    <fieldset className="filter-group">
      <legend>Relations</legend>
      <ul className="filter-group__list">
        {groups.map((g) => (
          <RelationGroupSection key={g.id} group={g} query={query} />
        ))}
      </ul>
    </fieldset>
  );
}
