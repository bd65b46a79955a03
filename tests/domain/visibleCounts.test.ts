import { visibleElements } from '../../src/domain/filters';
import { noFilters } from '../../src/domain/filters';
import { countVisible } from '../../src/domain/visibleCounts';
import { sampleGraph } from '../fixtures/sampleGraph';

describe('countVisible', () => {
  it('counts visible elements per relation type, entity type and status', () => {
    const graph = sampleGraph();
    const visible = visibleElements(graph, { ...noFilters, hiddenStatuses: ['stated'] });
    const counts = countVisible(graph, visible);
    expect(Object.fromEntries(counts.relation)).toEqual({ supplies: 2 });
    expect(Object.fromEntries(counts.status)).toEqual({ reported: 1, denied: 1 });
    expect(Object.fromEntries(counts.entity)).toEqual({ country: 3, person: 1 });
  });
});
