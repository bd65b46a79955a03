// Ids and keys that are also properties of every JavaScript object. Look-ups by id must never
// find Object.prototype's members: `constructor` is a valid id, and `__proto__` a valid key.
import { loadGraph, loadGraphText, resolveSourceTexts } from '../../src/domain/loadGraph';
import { fixOffsets } from '../../src/domain/fixOffsets';
import { groupPassages } from '../../src/domain/passageGroups';
import { orphansOf } from '../../src/domain/reanchorGraph';
import { textOf, textsFrom, withText } from '../../src/domain/sourceTexts';
import { prototypeIdGraph } from '../fixtures/hostileGraphs';
import { sampleGraph, SAMPLE_TEXT } from '../fixtures/sampleGraph';

const noFiles = () => undefined;

it('loads a graph whose source, entity, types and status are all called "constructor"', () => {
  const result = loadGraph(prototypeIdGraph(), noFiles);
  expect(result.ok ? [] : result.problems).toEqual([]);
  if (result.ok) expect(result.value.texts.constructor).toBe(SAMPLE_TEXT);
});

it('reports evidence citing a source "constructor" that is not declared', () => {
  const graph = sampleGraph();
  graph.nodes[0]!.evidence[0]!.source = 'constructor';
  const result = loadGraph(graph, noFiles);
  expect(result.ok ? [] : result.problems).toEqual([
    {
      path: 'nodes[0].evidence[0].source',
      message: 'no source with id "constructor"; declared: article',
    },
  ]);
});

it('reports a source "constructor" whose file cannot be read, and nothing else', () => {
  const graph = prototypeIdGraph();
  graph.sources = [{ id: 'constructor', title: 'Missing', file: 'missing.txt' }];
  const result = loadGraph(graph, noFiles);
  expect(result.ok ? [] : result.problems).toEqual([
    { path: 'sources[0].file', message: 'cannot read "missing.txt" (relative to the graph file)' },
  ]);
});

it('builds the texts without a prototype', () => {
  const { texts } = resolveSourceTexts(sampleGraph(), noFiles);
  expect(Object.getPrototypeOf(texts)).toBeNull();
  expect(texts.toString).toBeUndefined();
});

it('rejects prototype names that are not valid ids, as ids', () => {
  for (const id of ['__proto__', 'toString', 'hasOwnProperty']) {
    const graph = sampleGraph();
    graph.entityTypes[0]!.id = id;
    const result = loadGraph(graph, noFiles);
    expect(result.ok ? [] : result.problems).toContainEqual({
      path: 'entityTypes[0].id',
      message: expect.stringMatching(/^ids are lowercase letters/),
    });
  }
});

it('treats "__proto__" keys in the file as unknown keys, polluting nothing', () => {
  const json = JSON.stringify(sampleGraph()).replace(
    '"version":1',
    '"__proto__":{"polluted":true},"version":1',
  );
  const result = loadGraphText(json.replace('"aliases"', '"__proto__":{"x":1},"aliases"'), noFiles);
  expect(result.ok ? [] : result.problems).toEqual([
    { path: 'nodes[0].__proto__', message: expect.stringMatching(/^unknown key "__proto__"/) },
    { path: '__proto__', message: expect.stringMatching(/^unknown key "__proto__"/) },
  ]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

it('fixes offsets in a source called "constructor"', () => {
  const graph = prototypeIdGraph();
  graph.nodes[0]!.evidence[0]!.start += 1;
  graph.nodes[0]!.evidence[0]!.end += 1;
  const { fixed } = fixOffsets(graph, { constructor: SAMPLE_TEXT });
  expect(fixed).toEqual(['nodes[0].evidence[0]: 1–40 → 0–39']);
});

describe('readers of the texts', () => {
  const span = { source: 'constructor', start: 0, end: 4, quote: 'Iran' };
  // A plain object, as tests and older code build them: it inherits `constructor`.
  const plain = { article: SAMPLE_TEXT };

  it('show a span of an unknown source "constructor" as its quote alone', () => {
    expect(groupPassages(plain, [span])).toHaveLength(1);
  });

  it('find no orphans in a source "constructor" they have no text for', () => {
    const graph = sampleGraph();
    graph.nodes[0]!.evidence = [span];
    expect(orphansOf(graph, plain)).toEqual([]);
  });

  it('keep the texts free of a prototype when one text changes', () => {
    const texts = withText(textsFrom([['article', 'a']]), 'constructor', 'b');
    expect(Object.getPrototypeOf(texts)).toBeNull();
    expect(textOf(texts, 'constructor')).toBe('b');
    expect(textOf(plain, 'constructor')).toBeUndefined();
    expect(textOf(plain, 'toString')).toBeUndefined();
  });
});
