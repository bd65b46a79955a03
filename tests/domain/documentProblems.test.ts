import { documentProblems, refAtPath } from '../../src/domain/documentProblems';
import { sampleLoaded } from '../fixtures/sampleGraph';

describe('documentProblems', () => {
  it('finds nothing in a valid document and memoises on identity', () => {
    const loaded = sampleLoaded();
    expect(documentProblems(loaded)).toEqual([]);
    expect(documentProblems(loaded)).toBe(documentProblems(loaded));
  });

  it('reports what the loader reports, for file-based sources too', () => {
    const loaded = sampleLoaded();
    loaded.graph.sources = [{ id: 'article', title: 'A', file: 'a.txt' }];
    loaded.graph.edges[2]!.evidence[0]!.start += 1;
    expect(documentProblems(loaded)).toEqual([
      expect.objectContaining({ path: 'edges[2].evidence[0]' }),
    ]);
  });
});

describe('refAtPath', () => {
  it('goes from a problem path to its element', () => {
    const loaded = sampleLoaded();
    expect(refAtPath(loaded, 'edges[2].evidence[0]')).toEqual({
      kind: 'edge',
      id: 'iran-supplies-russia-missiles',
    });
    expect(refAtPath(loaded, 'nodes[0].type')).toEqual({ kind: 'node', id: 'russia' });
    expect(refAtPath(loaded, 'statuses[0].id')).toBeNull();
    expect(refAtPath(loaded, 'nodes[99]')).toBeNull();
  });
});
