import Papa from 'papaparse';
import { importClaims } from '../../src/formats/csvClaims';
import { loadGraph } from '../../src/domain/loadGraph';

const ARTICLE =
  'Iran reportedly supplied Russia with drones. The U.S. said Iran sent missiles. ' +
  'Iran denies it. Russia and Iran signed a treaty. Iran denies it.';

const csv = (rows: string[][]) => Papa.unparse(rows);
const HEADER = ['Subject', 'Relation', 'Object', 'Status', 'Quote', 'Claimed by'];
const options = { title: 'From a spreadsheet', sourceTitle: 'The article' };

describe('importClaims', () => {
  it('anchors each quote found once and builds a graph the loader accepts', () => {
    const result = importClaims(
      csv([
        HEADER,
        [
          'Iran',
          'supplies',
          'Russia',
          'reported',
          'Iran reportedly supplied Russia with drones',
          '',
        ],
        ['Iran', 'supplies', 'Russia', 'alleged', 'Iran sent missiles', 'The U.S.'],
        ['Russia', 'allies with', 'Iran', '', 'Russia and Iran signed a treaty', ''],
      ]),
      ARTICLE,
      options,
    );
    expect(result.problems).toEqual([]);
    expect(result.anchored).toBe(3);
    const graph = result.graph!;
    const check = loadGraph(graph, () => undefined);
    expect(check.ok ? [] : check.problems).toEqual([]);
    expect(graph.nodes.map((n) => n.label)).toEqual(['Iran', 'Russia', 'The U.S.']);
    expect(graph.relationTypes.map((t) => [t.id, t.label])).toEqual([
      ['supplies', 'supplies'],
      ['allies_with', 'allies with'],
    ]);
    // the two supplies rows are one claim with two passages, at the least certain status
    const supplies = graph.edges.find((e) => e.relation === 'supplies')!;
    expect(supplies.evidence.map((e) => e.quote)).toEqual([
      'Iran reportedly supplied Russia with drones',
      'Iran sent missiles',
    ]);
    expect(supplies.status).toBe('alleged');
    expect(supplies.attributedTo).toEqual(['the-u-s']);
    const treaty = graph.edges.find((e) => e.relation === 'allies_with')!;
    expect(treaty.status).toBe('stated');
    expect(ARTICLE.slice(treaty.evidence[0]!.start, treaty.evidence[0]!.end)).toBe(
      'Russia and Iran signed a treaty',
    );
    expect(graph.statuses.map((s) => s.id)).toEqual(['stated', 'reported', 'alleged']);
  });

  it('reports absent and ambiguous quotes and empty cells by spreadsheet row number', () => {
    const result = importClaims(
      csv([
        HEADER,
        ['Iran', 'denies', 'Russia', 'stated', 'Iran denies it', ''],
        ['Iran', 'supplies', 'Russia', 'stated', 'Iran supplied tanks', ''],
        ['Iran', 'supplies', '', 'stated', 'Iran sent missiles', ''],
        [
          'Iran',
          'supplies',
          'Russia',
          'reported',
          'Iran reportedly supplied Russia with drones',
          '',
        ],
      ]),
      ARTICLE,
      options,
    );
    expect(result.anchored).toBe(1);
    expect(result.problems).toEqual([
      {
        path: 'row 2',
        message:
          'quote found more than once in the article; lengthen it so it points to one place: "Iran denies it"',
      },
      { path: 'row 3', message: 'quote not found in the article: "Iran supplied tanks"' },
      { path: 'row 4', message: 'no object' },
    ]);
    expect(result.graph!.edges).toHaveLength(1);
  });

  it('names missing columns, and gives no graph when nothing anchors', () => {
    const noQuote = importClaims(
      csv([
        ['subject', 'relation', 'object'],
        ['a', 'b', 'c'],
      ]),
      ARTICLE,
      options,
    );
    expect(noQuote.graph).toBeNull();
    expect(noQuote.problems[0]!.message).toMatch(/^missing column quote/);
    const none = importClaims(
      csv([HEADER, ['a', 'b', 'c', '', 'not there', '']]),
      ARTICLE,
      options,
    );
    expect(none.graph).toBeNull();
    expect(none.problems).toHaveLength(1);
  });
});
