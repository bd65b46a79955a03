import { intersectVisible, paragraphsOf, readSoFar } from '../../src/domain/readingOrder';
import type { GraphFile } from '../../src/domain/schema';
import { sampleGraph, span } from '../fixtures/sampleGraph';

const TEXT = 'Iran allies with Russia.\n\n- The U.S. accuses Iran.\nPutin leads Russia.';

function threeParagraphs(): GraphFile {
  const g = sampleGraph();
  const ev = (q: string) => [span(q, TEXT)];
  g.sources = [{ id: 'article', title: 't', text: TEXT }];
  g.nodes = g.nodes.map((n) => ({
    ...n,
    evidence: ev(n.id === 'putin' ? 'Putin' : n.id === 'united-states' ? 'U.S.' : 'Iran'),
  }));
  g.edges = [
    { ...g.edges[0]!, evidence: ev('Iran allies with Russia') },
    { ...g.edges.find((e) => e.id === 'us-accuses-iran')!, evidence: ev('The U.S. accuses Iran') },
    { ...g.edges.find((e) => e.id === 'putin-leads-russia')!, evidence: ev('Putin leads Russia') },
  ];
  return g;
}

describe('paragraphsOf', () => {
  it('gives each non-empty line, with its offsets', () => {
    const ps = paragraphsOf(TEXT);
    expect(ps.map((p) => TEXT.slice(p.start, p.end))).toEqual([
      'Iran allies with Russia.',
      '- The U.S. accuses Iran.',
      'Putin leads Russia.',
    ]);
  });
});

describe('readSoFar', () => {
  const g = threeParagraphs();
  it('shows only what the paragraphs read so far support, growing step by step', () => {
    const first = readSoFar(g, TEXT, 0);
    expect([...first.edges]).toEqual(['iran-allies-russia']);
    // Russia is only in the relation's passage: a relation read brings both its ends.
    expect([...first.nodes].sort()).toEqual(['iran', 'russia']);
    expect([...readSoFar(g, TEXT, 1).edges]).toEqual(['iran-allies-russia', 'us-accuses-iran']);
    const end = readSoFar(g, TEXT, 2);
    expect(end.edges.size).toBe(3);
    expect(end.nodes.has('putin')).toBe(true);
  });

  it('clamps a step past the end to the whole article', () => {
    expect(readSoFar(g, TEXT, 99)).toEqual(readSoFar(g, TEXT, 2));
  });

  it('intersects with what the filters show', () => {
    const both = intersectVisible(readSoFar(g, TEXT, 2), {
      nodes: new Set(['iran', 'russia']),
      edges: new Set(['iran-allies-russia', 'putin-leads-russia']),
    });
    expect([...both.edges]).toEqual(['iran-allies-russia', 'putin-leads-russia']);
    expect([...both.nodes].sort()).toEqual(['iran', 'russia']);
  });
});
