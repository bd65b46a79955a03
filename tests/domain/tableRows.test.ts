import { entityRows, relationKey, relationRows, sortRows } from '../../src/domain/tableRows';
import { noFilters, visibleElements } from '../../src/domain/filters';
import { sampleGraph } from '../fixtures/sampleGraph';

const graph = sampleGraph();
const all = visibleElements(graph, noFilters);

describe('entityRows', () => {
  it('lists visible entities with their type, aliases, visible degree and passages', () => {
    const hidden = visibleElements(graph, { ...noFilters, hiddenRelationTypes: ['supplies'] });
    const iran = entityRows(graph, hidden).find((r) => r.id === 'iran');
    expect(iran).toEqual({
      id: 'iran',
      name: 'Iran',
      type: 'country',
      aliases: 'Tehran',
      degree: 3, // allies, accuses, rivals — the two supplies relations are hidden
      passages: 1,
    });
  });

  it('leaves out what the filters hide', () => {
    const visible = visibleElements(graph, { ...noFilters, hiddenEntityTypes: ['person'] });
    expect(entityRows(graph, visible).map((r) => r.id)).toEqual([
      'russia',
      'iran',
      'united-states',
    ]);
  });
});

describe('relationRows', () => {
  it('reads each relation with its ends, status and who claims it', () => {
    const missiles = relationRows(graph, all).find((r) => r.id === 'iran-supplies-russia-missiles');
    expect(missiles).toMatchObject({
      relation: 'supplies: missiles',
      from: 'Iran',
      to: 'Russia',
      status: 'denied',
      claimedBy: 'United States',
      passages: 1,
    });
  });

  it('drops the rows of a hidden relation type', () => {
    const visible = visibleElements(graph, { ...noFilters, hiddenRelationTypes: ['accuses'] });
    expect(relationRows(graph, visible).map((r) => r.id)).not.toContain('us-accuses-iran');
    expect(relationRows(graph, visible)).toHaveLength(graph.edges.length - 1);
  });
});

describe('sortRows', () => {
  it('sorts names alphabetically either way and numbers numerically', () => {
    const rows = entityRows(graph, all);
    expect(sortRows(rows, { column: 'name', descending: false }).map((r) => r.name)).toEqual([
      'Iran',
      'Russia',
      'United States',
      'Vladimir Putin',
    ]);
    expect(sortRows(rows, { column: 'degree', descending: true }).map((r) => r.degree)).toEqual([
      5, 5, 1, 1,
    ]);
  });

  it('sorts statuses from most to least certain, not alphabetically', () => {
    const rows = relationRows(graph, all);
    const sorted = sortRows(rows, { column: 'status', descending: false }, relationKey);
    expect(sorted.map((r) => r.status)).toEqual([
      'stated',
      'stated',
      'stated',
      'stated',
      'reported',
      'denied',
    ]);
  });

  it('keeps file order without a sort, and does not touch its input', () => {
    const rows = relationRows(graph, all);
    const copy = [...rows];
    sortRows(rows, { column: 'from', descending: true }, relationKey);
    expect(rows).toEqual(copy);
    expect(sortRows(rows, null).map((r) => r.id)).toEqual(graph.edges.map((e) => e.id));
  });
});
