import { normalise, searchGraph } from '../../src/domain/search';
import { sampleGraph } from '../fixtures/sampleGraph';

const graph = sampleGraph();

describe('searchGraph', () => {
  it('finds an entity by an alias', () => {
    expect(searchGraph(graph, 'teh')[0]?.ref).toEqual({ kind: 'node', id: 'iran' });
  });

  it('ranks names that start with the query first', () => {
    const titles = searchGraph(graph, 'ru').map((h) => h.title);
    expect(titles[0]).toBe('Russia');
  });

  it('finds relations by their description', () => {
    const hits = searchGraph(graph, 'drones');
    expect(hits.map((h) => h.ref)).toContainEqual({
      kind: 'edge',
      id: 'iran-supplies-russia-drones',
    });
  });

  it('returns nothing for a blank query and respects the limit', () => {
    expect(searchGraph(graph, '   ')).toEqual([]);
    expect(searchGraph(graph, 'r', 2)).toHaveLength(2);
  });

  it('ignores case, accents and curly apostrophes', () => {
    expect(normalise('  Pézeshkian’s ')).toBe("pezeshkian's");
  });
});
