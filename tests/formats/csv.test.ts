import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { csvCell, toCsv } from '../../src/formats/csvCells';
import { toCsvFile, toCsvTables, toCsvZip } from '../../src/formats/csv';
import { bundled, docOf, tricky } from './exportFixtures';

// TextDecoder drops a BOM unless told not to: keep it, to check it is there.
const strFromU8 = (bytes: Uint8Array) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

const parse = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
};

describe('csvCell', () => {
  it('quotes by RFC 4180 and neutralises formulas in text cells only', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
  });

  it('ends every row with CRLF after a BOM', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});

describe('toCsvTables', () => {
  it('has one row per entity, relation and evidence span', () => {
    const loaded = bundled();
    const t = toCsvTables(docOf(loaded));
    const g = loaded.graph;
    expect(parse(t.entities)).toHaveLength(g.nodes.length);
    expect(parse(t.relations)).toHaveLength(g.edges.length);
    const spans = [...g.nodes, ...g.edges].reduce((n, el) => n + el.evidence.length, 0);
    expect(parse(t.evidence)).toHaveLength(spans);
  });

  it('keeps tricky text intact and formulas neutralised when parsed back', () => {
    const t = toCsvTables(docOf(tricky()));
    const [a, b] = parse(t.entities);
    expect(a!.name).toBe('\'=HYPERLINK("x")');
    expect(a!.aliases).toBe("'+a; -b");
    expect(b!.summary).toBe('Line one,\nline "two"');
    const [rel] = parse(t.relations);
    expect(rel).toMatchObject({
      subject: '\'=HYPERLINK("x")',
      relation: 'supplies',
      object: '<b>@ports</b>',
      label: "'-again+",
      status: 'reported',
      claimed_by: '<b>@ports</b>',
    });
    const quotes = parse(t.evidence).map((r) => r.quote);
    expect(quotes).toContain('<b>@ports</b>\nclosed');
  });

  it('zips the three tables with a README saying what they hold', () => {
    const doc = docOf(tricky());
    const files = unzipSync(toCsvZip(doc, 'tricky'));
    expect(Object.keys(files).sort()).toEqual([
      'tricky-README.txt',
      'tricky-entities.csv',
      'tricky-evidence.csv',
      'tricky-relations.csv',
    ]);
    expect(parse(strFromU8(files['tricky-entities.csv']!))).toHaveLength(2);
    expect(strFromU8(files['tricky-README.txt']!)).toContain(doc.note);
  });
});

describe('toCsvFile', () => {
  it('is one table alone, as bytes Excel reads as UTF-8: BOM, CRLF rows, formulas neutralised', () => {
    const doc = docOf(tricky());
    const file = toCsvFile(doc, 'tricky', 'relations');
    expect(file.name).toBe('tricky-relations.csv');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = strFromU8(file.bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFid,subject,relation,object,label,status,claimed_by,disputed_by,subject_id,object_id,evidence_count',
    );
    const [row] = parse(text);
    expect(row!.subject).toBe('\'=HYPERLINK("x")');
    expect(row!.label).toBe("'-again+");
    expect(parse(text)).toHaveLength(doc.graph.edges.length);
  });

  it('gives the entities table the same bytes as the zip holds', () => {
    const doc = docOf(tricky());
    const alone = toCsvFile(doc, 'tricky', 'entities');
    const zipped = unzipSync(toCsvZip(doc, 'tricky'))['tricky-entities.csv']!;
    expect(alone.name).toBe('tricky-entities.csv');
    // Rows end in CRLF; a bare LF stands only inside a quoted cell (a summary's own line break).
    const outsideQuotes = strFromU8(alone.bytes).replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    expect(strFromU8(alone.bytes)).toContain('"Line one,\nline ""two"""');
    expect(strFromU8(alone.bytes)).toBe(strFromU8(zipped));
    expect(parse(strFromU8(alone.bytes)).map((r) => r.id)).toEqual(
      doc.graph.nodes.map((n) => n.id),
    );
  });
});
