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
  // Bundle edges stand for relations already there: they must not pull twice. (Checked
  // one by one: `.not('.bundle')` builds a second collection of every relation.)
  const pairs: number[] = [];
  cy.edges().forEach((edge) => {
    if (edge.hasClass('bundle')) return;
    pairs.push(
      index.get(edge.data('source') as string)!,
      index.get(edge.data('target') as string)!,
    );
  });
  return Uint32Array.from(pairs);
}

/** Puts the entities at their first placement (already at the canvas's scale). */
export function placeInitially(cy: Core, edges: Uint32Array): Float32Array {
  const start = initialPlacement(cy.nodes().length, edges);
  // In a batch: one notification for all the moves, not one per entity.
  cy.batch(() => {
    cy.nodes().positions((_, i) => ({ x: start[2 * i]!, y: start[2 * i + 1]! }));
  });
  return start;
}
