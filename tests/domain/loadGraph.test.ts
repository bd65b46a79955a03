// loadGraph end to end on the fixtures: each kind of invalid file is rejected with the JSON
// path and the words a person needs, and the valid fixtures load with their texts.
import { loadGraph, parseGraphText, resolveSourceTexts } from '../../src/domain/loadGraph';
import type { Problem } from '../../src/domain/types';
import { loadFixture, loadValidFixture, readFixture } from '../fixtures/loadFixture';

function problemsOf(result: ReturnType<typeof loadFixture>): Problem[] {
  return result.ok ? [] : result.problems;
}

/** Loads raw data whose sources are all inline. */
function loadRaw(raw: unknown) {
  return loadGraph(raw, () => undefined);
}

describe('parseGraphText', () => {
  it('says an empty or blank file is empty', () => {
    for (const text of ['', '  \n\t\n'])
      expect(parseGraphText(text)).toEqual({
        ok: false,
        problems: [{ path: '', message: 'the file is empty' }],
      });
  });

  it('reports a JSON syntax error with its line and column', () => {
    const result = parseGraphText(readFixture('not-json.txt'));
    expect(result.ok).toBe(false);
    const [problem] = result.ok ? [] : result.problems;
    expect(problem?.path).toBe('');
    expect(problem?.message).toMatch(/^not valid JSON: /);
    expect(problem?.message).toContain('line 4');
  });

  it('parses JSON, tolerating a byte-order mark', () => {
    expect(parseGraphText('\uFEFF{"version": 1}')).toEqual({ ok: true, value: { version: 1 } });
  });
});

describe('loadGraph rejects each kind of invalid file', () => {
  // [fixture, path of the one problem, words its message must contain]
  const cases: [string, string, string[]][] = [
    ['empty.json', '', ['the file is empty']],
    ['not-json.txt', '', ['not valid JSON']],
    ['top-level-array.json', '', ['expected a JSON object at the top level, got an array']],
    ['missing-nodes.json', 'nodes', ['required', '"nodes"', 'missing']],
    ['dangling-edge.json', 'edges[2].target', ['no node with id "iram"', 'did you mean "iran"']],
    [
      'unknown-relation-type.json',
      'edges[1].relation',
      ['no relation type', '"sells"', 'supplies'],
    ],
    ['quote-mismatch.json', 'edges[2].evidence[0]', ['quote not at 243–315', 'found at 253–325']],
    ['ambiguous-quote.json', 'nodes[0].evidence[0]', ['quote not at 0–32', '195–201', 'ambiguous']],
    ['offset-out-of-range.json', 'edges[0].evidence[0]', ['end 9000 is past the end', '349']],
    ['negative-offset.json', 'edges[0].evidence[0].start', ['0 or more', '-5']],
    ['duplicate-ids.json', 'edges[3].id', ['duplicate id "iran"', 'first used at nodes[1]']],
    ['duplicate-relation.json', 'edges[4]', ['same relation', 'edges[1]', 'iran-supplies-russia']],
    ['symmetric-duplicate.json', 'edges[4]', ['same relation', 'edges[0]', 'either direction']],
    ['unknown-attribution.json', 'edges[1].attributedTo[0]', ['no node', '"us-officials"']],
    ['missing-source-file.json', 'sources[0].file', ['cannot read "missing-article.txt"']],
  ];

  it.each(cases)('%s → %s', (fixture, path, words) => {
    const problems = problemsOf(loadFixture(fixture));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    for (const word of words) expect(problems[0]?.message).toContain(word);
  });
});

