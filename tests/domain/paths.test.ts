import { findPaths, type ExplainedPath } from '../../src/domain/paths';
import { noFilters, visibleElements } from '../../src/domain/filters';
import type { GraphFile } from '../../src/domain/schema';
import { sampleGraph, span } from '../fixtures/sampleGraph';
import { loadBundled } from '../fixtures/bundledGraph';

const all = (g: GraphFile) => visibleElements(g, noFilters);

function found(result: ReturnType<typeof findPaths>): readonly ExplainedPath[] {
  if (result.kind !== 'found') throw new Error(`expected paths, got: ${result.message}`);
  return result.paths;
}

describe('findPaths on the sample graph', () => {
  const graph = sampleGraph();

  it('walks Putin → Russia → Iran → United States, reading each hop as its claim', () => {
    const [path] = found(
      findPaths(graph, all(graph), { from: 'putin', to: 'united-states', directed: false }),
    );
    expect(path!.nodes).toEqual(['putin', 'russia', 'iran', 'united-states']);
    expect(path!.hops.map((h) => h.sentence)).toEqual([
      'Vladimir Putin leads Russia',
      // Of the four Russia–Iran relations, the stated alliance carries the hop.
      'Iran allies with Russia',
      'United States accuses Iran',
    ]);
    expect(path!.hops.map((h) => h.evidence.quote)).toEqual([
      'Putin leads Russia',
      'Russia and Iran deepened their alliance',
      'The U.S. accused Iran of sending missiles',
    ]);
    expect(path!.weakestStatusLabel).toBe('stated');
  });

  it('reports the weakest status when only a hedged relation links two entities', () => {
    const visible = visibleElements(graph, {
      ...noFilters,
      hiddenRelationTypes: ['allies_with', 'rivals_with'],
    });
    const [path] = found(
      findPaths(graph, visible, { from: 'putin', to: 'united-states', directed: false }),
    );
    expect(path!.hops[1]!.sentence).toBe('Iran supplies Russia');
    expect(path!.hops[1]!.statusId).toBe('reported');
    expect(path!.weakestStatusId).toBe('reported');
  });

  it('following direction, an accusation cannot be walked backwards', () => {
    expect(
      findPaths(graph, all(graph), { from: 'putin', to: 'united-states', directed: true }),
    ).toEqual({
      kind: 'none',
      message: 'No connection with the current filters.',
    });
    const [path] = found(
      findPaths(graph, all(graph), { from: 'putin', to: 'iran', directed: true }),
    );
    // Symmetric relations are walked either way: Russia allies with Iran and Iran with Russia.
    expect(path!.nodes).toEqual(['putin', 'russia', 'iran']);
  });

  it('says plainly when the filters cut the connection', () => {
    const visible = visibleElements(graph, { ...noFilters, hiddenRelationTypes: ['accuses'] });
    expect(
      findPaths(graph, visible, { from: 'putin', to: 'united-states', directed: false }),
    ).toEqual({
      kind: 'none',
      message: 'No connection with the current filters.',
    });
  });

  it('names a hidden or unknown endpoint, and refuses a path to itself', () => {
    const visible = visibleElements(graph, { ...noFilters, hiddenEntityTypes: ['person'] });
    expect(findPaths(graph, visible, { from: 'putin', to: 'iran', directed: false })).toEqual({
      kind: 'none',
      message: 'Vladimir Putin is hidden by the current filters.',
    });
    expect(findPaths(graph, all(graph), { from: 'nobody', to: 'iran', directed: false })).toEqual({
      kind: 'none',
      message: 'There is no entity "nobody".',
    });
    expect(findPaths(graph, all(graph), { from: 'iran', to: 'iran', directed: false }).kind).toBe(
      'none',
    );
  });
});

describe('alternatives', () => {
  // A diamond with a tail: a→b→d and a→c→d, b's side stated, c's side alleged, plus a
  // long way round a→e→f→d.
  function diamond(): GraphFile {
    const g = sampleGraph();
    const ev = span('Putin leads Russia');
    const node = (id: string) => ({
      id,
      label: id.toUpperCase(),
      type: 'country',
      aliases: [],
      summary: 's',
      evidence: [ev],
    });
    const edge = (source: string, target: string, status: string) => ({
      id: `${source}-${target}`,
      source,
      target,
      relation: 'allies_with',
      status,
      evidence: [ev],
    });
    g.nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map(node);
    g.edges = [
      edge('a', 'c', 'alleged'),
      edge('c', 'd', 'stated'),
      edge('a', 'b', 'stated'),
      edge('b', 'd', 'stated'),
      edge('a', 'e', 'stated'),
      edge('e', 'f', 'stated'),
      edge('f', 'd', 'stated'),
    ];
    return g;
  }

  it('gives up to three paths, shortest first, the firmer of equal length first', () => {
    const g = diamond();
    const paths = found(findPaths(g, all(g), { from: 'a', to: 'd', directed: false }));
    expect(paths.map((p) => p.nodes.join(''))).toEqual(['abd', 'acd', 'aefd']);
    expect(paths.map((p) => p.weakestStatusId)).toEqual(['stated', 'alleged', 'stated']);
  });

  it('never gives the same path twice', () => {
    const g = diamond();
    g.edges = g.edges.filter((e) => e.source !== 'a' || e.target === 'b');
    const paths = found(findPaths(g, all(g), { from: 'a', to: 'd', directed: false }));
    expect(paths.map((p) => p.nodes.join(''))).toEqual(['abd']);
  });
});

describe('on the bundled article', () => {
  const { graph, texts } = loadBundled();
  const byLabel = (label: string) => graph.nodes.find((n) => n.label === label)!.id;

  it('connects Ken McCallum to Azerbaijan in at least three hops, each quoted verbatim', () => {
    const [path] = found(
      findPaths(graph, all(graph), {
        from: byLabel('Ken McCallum'),
        to: byLabel('Azerbaijan'),
        directed: false,
      }),
    );
    expect(path!.hops.length).toBeGreaterThanOrEqual(3);
    for (const hop of path!.hops) {
      const text = texts[hop.evidence.source]!;
      expect(text.slice(hop.evidence.start, hop.evidence.end)).toBe(hop.evidence.quote);
    }
    expect(path!.nodes[0]).toBe(byLabel('Ken McCallum'));
    expect(path!.nodes.at(-1)).toBe(byLabel('Azerbaijan'));
  });
});
