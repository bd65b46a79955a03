// The legend's relations: by declared group when the graph has groups, else one flat list.
// Groups start unfolded; one button folds them all, so the legend fits a short screen.
import { useState } from 'react';
import { matchesQuery, relationGroupsOf } from '../../domain/relationGroups';
import { useGraph } from '../useGraph';
import { FilterGroup } from './FilterGroup';
import { FILTER_KINDS } from './filterKinds';
import { RelationGroupSection } from './RelationGroupSection';

export function RelationLegend({ query }: { query: string }) {
  const graph = useGraph();
  const groups = relationGroupsOf(graph);
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set());
  if (groups.length === 0) return <FilterGroup kind={FILTER_KINDS.relation} query={query} />;
  const matching = (name: string) => matchesQuery(name, query);
  if (!groups.some((g) => matching(g.label) || g.types.some((t) => matching(t.label)))) return null;
  const allFolded = groups.every((g) => folded.has(g.id));
  const fold = (id: string, open: boolean) =>
    setFolded((f) => {
      const next = new Set(f);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <fieldset className="filter-group">
      <legend>Relations</legend>
      <button
        type="button"
        className="legend-fold-all"
        onClick={() => setFolded(allFolded ? new Set() : new Set(groups.map((g) => g.id)))}
      >
        {allFolded ? 'Unfold all groups' : 'Fold all groups'}
      </button>
      <ul className="filter-group__list">
        {groups.map((g) => (
          <RelationGroupSection
            key={g.id}
            group={g}
            query={query}
            open={!folded.has(g.id)}
            onFold={(open) => fold(g.id, open)}
          />
        ))}
      </ul>
    </fieldset>
  );
}
