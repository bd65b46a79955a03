// How a graph gets its positions, as pure decisions: which layout for its size, how many
// ForceAtlas2 iterations in how many steps, a quick first placement to draw before the
// layout has run, and the scale that makes a ForceAtlas2 drawing match the canvas's sizes.

export interface Point {
  x: number;
  y: number;
}

/** fcose (synchronous, seeded, label-aware) up to this many entities; a worker above. */
export const FCOSE_MAX_NODES = 100;

export type LayoutKind = 'fcose' | 'forceatlas2';

export function chooseLayout(nodeCount: number): LayoutKind {
  return nodeCount <= FCOSE_MAX_NODES ? 'fcose' : 'forceatlas2';
}

export interface Fa2Schedule {
  iterations: number;
  /** Iterations per step; the worker reports positions after each step. */
  step: number;
  /** Least time between two redraws: redrawing a big graph is itself a long task. */
  redrawEveryMs: number;
  settings: {
    barnesHutOptimize: boolean;
    strongGravityMode: boolean;
    gravity: number;
    scalingRatio: number;
    slowDown: number;
  };
}

/**
 * Fewer iterations as graphs grow (each costs O(n log n) with Barnes–Hut); steps sized so
 * the drawing refreshes every second or so on a slow machine. Settings follow
 * graphology's inferSettings.
 */
export function fa2Schedule(nodeCount: number): Fa2Schedule {
  const iterations = nodeCount <= 1000 ? 400 : nodeCount <= 5000 ? 250 : 150;
  const step = nodeCount <= 1000 ? 50 : nodeCount <= 5000 ? 25 : 10;
  const redrawEveryMs = nodeCount <= 1000 ? 0 : nodeCount <= 5000 ? 2000 : 5000;
  return {
    iterations,
    step,
    redrawEveryMs,
    settings: {
      barnesHutOptimize: nodeCount > 2000,
      strongGravityMode: true,
      gravity: 0.05,
      scalingRatio: 10,
      slowDown: 1 + Math.log(Math.max(1, nodeCount)),
    },
  };
}

/** Room per entity in the first placement, in canvas pixels. */
const SPACING = 60;

/** Entities in breadth-first order, one connected component after another. */
export function breadthFirstOrder(count: number, edges: Uint32Array): Uint32Array {
  const degree = new Uint32Array(count + 1);
  for (let k = 0; k < edges.length; k++) degree[edges[k]! + 1]! += 1;
  for (let i = 0; i < count; i++) degree[i + 1]! += degree[i]!;
  const fill = degree.slice(0, count);
  const next = new Uint32Array(edges.length);
  for (let k = 0; k + 1 < edges.length; k += 2) {
    const a = edges[k]!;
    const b = edges[k + 1]!;
    next[fill[a]!++] = b;
    next[fill[b]!++] = a;
  }
  const order = new Uint32Array(count);
  const seen = new Uint8Array(count);
  let head = 0;
  let tail = 0;
  for (let root = 0; root < count; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    order[tail++] = root;
    while (head < tail) {
      const node = order[head++]!;
      for (let k = degree[node]!; k < degree[node + 1]!; k++) {
        const other = next[k]!;
        if (!seen[other]) {
          seen[other] = 1;
          order[tail++] = other;
        }
      }
    }
  }
  return order;
}

/** Cell (x, y) of the d-th step along a Hilbert curve filling a side × side grid. */
export function hilbertCell(side: number, d: number): [number, number] {
  let x = 0;
  let y = 0;
  let t = d;
  for (let s = 1; s < side; s *= 2) {
    const rx = 1 & (t / 2);
    const ry = 1 & (t ^ rx);
    if (ry === 0) {
      if (rx === 1) {
        x = s - 1 - x;
        y = s - 1 - y;
      }
      [x, y] = [y, x];
    }
    x += s * rx;
    y += s * ry;
    t = Math.floor(t / 4);
  }
  return [x, y];
}

/**
 * Where entities stand before the layout has run: in breadth-first order along a Hilbert
 * curve, so related entities start close together. The first frame then shows short
 * relations (a random start draws a disk of criss-crossing lines, slow to paint and
 * useless to look at) and the layout has less to undo.
 */
export function initialPlacement(count: number, edges: Uint32Array): Float32Array {
  let side = 1;
  while (side * side < count) side *= 2;
  const order = breadthFirstOrder(count, edges);
  const xy = new Float32Array(count * 2);
  const centre = ((side - 1) * SPACING) / 2;
  for (let d = 0; d < count; d++) {
    const [cx, cy] = hilbertCell(side, d);
    const node = order[d]!;
    xy[2 * node] = cx * SPACING - centre;
    xy[2 * node + 1] = cy * SPACING - centre;
  }
  return xy;
}

/** The relation length the canvas is styled for (fcose's ideal edge length, roughly). */
export const TARGET_EDGE_LENGTH = 90;

/**
 * The factor that brings the median relation length of a drawing to `target`: ForceAtlas2
 * has its own units. 1 when there is nothing to measure.
 */
export function scaleToEdgeLength(
  xy: Float32Array,
  edges: Uint32Array,
  target = TARGET_EDGE_LENGTH,
): number {
  const lengths: number[] = [];
  for (let k = 0; k + 1 < edges.length; k += 2) {
    const a = edges[k]!;
    const b = edges[k + 1]!;
    const length = Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);
    if (length > 0) lengths.push(length);
  }
  if (lengths.length === 0) return 1;
  lengths.sort((p, q) => p - q);
  return target / lengths[Math.floor(lengths.length / 2)]!;
}
