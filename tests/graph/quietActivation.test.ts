// Pressing an entity of a graph of thousands does not mark it :active (two repaints of
// everything per click); small graphs keep Cytoscape's own feedback.
import { createCy } from '../../src/graph/createCy';
import { syntheticGraph } from '../bench/syntheticGraph';
import { sampleGraph } from '../fixtures/sampleGraph';

/** The (untyped) switches Cytoscape's pointer handling calls on press and release. */
type Pressable = { activate(): void; unactivate(): void; active(): boolean };
const pressable = (ele: unknown) => ele as Pressable;

describe('quiet activation', () => {
  it('leaves a big graph element unmarked and unrestyled when pressed', () => {
    const cy = createCy(syntheticGraph(1000, 4));
    let restyled = 0;
    cy.on('style', () => restyled++);
    const node = pressable(cy.getElementById('n0'));
    node.activate();
    expect(node.active()).toBe(false);
    node.unactivate();
    expect(restyled).toBe(0);
  });

  it('keeps the feedback on a small graph, even after a big one was made', () => {
    createCy(syntheticGraph(1000, 4));
    const cy = createCy(sampleGraph());
    const node = pressable(cy.getElementById('iran'));
    node.activate();
    expect(node.active()).toBe(true);
    node.unactivate();
    expect(node.active()).toBe(false);
  });
});
