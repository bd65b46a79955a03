// Size by importance on a headless canvas: sizes follow the measure and "Default" restores
// the size each entity started with.
import { createCy } from '../../src/graph/createCy';
import { applySizes } from '../../src/graph/useSizeController';
import { importance, MAX_SIZE, MIN_SIZE } from '../../src/domain/importance';
import { noFilters, visibleElements } from '../../src/domain/filters';
import { sampleGraph } from '../fixtures/sampleGraph';

it('sizes by betweenness, then back to the default', () => {
  const graph = sampleGraph();
  const cy = createCy(graph);
  const size = (id: string) => cy.getElementById(id).data('size') as number;
  const before = { russia: size('russia'), putin: size('putin') };
  applySizes(cy, importance(graph, visibleElements(graph, noFilters), 'betweenness'));
  expect(size('russia')).toBe(MAX_SIZE);
  expect(size('putin')).toBe(MIN_SIZE);
  applySizes(cy, importance(graph, visibleElements(graph, noFilters), 'none'));
  expect({ russia: size('russia'), putin: size('putin') }).toEqual(before);
});
