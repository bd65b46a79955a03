// The search index must answer exactly as a plain scan-normalise-sort over the graph would
// (the reference below), on the sample graph and on generated ones, while building once.
import fc from 'fast-check';
import { relationTitle } from '../../src/domain/describe';
import type { GraphFile } from '../../src/domain/schema';
import { buildSearchIndex, normalise, type SearchHit } from '../../src/domain/search';
import { sampleGraph } from '../fixtures/sampleGraph';
import { syntheticGraph } from '../bench/syntheticGraph';

function reference(graph: GraphFile, query: string, limit = 12): SearchHit[] {
  const q = normalise(query);
  if (q.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const node of graph.nodes) {
    const names = [node.label, ...node.aliases].map(normalise);
    const rank = names[0]!.startsWith(q)
      ? 0
      : names.some((n) => n.includes(q))
        ? 1
        : normalise(node.summary).includes(q)
          ? 2
          : -1;
    if (rank >= 0) hits.push({ ref: { kind: 'node', id: node.id }, title: node.label, rank });
  }
  for (const edge of graph.edges) {
    const title = relationTitle(graph, edge);
    if (normalise(title).includes(q))
      hits.push({ ref: { kind: 'edge', id: edge.id }, title, rank: 3 });
  }
  return hits.sort((a, b) => a.rank - b.rank || a.title.localeCompare(b.title)).slice(0, limit);
}

describe('buildSearchIndex', () => {
  const sample = sampleGraph();
  const sampleIndex = buildSearchIndex(sample);

  it.each(['ru', 'teh', 'iran', 'drones', 'a', 'e', 'deepened', 'zz', 'U.S', 'RUSSIA'])(
    'answers %j as a full scan would',
    (query) => {
      expect(sampleIndex.search(query)).toEqual(reference(sample, query));
      expect(sampleIndex.search(query, 3)).toEqual(reference(sample, query, 3));
    },
  );

  it('answers any query as a full scan would, on a generated graph', () => {
    const graph = syntheticGraph(120, 3);
    const index = buildSearchIndex(graph);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9 ]{0,4}$/),
        fc.integer({ min: 1, max: 30 }),
        (query, limit) => {
          expect(index.search(query, limit)).toEqual(reference(graph, query, limit));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not see a graph edited after it was built: a new graph needs a new index', () => {
    const graph = sampleGraph();
    const index = buildSearchIndex(graph);
    graph.nodes[0]!.label = 'Renamed';
    expect(index.search('renamed')).toEqual([]);
    expect(buildSearchIndex(graph).search('renamed')[0]?.title).toBe('Renamed');
  });
});
