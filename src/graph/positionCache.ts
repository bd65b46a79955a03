// Positions per graph for this page's lifetime, so opening a graph again (the library
// switches graphs by remounting the canvas) draws it at once, without a layout.
// In memory only: persisting them across reloads belongs with the library's per-graph
// storage (src/storage), which can take these as they are.
import type { Core, NodeSingular } from 'cytoscape';
import type { Point } from '../domain/layoutPlan';

const cache = new Map<string, ReadonlyMap<string, Point>>();

export function rememberPositions(graphId: string, cy: Core): void {
  const positions = new Map<string, Point>();
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions.set(node.id(), { x, y });
  });
  cache.set(graphId, positions);
}

/** Puts every entity where it was last time; false (and nothing moved) unless all are known. */
export function restorePositions(graphId: string, cy: Core): boolean {
  const positions = cache.get(graphId);
  if (!positions) return false;
  const nodes = cy.nodes();
  if (nodes.some((node) => !positions.has((node as NodeSingular).id()))) return false;
  // Cytoscape types the callback's element loosely; it is always one of `nodes`.
  nodes.positions((node) => positions.get((node as NodeSingular).id())!);
  return true;
}

/** For tests: forget every graph. */
export function clearPositionCache(): void {
  cache.clear();
}
