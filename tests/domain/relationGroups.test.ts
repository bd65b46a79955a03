import {
  groupState,
  matchesQuery,
  onlyGroup,
  relationGroupsOf,
  toggleGroup,
} from '../../src/domain/relationGroups';
import type { GraphFile } from '../../src/domain/schema';
import { sampleGraph } from '../fixtures/sampleGraph';

function grouped(): GraphFile {
  const g = sampleGraph();
  g.relationGroups = [
    { id: 'military', label: 'Military', description: 'Arms.' },
    { id: 'tension', label: 'Tension', description: 'Rivalry.' },
    { id: 'unused', label: 'Unused', description: 'Nothing in it.' },
  ];
  g.relationTypes = g.relationTypes.map((t) =>
    t.id === 'supplies'
      ? { ...t, group: 'military' }
      : t.id === 'accuses' || t.id === 'rivals_with'
        ? { ...t, group: 'tension' }
        : t,
  );
  return g;
}

describe('relationGroupsOf', () => {
  it('lists declared groups with their types, then the ungrouped ones; empty groups drop out', () => {
    const groups = relationGroupsOf(grouped());
    expect(groups.map((g) => [g.label, g.types.map((t) => t.id)])).toEqual([
      ['Military', ['supplies']],
      ['Tension', ['accuses', 'rivals_with']],
      ['Other relations', ['allies_with', 'leads']],
    ]);
  });

  it('has no groups when the file declares none', () => {
    expect(relationGroupsOf(sampleGraph())).toEqual([]);
  });
});

describe('group filtering', () => {
  const graph = grouped();
  const [, tension] = relationGroupsOf(graph);

  it('says whether a group is shown, hidden or mixed', () => {
    expect(groupState(tension!, [])).toBe('shown');
    expect(groupState(tension!, ['accuses'])).toBe('mixed');
    expect(groupState(tension!, ['rivals_with', 'accuses', 'leads'])).toBe('hidden');
  });

  it('hides a shown group in one step and shows a mixed or hidden one in full', () => {
    expect(toggleGroup(['leads'], tension!)).toEqual(['leads', 'accuses', 'rivals_with']);
    expect(toggleGroup(['accuses', 'leads'], tension!)).toEqual(['leads']);
    expect(toggleGroup(['accuses', 'rivals_with'], tension!)).toEqual([]);
  });

  it('"only" hides every type outside the group', () => {
    expect(onlyGroup(graph, tension!)).toEqual(['supplies', 'allies_with', 'leads']);
  });
});

describe('matchesQuery', () => {
  it('matches a part of the name, ignoring case and accents', () => {
    expect(matchesQuery('Supplies', 'sup')).toBe(true);
    expect(matchesQuery('Café talks', 'cafe')).toBe(true);
    expect(matchesQuery('Supplies', 'allies')).toBe(false);
    expect(matchesQuery('anything', '  ')).toBe(true);
  });
});
