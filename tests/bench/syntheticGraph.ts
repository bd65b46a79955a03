// Larger graphs for benchmarks, built from the sample's vocabularies: `n` entities in
// clusters of 50 (a ring, chords inside the cluster, a few bridges between clusters — a
// shape closer to news graphs than a uniform random graph), `edgesPerNode × n` relations,
// every entity and relation with evidence in a generated text. Valid for the loader, so the
// browser benchmark can open it through the app's real loading path.
import type { GraphFile } from '../../src/domain/schema';
import type { LoadedGraph } from '../../src/domain/types';
import { sampleGraph } from '../fixtures/sampleGraph';

const CLUSTER = 50;

/** Where the k-th relation of entity i points, for round r = 0, 1, 2, … */
function targetOf(i: number, r: number, n: number): number {
  const cluster = Math.floor(i / CLUSTER) * CLUSTER;
  const size = Math.min(CLUSTER, n - cluster);
  const local = i - cluster;
  switch (r % 4) {
    case 0:
      return cluster + ((local + 1) % size);
    case 1:
      return cluster + ((local * 7 + 3 + r) % size);
    case 2:
      return cluster + ((local * 13 + 11 + r) % size);
    default:
      return (i * 31 + 17 * r + CLUSTER) % n;
  }
}

export function syntheticGraph(n: number, edgesPerNode = 2): GraphFile {
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
  // The loader rejects a second relation of the same type between the same two entities:
  // move to the next type (or skip the pair) when one is taken.
  const taken = new Set<string>();
  const edges: GraphFile['edges'] = [];
  for (let r = 0; r < edgesPerNode; r++) {
    for (let i = 0; i < n; i++) {
      let j = targetOf(i, r, n);
      if (j === i) j = (i + 1) % n;
      if (j === i) continue;
      const pair = i < j ? `${i}-${j}` : `${j}-${i}`;
      const k = edges.length;
      const relation = relations
        .map((_, d) => relations[(k + d) % relations.length]!)
        .find((rel) => !taken.has(`${pair}:${rel}`));
      if (!relation) continue;
      taken.add(`${pair}:${relation}`);
      edges.push({
        id: `e${k}`,
        source: `n${i}`,
        target: `n${j}`,
        relation,
        label: `link ${k}`,
        status: statuses[k % statuses.length]!,
        evidence: [ev(i)],
      });
    }
  }
  return {
    ...base,
    title: `Synthetic graph of ${n} entities`,
    sources: [{ id: 'article', title: 'Synthetic', text }],
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      label: `Entity ${i}`,
      type: types[i % types.length]!,
      aliases: [`E${i}`],
      summary: `Synthetic entity number ${i}.`,
      evidence: [ev(i)],
    })),
    edges,
  };
}

export function syntheticLoaded(n: number, edgesPerNode = 2): LoadedGraph {
  const graph = syntheticGraph(n, edgesPerNode);
  return { graph, texts: { article: graph.sources[0]!.text! } };
}
