// Cytoscape's cached bitmap survives changes to relations it does not draw (they are on
// our own layer), and is still thrown away for entities and for a shown path's relations.
import type { Core } from 'cytoscape';
import { keepLayerOnEdgeChanges } from '../../src/graph/keepLayerOnEdgeChanges';

const ele = (edge: boolean, classes: string[] = []) => ({
  isEdge: () => edge,
  hasClass: (c: string) => classes.includes(c),
});

function fakeCy() {
  const invalidated: unknown[][] = [];
  const cache = {
    invalidateElements: (eles: ArrayLike<unknown>) => invalidated.push([...Array.from(eles)]),
  };
  const cy = { renderer: () => ({ data: { lyrTxrCache: cache } }) } as unknown as Core;
  return { cy, cache, invalidated };
}

describe('keepLayerOnEdgeChanges', () => {
  it('passes entities and path relations on, and holds back the other relations', () => {
    const { cy, cache, invalidated } = fakeCy();
    const stats = keepLayerOnEdgeChanges(cy);
    const node = ele(false);
    const pathEdge = ele(true, ['on-path']);
    const edge = ele(true, ['hidden']);
    cache.invalidateElements([node, edge, pathEdge]);
    expect(invalidated).toEqual([[node, pathEdge]]);
    expect(stats).toEqual({ passed: 2, held: 1 });
  });

  it('passes nothing on for a change to relations alone', () => {
    const { cy, cache, invalidated } = fakeCy();
    keepLayerOnEdgeChanges(cy);
    cache.invalidateElements([ele(true), ele(true)]);
    // An empty list: Cytoscape neither drops its bitmap nor pauses its use.
    expect(invalidated).toEqual([[]]);
  });

  it('does nothing without a canvas renderer (headless, or WebGL)', () => {
    const cy = { renderer: () => undefined } as unknown as Core;
    expect(keepLayerOnEdgeChanges(cy)).toBeNull();
  });
});
