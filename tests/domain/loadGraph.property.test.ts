// Property-based: whatever JSON-like value a file holds, the loader returns (never throws) a
// checked graph or a list of problems, each located by a JSON path. Work is bounded by
// counting, not timing: at most a few problems per value in the input (a missing object
// can lack all its required fields), so no check multiplies its output, or its work, per value.
import fc from 'fast-check';
import { loadGraph, loadGraphText } from '../../src/domain/loadGraph';
import type { LoadResult } from '../../src/domain/types';
import { sampleGraph } from '../fixtures/sampleGraph';

// A path: `version`, `edges[3].evidence[0]`, `["odd key"]`, `nodes[0]["__proto__"]`, or ''.
const JSON_PATH =
  /^(?:[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])(?:\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])*$/;

/** How many values (objects, arrays, leaves) a JSON-like value holds. */
function size(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, v) => n + size(v), 0);
  if (typeof value === 'object' && value !== null)
    return 1 + Object.values(value).reduce((n: number, v) => n + size(v), 0);
  return 1;
}

function expectWellFormed(result: LoadResult, inputSize: number) {
  if (result.ok) {
    expect(result.value.graph.sources.length).toBeGreaterThan(0);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(PER_VALUE * (inputSize + 1));
  for (const { path, message } of result.problems) {
    expect(path === '' || JSON_PATH.test(path), `not a JSON path: ${path}`).toBe(true);
    expect(message.length).toBeGreaterThan(0);
    expect(message).not.toContain('\n');
  }
}

const noFiles = () => undefined;
/** The most required fields of any object in the format (the graph itself has 8). */
const PER_VALUE = 10;

function parsedSize(text: string): number {
  try {
    return size(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return 1;
  }
}

// Names that trip plain-object look-ups, and strings that trip text handling.
const nastyKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'id');
const nastyString = fc.oneof(
  fc.string(),
  fc.constantFrom('constructor', '__proto__', 'valueOf', '\ud83d', '😀', '\u001b[2J', 'a\nb', ''),
);
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    nastyString,
    fc.integer({ min: -5, max: 500 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(nastyKey, fc.string()), tie('value'), { maxKeys: 4 }),
  ),
})).value;

it('never throws on arbitrary JSON values', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (raw) => {
      expectWellFormed(loadGraph(raw, noFiles), size(raw));
    }),
    { numRuns: 300 },
  );
});

it('never throws on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      expectWellFormed(loadGraphText(text, noFiles), parsedSize(text));
    }),
    { numRuns: 300 },
  );
});

it('never throws on a real graph with any field replaced by anything', () => {
  const fields = ['sources', 'statuses', 'entityTypes', 'relationTypes', 'nodes', 'edges'] as const;
  fc.assert(
    fc.property(
      fc.constantFrom(...fields),
      fc.nat(),
      fc.oneof(
        nastyKey,
        fc.constantFrom(
          'id',
          'source',
          'target',
          'type',
          'status',
          'start',
          'end',
          'quote',
          'file',
          'text',
          'relation',
        ),
      ),
      jsonish,
      (field, at, key, value) => {
        const graph = sampleGraph() as unknown as Record<string, Record<string, unknown>[]>;
        const items = graph[field]!;
        const item = items[at % items.length]!;
        Object.defineProperty(item, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        expectWellFormed(loadGraph(graph, noFiles), size(graph));
      },
    ),
    { numRuns: 500 },
  );
});

it('never throws when evidence offsets and quotes are anything', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -2, max: 400 }),
      fc.integer({ min: -2, max: 400 }),
      nastyString,
      fc.constantFrom('article', 'constructor', '__proto__'),
      (start, end, quote, source) => {
        const graph = sampleGraph();
        graph.edges[0]!.evidence = [{ source, start, end, quote }];
        expectWellFormed(loadGraph(graph, noFiles), size(graph));
      },
    ),
    { numRuns: 500 },
  );
});
