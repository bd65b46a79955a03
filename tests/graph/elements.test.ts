// Element data: the graph's own fields, plus what the stylesheet draws from them.
import { bundleStep, nodeSize, shorten, toElements } from '../../src/graph/elements';
import { sampleGraph } from '../fixtures/sampleGraph';

const graph = sampleGraph();
const elements = toElements(graph);
const dataOf = (id: string) => elements.find((e) => e.data.id === id)?.data;

describe('toElements', () => {
  it('makes one element per entity and relation, carrying the file fields', () => {
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(graph.nodes.length);
    // and one more edge per bundle (pairs with several relations): here Iran–Russia
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual([
      ...graph.edges.map((e) => e.id),
      'bundle:iran~russia',
    ]);
    expect(dataOf('bundle:iran~russia')).toMatchObject({
      source: 'iran',
      target: 'russia',
      count: 4,
      contested: 1,
      bundleLabel: '4 relations · 1 contested',
      bundleBadge: '4',
    });
    expect(dataOf('putin')).toMatchObject({ id: 'putin', label: 'Vladimir Putin', type: 'person' });
    expect(dataOf('us-accuses-iran')).toMatchObject({
      source: 'united-states',
      target: 'iran',
      relation: 'accuses',
      status: 'stated',
      relationLabel: 'accuses',
      edgeLabel: 'accuses: sending missiles to Russia',
    });
    expect(dataOf('putin-leads-russia')?.edgeLabel).toBe('leads');
  });

  it('sizes entities by how many relations they have', () => {
    // Iran and Russia have 5 relations each, Putin one.
    expect(dataOf('iran')?.size).toBeGreaterThan(dataOf('putin')?.size);
    expect(dataOf('iran')?.size).toBe(dataOf('russia')?.size);
  });

  it('gives every edge of a bundle the same spacing, whichever way it points', () => {
    // iran→russia ×3 and russia→iran ×1 are one bundle of four.
    const steps = ['iran-allies-russia', 'russia-rivals-iran', 'iran-supplies-russia-drones'].map(
      (id) => dataOf(id)?.step,
    );
    expect(new Set(steps).size).toBe(1);
    expect(steps[0]).toBe(bundleStep(4));
  });
});

describe('bundleStep and nodeSize', () => {
  it('narrows the spacing as a bundle grows, within limits', () => {
    expect(bundleStep(1)).toBeGreaterThanOrEqual(bundleStep(4));
    expect(bundleStep(12)).toBeLessThan(bundleStep(4));
    expect(bundleStep(200)).toBeGreaterThan(10);
  });

  it('grows nodes a little with degree, and caps the growth', () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(10));
    expect(nodeSize(1000)).toBe(nodeSize(2000));
    expect(nodeSize(1000)).toBeLessThanOrEqual(50);
  });
});

describe('shorten', () => {
  it('keeps short labels and cuts long ones at a word with an ellipsis', () => {
    expect(shorten('thousands of ‘Shahed’ drones')).toBe('thousands of ‘Shahed’ drones');
    const long =
      'short-range ballistic missiles for the war in Ukraine: alleged and a U.S. accusation';
    const cut = shorten(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(49);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
