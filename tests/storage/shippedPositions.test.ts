// The bundled graph's shipped positions: they cover exactly its entities (so a changed graph
// cannot ship a stale or partial picture), and they stand in only until the reader's own
// positions are saved.
import { readFileSync } from 'node:fs';
import { BUNDLED_GRAPH_ID } from '../../src/store/appStore';
import { shippedLayout, shippedLayoutOf } from '../../src/storage/shippedPositions';
import { createMemoryPositions, withShipped } from '../../src/storage/positions';

const graph = JSON.parse(readFileSync('graph-data/iran-russia-alliance.json', 'utf8')) as {
  nodes: { id: string }[];
};
const file = JSON.parse(
  readFileSync('graph-data/positions/iran-russia-alliance.positions.json', 'utf8'),
) as { graph: string; layout: string; positions: Record<string, unknown> };

describe('the shipped positions file', () => {
  it('has a position for every entity of the bundled graph and for nothing else', () => {
    const entities = graph.nodes.map((n) => n.id).sort();
    expect(Object.keys(file.positions).sort()).toEqual(entities);
  });

  it('names the bundled graph and the force-directed layout, with finite whole pixels', () => {
    expect(file.graph).toBe('iran-russia-alliance.json');
    expect(file.layout).toBe('force');
    for (const [id, p] of Object.entries(file.positions)) {
      expect(Array.isArray(p) && p.length === 2 && p.every(Number.isInteger), id).toBe(true);
    }
    const distinct = new Set(Object.values(file.positions).map((p) => String(p)));
    expect(distinct.size).toBe(graph.nodes.length);
  });
});

describe('shippedLayout', () => {
  it('gives the bundled graph its positions, as a Map, and no other graph any', () => {
    const layout = shippedLayout(BUNDLED_GRAPH_ID);
    expect(layout?.layout).toBe('force');
    expect(layout?.positions.size).toBe(graph.nodes.length);
    expect(layout?.positions.get('iran')).toEqual({
      x: (file.positions.iran as number[])[0],
      y: (file.positions.iran as number[])[1],
    });
    expect(shippedLayout('g-1234')).toBeNull();
  });

  it('keeps ids off the prototype', () => {
    const layout = shippedLayoutOf({ graph: 'x', layout: 'force', positions: { a: [1, 2] } });
    expect(layout.positions.get('constructor')).toBeUndefined();
    expect(layout.positions.get('a')).toEqual({ x: 1, y: 2 });
  });
});

describe('withShipped', () => {
  const shipped = { layout: 'force', positions: new Map([['a', { x: 1, y: 2 }]]) };
  const lookup = (id: string) => (id === 'g' ? shipped : null);

  it('falls back to the shipped layout until positions are saved, and after they are cleared', () => {
    const store = withShipped(createMemoryPositions(), lookup);
    expect(store.load('g')).toBe(shipped);
    expect(store.load('other')).toBeNull();
    const mine = { layout: 'circle', positions: new Map([['a', { x: 5, y: 6 }]]) };
    store.save('g', mine);
    expect(store.load('g')).toEqual(mine);
    store.clear('g');
    expect(store.load('g')).toBe(shipped);
  });
});
