import { codePointIndex, toWebAnnotations } from '../../src/formats/webAnnotation';
import { TRICKY_TEXT, bundled, docOf, fixedDay, tricky } from './exportFixtures';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Annotation {
  type: string;
  motivation: string;
  body: { id?: string; value: string; purpose: string }[];
  target: { source: string; selector: Selector[] };
}
interface Collection {
  '@context': string;
  type: string;
  label: string;
  total: number;
  first: { type: string; items: Annotation[] };
}

const parse = (json: string) => JSON.parse(json) as Collection;

describe('codePointIndex', () => {
  it('counts a character outside the BMP once', () => {
    expect(codePointIndex('abc', 2)).toBe(2);
    expect(codePointIndex('🚢 x', 3)).toBe(2);
    expect(codePointIndex(TRICKY_TEXT, TRICKY_TEXT.indexOf('Ships'))).toBe(2);
  });

  it('never cuts a character in two in the quote context', () => {
    const doc = docOf(tricky());
    const text = doc.texts.get('article')!;
    const c = parse(toWebAnnotations(doc, 'urn:test', fixedDay));
    for (const a of c.first.items) {
      const q = a.target.selector[0]!;
      expect(text).toContain(`${q.prefix}${q.exact}${q.suffix}`);
      expect(q.prefix).not.toMatch(/^[\uDC00-\uDFFF]/);
    }
  });
});

describe('toWebAnnotations', () => {
  it('makes one annotation per evidence span, each quote where its position says', () => {
    const loaded = bundled();
    const c = parse(toWebAnnotations(docOf(loaded), 'urn:test', fixedDay));
    expect(c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    const spans = [...loaded.graph.nodes, ...loaded.graph.edges].reduce(
      (n, el) => n + el.evidence.length,
      0,
    );
    expect(c.total).toBe(spans);
    expect(c.first.items).toHaveLength(spans);
    const text = [...Object.values(loaded.texts)][0]!;
    const points = [...text];
    for (const a of c.first.items) {
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      expect(points.slice(pos.start, pos.end).join('')).toBe(quote.exact);
    }
  });

  it('names what each span supports, with code-point positions after an emoji', () => {
    const c = parse(toWebAnnotations(docOf(tricky()), 'urn:test', fixedDay));
    const rel = c.first.items.find((a) => a.body[0]!.id === 'urn:test:relation:a-b')!;
    expect(rel.motivation).toBe('describing');
    expect(rel.body[0]!.value).toBe('=HYPERLINK("x") supplies <b>@ports</b> (-again+)');
    expect(rel.body[1]).toMatchObject({ value: 'reported', purpose: 'tagging' });
    expect(rel.target.source).toBe('urn:test:source:article');
    expect(rel.target.selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: 'Ships "left", said',
        prefix: '🚢 ',
        suffix: ' =HYPERLINK("x"). Then <b>@ports',
      },
      { type: 'TextPositionSelector', start: 2, end: 20 },
    ]);
    expect(c.label).toMatch(/The whole graph/);
  });
});
