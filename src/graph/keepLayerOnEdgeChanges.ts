// Cytoscape's 2D renderer keeps a bitmap of everything it drew (its layered texture cache)
// and blits it while nothing changes. A style change on any element throws the bitmap away
// and the next frames repaint every element one by one (~20 µs each here): on a graph of
// thousands that repaint was most of a filter's cost. When the relations are drawn on our
// own layer (edgeLayer.ts) Cytoscape draws none of them, so a change that touches only
// relations (a filter, a bundle opening) cannot change its bitmap: this keeps the bitmap
// through such changes. A shown path's relations are Cytoscape's to draw: a change to one
// of them still counts.
import type { Core } from 'cytoscape';

interface Element {
  isEdge(): boolean;
  hasClass(name: string): boolean;
}
interface LayerCache {
  invalidateElements(eles: ArrayLike<Element>): void;
}
interface Renderer {
  data?: { lyrTxrCache?: LayerCache };
}

/** Counts of what the guard let through and held back, for tests. */
export interface LayerGuardStats {
  passed: number;
  held: number;
}

export function keepLayerOnEdgeChanges(cy: Core): LayerGuardStats | null {
  // Not typed by Cytoscape: the canvas renderer and its cache; absent headless or in WebGL.
  const renderer = (cy as unknown as { renderer(): Renderer | undefined }).renderer();
  const cache = renderer?.data?.lyrTxrCache;
  if (!cache || typeof cache.invalidateElements !== 'function') return null;
  const stats: LayerGuardStats = { passed: 0, held: 0 };
  const original = cache.invalidateElements.bind(cache);
  cache.invalidateElements = (eles) => {
    const drawnByCytoscape: Element[] = [];
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i]!;
      if (!ele.isEdge() || ele.hasClass('on-path')) drawnByCytoscape.push(ele);
    }
    stats.passed += drawnByCytoscape.length;
    stats.held += eles.length - drawnByCytoscape.length;
    original(drawnByCytoscape);
  };
  return stats;
}
