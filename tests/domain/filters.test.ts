import {
  describeVisible,
  neighbourhood,
  noFilters,
  visibleElements,
  type Filters,
} from '../../src/domain/filters';
import { countVisible } from '../../src/domain/visibleCounts';
import { sampleGraph } from '../fixtures/sampleGraph';

const graph = sampleGraph();
const withFilters = (f: Partial<Filters>) => visibleElements(graph, { ...noFilters, ...f });

describe('visibleElements', () => {
  it('shows everything without filters', () => {
    const v = withFilters({});
    expect(v.nodes.size).toBe(4);
    expect(v.edges.size).toBe(6);
  });

  it('hides the edges of a hidden relation type and nothing else', () => {
    const v = withFilters({ hiddenRelationTypes: ['supplies'] });
    expect([...v.edges].sort()).toEqual([
      'iran-allies-russia',
      'putin-leads-russia',
      'russia-rivals-iran',
      'us-accuses-iran',
    ]);
    expect(v.nodes.size).toBe(4);
  });

  it('hides entities of a hidden type and the relations that touch them', () => {
    const v = withFilters({ hiddenEntityTypes: ['person'] });
    expect(v.nodes.has('putin')).toBe(false);
    expect(v.edges.has('putin-leads-russia')).toBe(false);
    expect(v.edges.size).toBe(5);
  });

  it('hides relations by claim status', () => {
    const v = withFilters({ hiddenStatuses: ['denied', 'reported'] });
    expect(v.edges.has('iran-supplies-russia-missiles')).toBe(false);
    expect(v.edges.has('iran-supplies-russia-drones')).toBe(false);
    expect(v.edges.has('iran-allies-russia')).toBe(true);
  });

  it('hides orphans only when asked', () => {
    const filters = { hiddenRelationTypes: ['accuses', 'supplies'] };
    expect(withFilters(filters).nodes.has('united-states')).toBe(true);
    const v = withFilters({ ...filters, hideOrphans: true });
    expect(v.nodes.has('united-states')).toBe(false);
    expect(v.nodes.size).toBe(3);
  });

  it('restricts to the neighbourhood of the focused entity', () => {
    const one = withFilters({ focus: { nodeId: 'putin', depth: 1 } });
    expect([...one.nodes].sort()).toEqual(['putin', 'russia']);
    expect([...one.edges]).toEqual(['putin-leads-russia']);
    const two = withFilters({ focus: { nodeId: 'putin', depth: 2 } });
    expect(two.nodes.has('iran')).toBe(true);
    expect(two.nodes.has('united-states')).toBe(false);
  });

  it('walks the neighbourhood only along visible relations', () => {
    const v = withFilters({
      focus: { nodeId: 'united-states', depth: 2 },
      hiddenRelationTypes: ['accuses'],
    });
    expect([...v.nodes]).toEqual(['united-states']);
  });

  it('ignores a focus on an entity that is itself hidden', () => {
    const v = withFilters({ focus: { nodeId: 'putin', depth: 1 }, hiddenEntityTypes: ['person'] });
    expect(v.nodes.size).toBe(3);
  });
});

describe('neighbourhood', () => {
  it('returns the start alone at depth 0', () => {
    const all = new Set(graph.edges.map((e) => e.id));
    expect([...neighbourhood(graph, 'iran', 0, all).nodes]).toEqual(['iran']);
  });
});

describe('counts and the status line', () => {
  it('counts edges by relation type', () => {
    const counts = countVisible(graph).relation;
    expect(counts.get('supplies')).toBe(2);
    expect(counts.get('accuses')).toBe(1);
  });

  it('describes what is visible', () => {
    expect(describeVisible(graph, withFilters({ hiddenRelationTypes: ['supplies'] }))).toBe(
      '4 of 4 entities · 4 of 6 relations',
    );
  });
});
