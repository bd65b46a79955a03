import { entityRelations } from '../../src/domain/entityRelations';
import { sampleGraph } from '../fixtures/sampleGraph';

describe('entityRelations', () => {
  it('groups by relation type in declared order, with direction and the other end', () => {
    const groups = entityRelations(sampleGraph(), 'iran');
    expect(groups.map((g) => [g.type.id, g.relations.length])).toEqual([
      ['supplies', 2],
      ['allies_with', 1],
      ['accuses', 1],
      ['rivals_with', 1],
    ]);
    const flat = groups.flatMap((g) => g.relations.map((r) => [r.edge.id, r.direction, r.otherId]));
    expect(flat).toEqual([
      ['iran-supplies-russia-drones', 'out', 'russia'],
      ['iran-supplies-russia-missiles', 'out', 'russia'],
      ['iran-allies-russia', 'both', 'russia'],
      ['us-accuses-iran', 'in', 'united-states'],
      ['russia-rivals-iran', 'both', 'russia'],
    ]);
  });

  it('is empty for an entity without relations', () => {
    const graph = sampleGraph();
    graph.edges = [];
    expect(entityRelations(graph, 'iran')).toEqual([]);
  });
});
