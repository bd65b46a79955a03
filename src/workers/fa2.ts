// ForceAtlas2 over flat arrays, a step at a time, for the layout worker (and its tests):
// graphology's iteration code runs on the node and edge matrices directly, so a step costs
// no graph conversion and the solver keeps its per-node speeds from one step to the next.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { Fa2Schedule } from '../domain/layoutPlan';

/** Properties per node and per edge in graphology-layout-forceatlas2's matrices (0.10). */
const PPN = 10;
const PPE = 3;

export interface Fa2Input {
  count: number;
  /** Pairs of node indices, one pair per relation. */
  edges: Uint32Array;
  /** Starting positions, x and y interleaved. */
  xy: Float32Array;
}

export interface Fa2Run {
  /** Runs `iterations` more iterations; returns the positions, x and y interleaved. */
  step(iterations: number): Float32Array;
}

export function startFa2(input: Fa2Input, settings: Fa2Schedule['settings']): Fa2Run {
  const { count, edges, xy } = input;
  const nodes = new Float32Array(count * PPN);
  for (let i = 0; i < count; i++) {
    const j = i * PPN;
    nodes[j] = xy[2 * i]!;
    nodes[j + 1] = xy[2 * i + 1]!;
    nodes[j + 6] = 1; // mass: 1 + weighted degree, added below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
  }
  const kept: number[] = [];
  for (let k = 0; k + 1 < edges.length; k += 2) {
    const a = edges[k]!;
    const b = edges[k + 1]!;
    // Self-relations pull nothing; indices outside the graph would corrupt the matrix.
    if (a !== b && a < count && b < count) kept.push(a, b);
  }
  const matrix = new Float32Array((kept.length / 2) * PPE);
  for (let e = 0; e < kept.length / 2; e++) {
    const a = kept[2 * e]!;
    const b = kept[2 * e + 1]!;
    matrix[e * PPE] = a * PPN;
    matrix[e * PPE + 1] = b * PPN;
    matrix[e * PPE + 2] = 1;
    nodes[a * PPN + 6]! += 1;
    nodes[b * PPN + 6]! += 1;
  }
  const full = {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    barnesHutTheta: 0.5,
    ...settings,
  };
  return {
    step(iterations) {
      for (let i = 0; i < iterations; i++) iterate(full, nodes, matrix);
      const out = new Float32Array(count * 2);
      for (let i = 0; i < count; i++) {
        out[2 * i] = nodes[i * PPN]!;
        out[2 * i + 1] = nodes[i * PPN + 1]!;
      }
      return out;
    },
  };
}
