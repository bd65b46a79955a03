// The first placement of a big graph, before its layout has run: entities in
// breadth-first order along a Hilbert curve (domain/layoutPlan), so the first frame can be
// drawn at once. Kept apart from the worker bridge, which loads lazily.
import type { Core } from 'cytoscape';
import { initialPlacement } from '../domain/layoutPlan';

/** Relations as pairs of node indices, in `cy.nodes()` order. */
export function edgePairs(cy: Core): Uint32Array {
  const index = new Map<string, number>();
  cy.nodes().forEach((node, i) => {
    index.set(node.id(), i);
  });
  // Bundle edges stand for relations already there: they must not pull twice.
  const edges = cy.edges().not('.bundle');
  const pairs = new Uint32Array(edges.length * 2);
  edges.forEach((edge, k) => {
    pairs[2 * k] = index.get(edge.data('source') as string)!;
    pairs[2 * k + 1] = index.get(edge.data('target') as string)!;
  });
  return pairs;
}

/** Puts the entities at their first placement (already at the canvas's scale). */
export function placeInitially(cy: Core, edges: Uint32Array): Float32Array {
  const start = initialPlacement(cy.nodes().length, edges);
  cy.nodes().positions((_, i) => ({ x: start[2 * i]!, y: start[2 * i + 1]! }));
  return start;
}
