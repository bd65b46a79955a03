// The layout is the same on every load: two runs on fresh instances give the same
// positions, for the sample graph and for every graph file in graph-data/.
import type { Core } from 'cytoscape';
import { createCy } from '../../src/graph/createCy';
import { loadForceLayout, runLayout } from '../../src/graph/layout';
import { mulberry32, withSeededRandom } from '../../src/graph/seededRandom';
import { checkShape } from '../../src/domain/loadGraph';
import type { GraphFile } from '../../src/domain/schema';
import { sampleGraph } from '../fixtures/sampleGraph';

// fcose is loaded on demand in the app (src/graph/layout.ts); these tests run it directly.
beforeAll(() => loadForceLayout());

// Every graph file, the schema aside; a file that does not parse fails its test below
// rather than dropping out of the list.
const graphFiles = Object.entries(
  import.meta.glob<unknown>(['../../graph-data/*.json', '!../../graph-data/graph.schema.json'], {
    eager: true,
    import: 'default',
  }),
);

function parsed(raw: unknown): GraphFile {
  const result = checkShape(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.graph;
}

function laidOut(graph: GraphFile): Core {
  const cy = createCy(graph);
  runLayout(cy);
  return cy;
}

const positions = (cy: Core) => Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));

/** Pairs of entities whose shapes overlap (headless there are no labels to measure). */
function overlapping(cy: Core): string[] {
  const nodes = cy.nodes().map((n) => ({ id: n.id(), r: n.width() / 2, ...n.position() }));
  return nodes.flatMap((a, i) =>
    nodes
      .slice(i + 1)
      .filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + 10)
      .map((b) => `${a.id}–${b.id}`),
  );
}

describe('runLayout', () => {
  it('places the sample graph identically on two runs', () => {
    const first = positions(laidOut(sampleGraph()));
    // Consume Math.random in between, as the rest of the app would.
    for (let i = 0; i < 100; i++) Math.random();
    const second = positions(laidOut(sampleGraph()));
    expect(second).toEqual(first);
    expect(new Set(Object.values(first).map((p) => `${p.x},${p.y}`)).size).toBe(4);
  });

  it('places the bundled graph the same wherever its entities stood before', () => {
    // The app re-runs the layout from wherever the entities are (after another layout, a
    // drag); the first load and the shipped positions run it from where createCy puts them.
    const graph = parsed(
      graphFiles.find(([path]) => path.endsWith('/iran-russia-alliance.json'))?.[1],
    );
    const fresh = positions(laidOut(graph));
    const moved = createCy(graph);
    moved.nodes().forEach((n, i) => {
      n.position({ x: 1000.1 + 300 * Math.cos(i), y: -777.3 + 300 * Math.sin(i) });
    });
    runLayout(moved);
    expect(positions(moved)).toEqual(fresh);
  });

  it('restores Math.random after running', () => {
    const original = Math.random;
    laidOut(sampleGraph());
    expect(Math.random).toBe(original);
  });

  it('has graph files to lay out, the shipped one among them', () => {
    expect(graphFiles.map(([path]) => path)).toContain(
      '../../graph-data/iran-russia-alliance.json',
    );
  });

  it.each(graphFiles)(
    'places %s identically on two runs, no entities overlapping',
    (_path, raw) => {
      const graph = parsed(raw);
      expect(graph.nodes.length).toBeGreaterThan(0);
      const a = laidOut(graph);
      const b = laidOut(graph);
      expect(positions(b)).toEqual(positions(a));
      expect(a.nodes().length).toBe(graph.nodes.length);
      expect(overlapping(a)).toEqual([]);
    },
  );
});

describe('withSeededRandom', () => {
  it('gives the same sequence for the same seed and a different one for another', () => {
    const take = (seed: number) => withSeededRandom(seed, () => [Math.random(), Math.random()]);
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    const r = mulberry32(1);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
