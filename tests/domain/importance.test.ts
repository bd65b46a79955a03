import { importance, MAX_SIZE, MIN_SIZE, sizeFor } from '../../src/domain/importance';
import { noFilters, visibleElements } from '../../src/domain/filters';
import { sampleGraph } from '../fixtures/sampleGraph';

const graph = sampleGraph();
const all = visibleElements(graph, noFilters);

describe('importance', () => {
  it('by degree: visible relations, scaled to the busiest entity', () => {
    const scores = importance(graph, all, 'degree');
    // Iran and Russia have 5 relations each, the U.S. and Putin one.
    expect(Object.fromEntries(scores)).toEqual({
      russia: 1,
      iran: 1,
      'united-states': 0.2,
      putin: 0.2,
    });
  });

  it('by betweenness: the entities every path runs through', () => {
    const scores = importance(graph, all, 'betweenness');
    // Putin—Russia—Iran—U.S. is a chain: the middle two carry every path, the ends none.
    expect(scores.get('russia')).toBe(1);
    expect(scores.get('iran')).toBe(1);
    expect(scores.get('putin')).toBe(0);
    expect(scores.get('united-states')).toBe(0);
  });

  it('follows the filters, and is empty for "same size"', () => {
    const visible = visibleElements(graph, { ...noFilters, hiddenRelationTypes: ['accuses'] });
    expect(importance(graph, visible, 'betweenness').get('iran')).toBe(0);
    expect(importance(graph, all, 'none').size).toBe(0);
  });

  it('sizes from the smallest to the largest, and leaves the default size without a score', () => {
    expect(sizeFor(20, 0)).toBe(MIN_SIZE);
    expect(sizeFor(20, 1)).toBe(MAX_SIZE);
    expect(sizeFor(20, undefined)).toBe(20);
  });
});
