// Cytoscape's cached bitmap survives changes to relations it does not draw (they are on
// our own layer), is still thrown away for entities and for a shown path's relations, and is
// rebuilt (a render asked for) once such changes settle.
import type { Core } from 'cytoscape';
import { keepBitmapCache } from '../../src/graph/bitmapCache';

const ele = (edge: boolean, classes: string[] = []) => ({
  isEdge: () => edge,
  hasClass: (c: string) => classes.includes(c),
});

function fakeCy() {
  const invalidated: unknown[][] = [];
  const cache = {
    invalidateElements: (eles: ArrayLike<unknown>) => invalidated.push([...Array.from(eles)]),
  };
  const renders = { count: 0 };
  const cy = {
    renderer: () => ({ data: { lyrTxrCache: cache } }),
    one: () => undefined,
    destroyed: () => false,
    forceRender: () => renders.count++,
  } as unknown as Core;
  return { cy, cache, invalidated, renders };
}

describe('keepBitmapCache', () => {
  it('passes entities and path relations on, and holds back the other relations', () => {
    const { cy, cache, invalidated } = fakeCy();
    const stats = keepBitmapCache(cy);
    const node = ele(false);
    const pathEdge = ele(true, ['on-path']);
    const edge = ele(true, ['hidden']);
    cache.invalidateElements([node, edge, pathEdge]);
    expect(invalidated).toEqual([[node, pathEdge]]);
    expect(stats).toEqual({ passed: 2, held: 1 });
  });

  it('passes nothing on for a change to relations alone', () => {
    const { cy, cache, invalidated } = fakeCy();
    keepBitmapCache(cy);
    cache.invalidateElements([ele(true), ele(true)]);
    // An empty list: Cytoscape neither drops its bitmap nor pauses its use.
    expect(invalidated).toEqual([[]]);
  });

  it('does nothing without a canvas renderer (headless, or WebGL)', () => {
    const cy = { renderer: () => undefined } as unknown as Core;
    expect(keepBitmapCache(cy)).toBeNull();
  });

  describe('once changes settle', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it("asks for one render after a burst of entity changes, past Cytoscape's pause", () => {
      const { cy, cache, renders } = fakeCy();
      keepBitmapCache(cy);
      for (let step = 0; step < 5; step++) {
        cache.invalidateElements([ele(false)]); // a layout step moves entities
        vi.advanceTimersByTime(100);
      }
      expect(renders.count).toBe(0);
      vi.advanceTimersByTime(300);
      expect(renders.count).toBe(1);
      vi.advanceTimersByTime(2000);
      expect(renders.count).toBe(1);
    });

    it('asks for nothing after a change to relations alone', () => {
      const { cy, cache, renders } = fakeCy();
      keepBitmapCache(cy);
      cache.invalidateElements([ele(true)]);
      vi.advanceTimersByTime(2000);
      expect(renders.count).toBe(0);
    });
  });
});
