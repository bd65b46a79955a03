import {
  FCOSE_MAX_NODES,
  breadthFirstOrder,
  chooseLayout,
  fa2Schedule,
  hilbertCell,
  initialPlacement,
  scaleToEdgeLength,
} from '../../src/domain/layoutPlan';

describe('chooseLayout', () => {
  it('keeps fcose for small graphs and moves bigger ones to the worker', () => {
    expect(chooseLayout(28)).toBe('fcose');
    expect(chooseLayout(FCOSE_MAX_NODES)).toBe('fcose');
    expect(chooseLayout(FCOSE_MAX_NODES + 1)).toBe('forceatlas2');
  });
});

describe('fa2Schedule', () => {
  it('uses Barnes–Hut only past 2,000 entities and redraws big graphs less often', () => {
    expect(fa2Schedule(1000).settings.barnesHutOptimize).toBe(false);
    expect(fa2Schedule(5000).settings.barnesHutOptimize).toBe(true);
    expect(fa2Schedule(500).redrawEveryMs).toBe(0);
    expect(fa2Schedule(20000).redrawEveryMs).toBeGreaterThan(fa2Schedule(5000).redrawEveryMs);
  });
});

describe('hilbertCell', () => {
  it('visits every cell of the grid once, each step to a neighbouring cell', () => {
    const side = 8;
    const seen = new Set<string>();
    let previous: [number, number] | null = null;
    for (let d = 0; d < side * side; d++) {
      const [x, y] = hilbertCell(side, d);
      expect(x >= 0 && x < side && y >= 0 && y < side).toBe(true);
      seen.add(`${x},${y}`);
      if (previous) expect(Math.abs(x - previous[0]) + Math.abs(y - previous[1])).toBe(1);
      previous = [x, y];
    }
    expect(seen.size).toBe(side * side);
  });
});

describe('breadthFirstOrder', () => {
  it('lists each component breadth-first, every entity once', () => {
    // 0–1, 0–2, 2–3; 4 alone; 5–6
    const edges = Uint32Array.from([0, 1, 0, 2, 2, 3, 5, 6]);
    expect([...breadthFirstOrder(7, edges)]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const chain = Uint32Array.from([3, 2, 2, 1, 1, 0]);
    expect([...breadthFirstOrder(4, chain)]).toEqual([0, 1, 2, 3]);
  });
});

describe('initialPlacement', () => {
  it('gives every entity its own spot, neighbours in a chain close together', () => {
    const n = 100;
    const chain = new Uint32Array((n - 1) * 2);
    for (let i = 0; i < n - 1; i++) chain.set([i, i + 1], 2 * i);
    const xy = initialPlacement(n, chain);
    const spots = new Set<string>();
    for (let i = 0; i < n; i++) spots.add(`${xy[2 * i]},${xy[2 * i + 1]}`);
    expect(spots.size).toBe(n);
    for (let i = 0; i < n - 1; i++) {
      const d = Math.hypot(xy[2 * i]! - xy[2 * i + 2]!, xy[2 * i + 1]! - xy[2 * i + 3]!);
      expect(d).toBeCloseTo(60, 5);
    }
  });
});

describe('scaleToEdgeLength', () => {
  it('brings the median relation length to the target', () => {
    // Three relations of lengths 1, 2 and 10: the median is 2.
    const xy = Float32Array.from([0, 0, 1, 0, 3, 0, 13, 0]);
    const edges = Uint32Array.from([0, 1, 1, 2, 2, 3]);
    expect(scaleToEdgeLength(xy, edges, 90)).toBe(45);
  });

  it('is 1 when no relation has a length', () => {
    expect(scaleToEdgeLength(Float32Array.from([5, 5]), new Uint32Array(0))).toBe(1);
  });
});