describe('loadGraph accepts valid files', () => {
  it('loads minimal-valid.json with the text of its inline source', () => {
    const { graph, texts } = loadValidFixture('minimal-valid.json');
    expect(graph.nodes.map((node) => node.label)).toEqual(['Russia', 'Iran', 'United States']);
    expect(texts['ashgabat-meeting']).toMatch(/^Russian President Vladimir Putin/);
  });

  it('loads html-payload.json, markup and all: escaping is the UI’s job, not the loader’s', () => {
    const { graph, texts } = loadValidFixture('html-payload.json');
    const payload = '<img src=x onerror=alert(1)>';
    expect(graph.nodes[0]?.label).toContain(payload);
    expect(graph.edges[0]?.evidence[0]?.quote).toContain(payload);
    expect(texts['filing']).toContain(payload);
  });
});

describe('loadGraph shape problems', () => {
  const valid = () =>
    loadValidFixture().graph as Record<string, unknown> &
      ReturnType<typeof loadValidFixture>['graph'];

  it('names an unknown key and suggests the near one', () => {
    const raw = valid();
    raw.nodes[0] = { ...raw.nodes[0]!, lable: 'Russia' } as (typeof raw.nodes)[0];
    expect(problemsOf(loadRaw(raw))).toEqual([
      { path: 'nodes[0].lable', message: 'unknown key "lable" (did you mean "label"?)' },
    ]);
  });

  it('lists the allowed keys when no known key is near', () => {
    const raw = { ...valid(), colour: 'red' };
    const [problem] = problemsOf(loadRaw(raw));
    expect(problem?.path).toBe('colour');
    expect(problem?.message).toContain('unknown key "colour"; allowed here: $schema, version');
  });

  it('says what type was expected and what was found', () => {
    const raw = { ...valid(), edges: 'none' };
    expect(problemsOf(loadRaw(raw))).toEqual([
      { path: 'edges', message: 'expected an array, got the string "none"' },
    ]);
  });

  it('rejects fractional and huge offsets without crashing', () => {
    const text = JSON.stringify(valid())
      .replace(/"start":\d+/, '"start":1.5')
      .replace(/"end":\d+/, '"end":1e400');
    const parsed = parseGraphText(text);
    const problems = parsed.ok ? problemsOf(loadRaw(parsed.value)) : parsed.problems;
    expect(problems).toEqual([
      {
        path: 'nodes[0].evidence[0].start',
        message: 'expected a whole number, got the number 1.5',
      },
      {
        path: 'nodes[0].evidence[0].end',
        message: 'expected a number, got a number too large for JSON',
      },
    ]);
  });

  it('reports every shape problem at once, not just the first', () => {
    const raw = { ...valid(), version: 2, title: '', statuses: [] };
    expect(problemsOf(loadRaw(raw)).map((p) => p.path)).toEqual(['version', 'title', 'statuses']);
  });

  it('skips the cross-reference checks until the shape is right', () => {
    const raw = valid();
    raw.edges[0]!.target = 'nobody';
    (raw as Record<string, unknown>).version = 2;
    expect(problemsOf(loadRaw(raw)).map((p) => p.path)).toEqual(['version']);
  });
});

describe('resolveSourceTexts', () => {
  const base = loadValidFixture().graph;
  const withSource = (source: object) => ({
    ...base,
    sources: [{ id: 'a', title: 'A', ...source }],
  });

  it('reads a file source through the reader, with the path as written', () => {
    const asked: string[] = [];
    const { texts, problems } = resolveSourceTexts(withSource({ file: 'texts/a.txt' }), (path) => {
      asked.push(path);
      return 'the text';
    });
    expect(asked).toEqual(['texts/a.txt']);
    expect(texts).toEqual({ a: 'the text' });
    expect(problems).toEqual([]);
  });

  it('requires exactly one of file and text', () => {
    const read = () => 'x';
    expect(resolveSourceTexts(withSource({}), read).problems).toEqual([
      { path: 'sources[0]', message: expect.stringContaining('needs either "file"') },
    ]);
    expect(resolveSourceTexts(withSource({ file: 'a.txt', text: 'x' }), read).problems).toEqual([
      { path: 'sources[0]', message: 'give either "file" or "text", not both' },
    ]);
  });
});
