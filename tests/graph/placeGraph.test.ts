// The first placement without fcose in the first load: the bundled graph is drawn at its
// shipped positions and never needs fcose; a small graph with nothing saved gets fcose
// loaded ahead (preparePlacement, tests/graph/preparePlacement.test.ts, a file of its own
// since fcose once loaded stays registered), or, if it was not, is drawn at once and laid
// out when the code arrives. The tests run in order.
import { createCy } from '../../src/graph/createCy';
import { forceLayoutReady, runLayout } from '../../src/graph/layout';
import { placeGraph, preparePlacement } from '../../src/graph/placeGraph';
import { BUNDLED_GRAPH_ID, createAppStore } from '../../src/store/appStore';
import { createMemoryPositions, withShipped } from '../../src/storage/positions';
import { shippedLayout } from '../../src/storage/shippedPositions';
import { loadBundled } from '../fixtures/bundledGraph';
import { sampleGraph, sampleLoaded } from '../fixtures/sampleGraph';
import type { Core } from 'cytoscape';

const positionsOf = (cy: Core) =>
  Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

describe('before fcose is loaded', () => {
  it('draws the bundled graph at its shipped positions, without asking for fcose', async () => {
    const positions = withShipped(createMemoryPositions(), shippedLayout);
    const ids = loadBundled().graph.nodes.map((n) => n.id);
    await preparePlacement(BUNDLED_GRAPH_ID, ids, positions);
    expect(forceLayoutReady()).toBe(false);

    const loaded = loadBundled();
    const cy = createCy(loaded.graph);
    placeGraph(cy, createAppStore({ graphId: BUNDLED_GRAPH_ID, loaded }), positions);
    const shipped = shippedLayout(BUNDLED_GRAPH_ID)!.positions;
    expect(positionsOf(cy)).toEqual(Object.fromEntries(shipped));
    expect(forceLayoutReady()).toBe(false);
  });

  it('draws a small graph at once and lays it out with fcose when the code arrives', async () => {
    const cy = createCy(sampleGraph());
    const positions = createMemoryPositions();
    const store = createAppStore({ graphId: 'g', loaded: sampleLoaded() });
    placeGraph(cy, store, positions);
    // The first placement: every entity somewhere of its own, before any layout ran.
    const first = positionsOf(cy);
    expect(new Set(Object.values(first).map((p) => `${p.x},${p.y}`)).size).toBe(cy.nodes().length);
    expect(positions.load('g')).toBeNull();

    await vi.waitFor(() => expect(positions.load('g')).not.toBeNull());
    const reference = createCy(sampleGraph());
    runLayout(reference);
    expect(positionsOf(cy)).toEqual(positionsOf(reference));
  });
});
