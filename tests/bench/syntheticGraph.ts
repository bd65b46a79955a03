// A larger graph for benchmarks, built from the sample's vocabularies: `n` entities in a
// ring with chords, every one with evidence in a generated text.
import type { GraphFile } from '../../src/domain/schema';
import type { LoadedGraph } from '../../src/domain/types';
import { sampleGraph } from '../fixtures/sampleGraph';

export function syntheticLoaded(n: number): LoadedGraph {
  const base = sampleGraph();
  const sentences = Array.from(
    { length: n },
    (_, i) => `Entity ${i} deals with entity ${(i + 1) % n}.`,
  );
  const text = sentences.join(' ');
  const offsets: number[] = [];
  let at = 0;
  for (const s of sentences) {
    offsets.push(at);
    at += s.length + 1;
  }
  const ev = (i: number) => {
    const quote = sentences[i]!;
    return { source: 'article', start: offsets[i]!, end: offsets[i]! + quote.length, quote };
  };
  const types = base.entityTypes.map((t) => t.id);
  const relations = base.relationTypes.map((t) => t.id);
  const statuses = base.statuses.map((s) => s.id);
  const graph: GraphFile = {
    ...base,
    sources: [{ id: 'article', title: 'Synthetic', text }],
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      label: `Entity ${i}`,
      type: types[i % types.length]!,
      aliases: [`E${i}`],
      summary: `Synthetic entity number ${i}.`,
      evidence: [ev(i)],
    })),
    edges: Array.from({ length: n * 2 }, (_, k) => {
      const i = k % n;
      const j = k < n ? (i + 1) % n : (i * 7 + 3) % n;
      return {
        id: `e${k}`,
        source: `n${i}`,
        target: `n${j === i ? (i + 1) % n : j}`,
        relation: relations[k % relations.length]!,
        label: `link ${k}`,
        status: statuses[k % statuses.length]!,
        evidence: [ev(i)],
      };
    }),
  };
  return { graph, texts: { article: text } };
}
