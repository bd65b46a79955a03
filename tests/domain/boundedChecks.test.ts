// Inputs that used to keep the validator busy for minutes: each now gets its problems reported
// with bounded work (a few listed occurrences, no suggestion for a name nobody could mistype).
// No timing here (see tests/bench/hostile.bench.ts); a regression shows as a test timeout.
import { closest, editDistance } from '../../src/domain/closest';
import { fixOffsets } from '../../src/domain/fixOffsets';
import { loadGraph } from '../../src/domain/loadGraph';
import { findOccurrences, locate } from '../../src/domain/quotes';
import type { GraphFile } from '../../src/domain/schema';
import { danglingGraph, longIdGraph, oneLetterQuoteGraph } from '../fixtures/hostileGraphs';
import { sampleGraph } from '../fixtures/sampleGraph';

const noFiles = () => undefined;

function problemsOf(graph: GraphFile) {
  const result = loadGraph(graph, noFiles);
  return result.ok ? [] : result.problems;
}

it('reports 1,000 dangling relations among 100,000 entities, each once', () => {
  const problems = problemsOf(danglingGraph(100_000, 1000));
  expect(problems).toHaveLength(1000);
  expect(problems[0]).toEqual({ path: 'edges[0].target', message: 'no node with id "missing-0"' });
  expect(problems[999]!.path).toBe('edges[999].target');
});

it('reports a 20,000-character dangling source, shortened, with no suggestion', () => {
  const problems = problemsOf(longIdGraph(20_000)).filter((p) => p.path === 'edges[0].source');
  expect(problems).toEqual([
    {
      path: 'edges[0].source',
      message:
        `no node with id "${'a'.repeat(200)}… (19800 more)"; ` +
        `declared: ${'a'.repeat(200)}… (19800 more), iran, united-states, putin`,
    },
  ]);
});

it('lists a few of the millions of places a one-letter quote occurs in a 20 MB text', () => {
  const graph = oneLetterQuoteGraph(20 * 1024 * 1024);
  const problems = problemsOf(graph);
  expect(problems).toHaveLength(graph.nodes.length + graph.edges.length);
  expect(problems[0]).toEqual({
    path: 'nodes[0].evidence[0]',
    message: 'quote not at 3–5; found at 0–1, 1–2, 2–3, 3–4, 4–5 and at least 995 more (ambiguous)',
  });
});

it('stops searching for misplaced quotes after a hundred, still reporting each', () => {
  const text = `${'y'.repeat(100_000)} the end`;
  const graph = sampleGraph();
  graph.sources = [{ id: 'article', title: 'Long', text }];
  const evidence = [{ source: 'article', start: 0, end: 3, quote: 'absent' }];
  graph.nodes = Array.from({ length: 150 }, (_, i) => ({
    ...graph.nodes[0]!,
    id: `entity-${i}`,
    evidence,
  }));
  graph.edges = [];
  const problems = problemsOf(graph);
  expect(problems).toHaveLength(150);
  expect(problems[99]!.message).toBe(
    'quote not at 0–3; the quote does not occur in the source "article"',
  );
  expect(problems[100]!.message).toBe(
    'quote not at 0–3; the quote was not searched for (too many misplaced quotes in this file)',
  );
});

describe('bounded searches', () => {
  it('lists the first occurrences and counts the rest up to a cap', () => {
    expect(findOccurrences('aaaaaaaa', 'a')).toEqual([0, 1, 2, 3, 4]);
    expect(findOccurrences('aaaaaaaa', 'a', 2)).toEqual([0, 1]);
    expect(locate('a'.repeat(12), 'a')).toEqual({ starts: [0, 1, 2, 3, 4], count: 12 });
    expect(locate('a'.repeat(5000), 'a').count).toBe(1000);
  });

  it('gives up on the edit distance once past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz')).toBe(6);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a'.repeat(10), 'a'.repeat(30), 5)).toBe(6);
  });

  it('suggests nothing for names too long to be typos', () => {
    const long = 'n'.repeat(65);
    expect(closest(long, [`${long}x`])).toBeUndefined();
    expect(closest('n'.repeat(64), ['n'.repeat(63)])).toBe('n'.repeat(63));
  });
});

it('describes at most a hundred quotes --fix cannot move, and refuses every one', () => {
  const graph = oneLetterQuoteGraph(10_000);
  graph.nodes = Array.from({ length: 150 }, (_, i) => ({ ...graph.nodes[0]!, id: `e-${i}` }));
  const { refused, fixed } = fixOffsets(graph, { article: 'x'.repeat(10_000) });
  expect(fixed).toEqual([]);
  expect(refused).toHaveLength(150 + graph.edges.length);
  expect(refused[0]!.message).toBe(
    'cannot fix offsets: quote found at 0–1, 1–2, 2–3, 3–4, 4–5 and at least 995 more (ambiguous)',
  );
  expect(refused[100]!.message).toBe('cannot fix offsets: quote found more than once (ambiguous)');
});
