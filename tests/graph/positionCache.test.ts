// Positions kept per graph: a graph opened again comes back where it was, a graph with an
// entity the cache does not know is laid out afresh, and graphs never share positions.
import { createCy } from '../../src/graph/createCy';
import {
  clearPositionCache,
  rememberPositions,
  restorePositions,
} from '../../src/graph/positionCache';
import { sampleGraph } from '../fixtures/sampleGraph';

afterEach(clearPositionCache);

describe('positionCache', () => {
  it('puts every entity back where it was for the same graph id', () => {
    const first = createCy(sampleGraph());
    first.nodes().positions((_, i) => ({ x: i * 100, y: -i * 7 }));
    rememberPositions('g1', first);

    const again = createCy(sampleGraph());
    expect(restorePositions('g1', again)).toBe(true);
    expect(again.getElementById('iran').position()).toEqual(
      first.getElementById('iran').position(),
    );
    expect(restorePositions('g2', createCy(sampleGraph()))).toBe(false);
  });

  it('restores nothing when the graph has an entity it has not seen', () => {
    rememberPositions('g1', createCy(sampleGraph()));
    const grown = sampleGraph();
    grown.nodes.push({ ...grown.nodes[0]!, id: 'newcomer' });
    const cy = createCy(grown);
    cy.nodes().positions(() => ({ x: 5, y: 5 }));
    expect(restorePositions('g1', cy)).toBe(false);
    expect(cy.getElementById('iran').position()).toEqual({ x: 5, y: 5 });
  });
});
