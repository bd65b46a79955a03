import { MAX_GRAPH_BYTES, planOpen, readFromChosen } from '../../src/domain/graphFiles';

describe('planOpen', () => {
  it('takes the one .json as the graph and the rest as its texts', () => {
    expect(
      planOpen([
        { name: 'a.txt', size: 10 },
        { name: 'graph.JSON', size: 10 },
        { name: 'b.md', size: 10 },
      ]),
    ).toEqual({ ok: true, kind: 'graph', graph: 1, texts: [0, 2] });
  });

  it('takes a CSV and one text file as claims to import', () => {
    expect(
      planOpen([
        { name: 'article.txt', size: 10 },
        { name: 'claims.csv', size: 10 },
      ]),
    ).toEqual({ ok: true, kind: 'claims', csv: 1, text: 0 });
    const alone = planOpen([{ name: 'claims.csv', size: 10 }]);
    expect(alone.ok ? '' : alone.problems[0]!.message).toMatch(/needs the article's text/);
  });

  it('refuses a file over 50 MB before reading it, naming it and its size', () => {
    const plan = planOpen([{ name: 'huge.json', size: MAX_GRAPH_BYTES + 1 }]);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems[0]!.message).toBe(
      'huge.json is 50.0 MB; files over 50.0 MB are not opened',
    );
  });

  it('refuses files that are fine alone but too big together', () => {
    const half = MAX_GRAPH_BYTES / 2 + 1;
    const plan = planOpen([
      { name: 'g.json', size: half },
      { name: 't.txt', size: half },
    ]);
    expect(plan.ok ? '' : plan.problems[0]!.message).toMatch(/add up to 50.0 MB/);
  });

  it('says what is missing when no graph or two graphs are chosen', () => {
    const none = planOpen([{ name: 'a.txt', size: 1 }]);
    expect(none.ok ? '' : none.problems[0]!.message).toMatch(/none of the files is a graph/);
    const two = planOpen([
      { name: 'a.json', size: 1 },
      { name: 'b.json', size: 1 },
    ]);
    expect(two.ok ? '' : two.problems[0]!.message).toMatch(
      /one graph file at a time.*a.json, b.json/,
    );
    const empty = planOpen([]);
    expect(empty.ok ? '' : empty.problems[0]!.message).toBe('no file was chosen');
  });
});

describe('readFromChosen', () => {
  it('finds a source file by its path, else by its name alone', () => {
    const read = readFromChosen(new Map([['article.txt', 'TEXT']]));
    expect(read('article.txt')).toBe('TEXT');
    expect(read('texts/article.txt')).toBe('TEXT');
    expect(read('other.txt')).toBeUndefined();
    expect(read('constructor')).toBeUndefined();
  });
});
