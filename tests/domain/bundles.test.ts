import {
  bundleId,
  bundleLabel,
  bundlesOf,
  drawnElements,
  drawnIdOf,
  statusMix,
  summarise,
} from '../../src/domain/bundles';
import { noFilters, visibleElements } from '../../src/domain/filters';
import { sampleGraph } from '../fixtures/sampleGraph';

const IRAN_RUSSIA = ['iran-allies-russia', 'iran-supplies-russia-drones'].concat(
  'iran-supplies-russia-missiles',
  'russia-rivals-iran',
);

describe('bundlesOf', () => {
  it('bundles every relation between the same two entities, in either direction', () => {
    const { list, byEdge } = bundlesOf(sampleGraph());
    expect(list).toEqual([
      { id: 'bundle:iran~russia', ends: ['iran', 'russia'], edgeIds: IRAN_RUSSIA },
    ]);
    expect(byEdge.get('russia-rivals-iran')?.id).toBe('bundle:iran~russia');
    // a pair with one relation is no bundle
    expect(byEdge.has('us-accuses-iran')).toBe(false);
    expect(byEdge.has('putin-leads-russia')).toBe(false);
  });

  it('names a pair the same way from both ends', () => {
    expect(bundleId('russia', 'iran')).toBe('bundle:iran~russia');
    expect(bundleId('iran', 'russia')).toBe('bundle:iran~russia');
  });

  it('never bundles a self-loop with anything', () => {
    const g = sampleGraph();
    g.edges.push({ ...g.edges[0]!, id: 'loop-1', source: 'iran', target: 'iran' });
    g.edges.push({ ...g.edges[0]!, id: 'loop-2', source: 'iran', target: 'iran' });
    expect(bundlesOf(g).byEdge.has('loop-1')).toBe(false);
  });
});

describe('drawnElements', () => {
  const graph = sampleGraph();

  it('draws a collapsed bundle instead of its members', () => {
    const drawn = drawnElements(graph, visibleElements(graph, noFilters), new Set());
    expect([...drawn.bundles]).toEqual([['bundle:iran~russia', IRAN_RUSSIA]]);
    expect([...drawn.edges].sort()).toEqual(['putin-leads-russia', 'us-accuses-iran']);
  });

  it('draws the members of an expanded bundle separately', () => {
    const drawn = drawnElements(
      graph,
      visibleElements(graph, noFilters),
      new Set(['bundle:iran~russia']),
    );
    expect(drawn.bundles.size).toBe(0);
    expect(drawn.edges.size).toBe(6);
  });

  it('applies the filters inside a bundle: one visible member draws as itself', () => {
    const some = visibleElements(graph, { ...noFilters, hiddenRelationTypes: ['supplies'] });
    expect(drawnElements(graph, some, new Set()).bundles.get('bundle:iran~russia')).toEqual([
      'iran-allies-russia',
      'russia-rivals-iran',
    ]);
    const one = visibleElements(graph, {
      ...noFilters,
      hiddenRelationTypes: ['supplies', 'rivals_with'],
    });
    const drawn = drawnElements(graph, one, new Set());
    expect(drawn.bundles.size).toBe(0);
    expect(drawn.edges.has('iran-allies-russia')).toBe(true);
    const none = visibleElements(graph, { ...noFilters, hiddenEntityTypes: ['country'] });
    expect(drawnElements(graph, none, new Set()).bundles.size).toBe(0);
  });

  it('finds what is drawn for a relation', () => {
    const drawn = drawnElements(graph, visibleElements(graph, noFilters), new Set());
    expect(drawnIdOf(graph, drawn, 'iran-supplies-russia-drones')).toBe('bundle:iran~russia');
    expect(drawnIdOf(graph, drawn, 'us-accuses-iran')).toBe('us-accuses-iran');
    const hidden = visibleElements(graph, { ...noFilters, hiddenRelationTypes: ['accuses'] });
    expect(drawnIdOf(graph, drawnElements(graph, hidden, new Set()), 'us-accuses-iran')).toBe(null);
  });
});

describe('summarise', () => {
  it('counts statuses in declared order and groups by relation type', () => {
    const summary = summarise(sampleGraph(), IRAN_RUSSIA);
    expect(summary.count).toBe(4);
    expect(summary.contested).toBe(1);
    expect(summary.statuses.map((s) => [s.status, s.count])).toEqual([
      ['stated', 2],
      ['reported', 1],
      ['denied', 1],
    ]);
    expect(summary.groups.map((g) => [g.type.id, g.edges.map((e) => e.id)])).toEqual([
      ['supplies', ['iran-supplies-russia-drones', 'iran-supplies-russia-missiles']],
      ['allies_with', ['iran-allies-russia']],
      ['rivals_with', ['russia-rivals-iran']],
    ]);
    expect(bundleLabel(summary)).toBe('4 relations · 1 contested');
    expect(statusMix(summary)).toBe('2 stated, 1 reported, 1 denied');
  });

  it('says nothing about contest when no member is contested', () => {
    const summary = summarise(sampleGraph(), ['iran-allies-russia', 'russia-rivals-iran']);
    expect(bundleLabel(summary)).toBe('2 relations');
  });
});
