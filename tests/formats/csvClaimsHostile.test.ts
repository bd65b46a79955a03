// The CSV-of-claims importer against hostile and huge input: every case ends in a specific
// problem or a bounded graph, quickly (a hang fails on the test timeout), and nothing in a
// cell reaches an object's prototype.
import Papa from 'papaparse';
import { MAX_CLAIM_ROWS, MAX_QUOTE_SEARCH_CHARS, importClaims } from '../../src/formats/csvClaims';
import { loadGraph } from '../../src/domain/loadGraph';
import { planOpen } from '../../src/domain/graphFiles';

const ARTICLE = 'Iran reportedly supplied Russia with drones. Russia and Iran signed a treaty.';
const HEADER = 'subject,relation,object,quote';
const options = { title: 'Hostile', sourceTitle: 'Article' };
const messages = (r: { problems: { path: string; message: string }[] }) =>
  r.problems.map((p) => `${p.path}: ${p.message}`);

describe('importClaims, hostile input', () => {
  it('refuses 200,000 rows of claims with the count and the limit, building nothing', () => {
    const row = 'Iran,supplies,Russia,Iran reportedly supplied Russia with drones\n';
    const result = importClaims(`${HEADER}\n${row.repeat(200_000)}`, ARTICLE, options);
    expect(result.graph).toBeNull();
    expect(messages(result)).toEqual([
      `: the CSV has more than ${MAX_CLAIM_ROWS.toLocaleString('en')} rows of claims, the most one import takes: split the spreadsheet`,
    ]);
  });

  it('refuses more quotes than can be looked for in a very long article, saying how many fit', () => {
    const text = `${'word '.repeat(1_000_000)}Iran reportedly supplied Russia with drones.`;
    const rows = Math.ceil(MAX_QUOTE_SEARCH_CHARS / text.length) + 1;
    expect(rows).toBeLessThan(MAX_CLAIM_ROWS);
    const csv = `${HEADER}\n${'Iran,supplies,Russia,not in the text\n'.repeat(rows)}`;
    const result = importClaims(csv, text, options);
    expect(result.graph).toBeNull();
    const fit = Math.floor(MAX_QUOTE_SEARCH_CHARS / text.length);
    expect(messages(result)).toEqual([
      `: an article of ${text.length.toLocaleString('en')} characters can be matched with at most ${fit.toLocaleString('en')} rows of claims; this CSV has ${rows.toLocaleString('en')}: split the spreadsheet`,
    ]);
  });

  it('reports a 20 MB cell as a quote not found, the message cut short', () => {
    const huge = 'x'.repeat(20 * 1024 * 1024);
    const result = importClaims(`${HEADER}\nIran,supplies,Russia,${huge}\n`, ARTICLE, options);
    expect(result.graph).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe('row 2');
    expect(result.problems[0]!.message.length).toBeLessThan(200);
  });

  it('names an unterminated quote by its row, in words a spreadsheet user understands', () => {
    const csv = `${HEADER}\nIran,supplies,Russia,Iran reportedly supplied Russia with drones\n"Russia,allies with,Iran,Russia and Iran signed a treaty\n`;
    const result = importClaims(csv, ARTICLE, options);
    expect(messages(result)).toContain(
      'row 3: a cell opens a quotation mark (") that is never closed, so the rest of the file was read as that one cell',
    );
    // the row before it still imports
    expect(result.anchored).toBe(1);
  });

  it('lists the header it found, cut short, when the columns are wrong', () => {
    const header = Array.from({ length: 5000 }, (_, i) => `column ${i}`).join(',');
    const result = importClaims(`${header}\n1,2,3\n`, ARTICLE, options);
    expect(result.graph).toBeNull();
    const [problem] = messages(result);
    expect(problem).toMatch(
      /^row 1: missing columns subject, relation, object, quote \(the header has: column 0, column 1, .*… and 4,9\d\d more\)$/,
    );
    expect(problem!.length).toBeLessThan(400);
  });

  it('says what is missing on short rows and ignores extra cells', () => {
    const csv = `${HEADER}\nIran,supplies\nIran,supplies,Russia,Iran reportedly supplied Russia with drones,extra,cells\n`;
    const result = importClaims(csv, ARTICLE, options);
    expect(messages(result)).toEqual(['row 2: no object, quote']);
    expect(result.anchored).toBe(1);
  });

  it('gives a clear problem for an empty file, a lone BOM and binary garbage', () => {
    expect(messages(importClaims('', ARTICLE, options))).toEqual([': the CSV is empty']);
    expect(messages(importClaims('\uFEFF', ARTICLE, options))).toEqual([': the CSV is empty']);
    const garbage = importClaims('\u0000\u0001\u0002PK\u0003\u0004\u0000', ARTICLE, options);
    expect(garbage.graph).toBeNull();
    expect(messages(garbage)).toEqual([
      ': this does not look like a CSV of claims: it holds control characters (a binary file?)',
    ]);
  });

  it('keeps prototype names as plain names: nothing polluted, the graph loads', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'];
    const text = `${names.join(' ')} ${ARTICLE}`;
    const quotes = names.map((name, i) =>
      i === 0 ? ARTICLE.slice(0, 24) : `${name} ${names[i + 1] ?? 'Iran'}`,
    );
    const csv = Papa.unparse([
      [
        'subject',
        'relation',
        'object',
        'quote',
        'status',
        'claimed by',
        'subject type',
        '__proto__',
      ],
      ...names.map((name, i) => [
        name,
        name,
        names[(i + 1) % names.length]!,
        quotes[i]!,
        name,
        name,
        name,
        name,
      ]),
    ]);
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = importClaims(csv, text, options);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(messages(result)).toEqual([]);
    const graph = result.graph!;
    expect(graph.nodes.map((n) => n.label).sort()).toEqual([...names].sort());
    const check = loadGraph(graph, () => undefined);
    expect(check.ok ? [] : check.problems).toEqual([]);
  });
});

describe('planOpen, a huge CSV', () => {
  it('refuses a 60 MB CSV before reading it, naming its size', () => {
    const plan = planOpen([
      { name: 'claims.csv', size: 60 * 1024 * 1024 },
      { name: 'article.txt', size: 1000 },
    ]);
    expect(plan).toEqual({
      ok: false,
      problems: [{ path: '', message: 'claims.csv is 60.0 MB; files over 50.0 MB are not opened' }],
    });
  });
});
