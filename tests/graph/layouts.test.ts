// Every offered layout places every entity somewhere of its own, headless.
import { createCy } from '../../src/graph/createCy';
import { loadForceLayout } from '../../src/graph/layout';
import { layoutFor } from '../../src/graph/layouts/registry';
import { LAYOUTS } from '../../src/domain/viewOptions';
import { articleOrder } from '../../src/domain/articleOrder';
import { sampleGraph } from '../fixtures/sampleGraph';

// fcose is loaded on demand in the app; here once, up front.
beforeAll(() => loadForceLayout());

it.each(LAYOUTS.map((l) => l.id))('%s places every entity at its own finite position', (id) => {
  const graph = sampleGraph();
  const cy = createCy(graph);
  cy.elements()
    .layout(layoutFor(id, cy, graph, true))
    .run();
  const spots = cy
    .nodes()
    .map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`);
  expect(spots.every((s) => !s.includes('NaN'))).toBe(true);
  expect(new Set(spots).size).toBe(graph.nodes.length);
});

it('article order reads left to right in the order of first mention', () => {
  const graph = sampleGraph();
  const cy = createCy(graph);
  cy.elements()
    .layout(layoutFor('article', cy, graph, true))
    .run();
  const xs = articleOrder(graph).map((id) => cy.getElementById(id).position().x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
});
