import { passageOf, segmentArticle, sentenceBounds, evidenceOf } from '../../src/domain/passages';
import { SAMPLE_TEXT, sampleGraph, span } from '../fixtures/sampleGraph';

describe('sentenceBounds', () => {
  it('finds the sentence around a quote', () => {
    const ev = span('supplied Russia');
    const [from, to] = sentenceBounds(SAMPLE_TEXT, ev.start, ev.end);
    expect(SAMPLE_TEXT.slice(from, to)).toBe('Iran reportedly supplied Russia with drones.');
  });

  it('does not end a sentence at the abbreviation "U.S."', () => {
    const ev = span('accused Iran');
    const [from, to] = sentenceBounds(SAMPLE_TEXT, ev.start, ev.end);
    expect(SAMPLE_TEXT.slice(from, to)).toBe(
      'The U.S. accused Iran of sending missiles, a claim Tehran denies.',
    );
  });

  it('stops at line breaks (headings and bullet points)', () => {
    const text = 'Summary\n- Putin invites Pezeshkian\n- Iran and Russia sign';
    const start = text.indexOf('invites');
    const [from, to] = sentenceBounds(text, start, start + 7);
    expect(text.slice(from, to)).toBe('- Putin invites Pezeshkian');
  });

  it('keeps a closing quotation mark with its sentence', () => {
    const text = 'He said, “Our positions are close.” Then he left.';
    const start = text.indexOf('positions');
    const [from, to] = sentenceBounds(text, start, start + 9);
    expect(text.slice(from, to)).toBe('He said, “Our positions are close.”');
  });
});

describe('passageOf', () => {
  it('splits the sentence into before, quote and after', () => {
    const p = passageOf(SAMPLE_TEXT, span('supplied Russia'));
    expect(p.before).toBe('Iran reportedly ');
    expect(p.quote).toBe('supplied Russia');
    expect(p.after).toBe(' with drones.');
  });
});

describe('evidenceOf', () => {
  it('returns the evidence of the selected element, or nothing', () => {
    const graph = sampleGraph();
    expect(evidenceOf(graph, { kind: 'edge', id: 'putin-leads-russia' })[0]?.quote).toBe(
      'Putin leads Russia',
    );
    expect(evidenceOf(graph, null)).toEqual([]);
    expect(evidenceOf(graph, { kind: 'node', id: 'nowhere' })).toEqual([]);
  });
});

describe('segmentArticle', () => {
  const graph = sampleGraph();
  const segments = segmentArticle(graph, 'article', SAMPLE_TEXT);

  it('covers the whole text in order, without gaps', () => {
    expect(segments.map((s) => s.text).join('')).toBe(SAMPLE_TEXT);
    segments.forEach((s, i) => i > 0 && expect(s.start).toBe(segments[i - 1]!.end));
  });

  it('lists every element a span supports, once each', () => {
    const alliance = segments.find((s) => s.text === 'Russia and Iran deepened their alliance');
    expect(alliance?.supports).toEqual([
      { kind: 'node', id: 'russia' },
      { kind: 'edge', id: 'iran-allies-russia' },
    ]);
  });

  it('splits overlapping spans at their boundaries', () => {
    const inner = segments.find((s) => s.text === 'accused Iran');
    expect(inner?.supports).toEqual(
      expect.arrayContaining([
        { kind: 'node', id: 'united-states' },
        { kind: 'edge', id: 'us-accuses-iran' },
        { kind: 'edge', id: 'iran-supplies-russia-missiles' },
      ]),
    );
    // the gap after the last span of that sentence supports nothing
    const after = segments.findIndex((s) => s.text === ', a claim Tehran denies');
    expect(after).toBeGreaterThan(0);
    expect(segments[after + 1]).toEqual(expect.objectContaining({ text: '. ', supports: [] }));
  });

  it('keeps an element supported until the last of its overlapping spans ends', () => {
    const g = sampleGraph();
    const putin = g.nodes.find((n) => n.id === 'putin')!;
    putin.evidence = [span('Putin leads'), span('leads Russia')];
    g.edges = [];
    const parts = segmentArticle(g, 'article', SAMPLE_TEXT).filter((s) => s.supports.length > 0);
    const texts = parts.filter((s) => s.supports.some((r) => r.id === 'putin')).map((s) => s.text);
    expect(texts).toEqual(['Putin ', 'leads', ' Russia']);
    expect(parts.find((s) => s.text === 'leads')?.supports).toEqual([
      { kind: 'node', id: 'putin' },
    ]);
  });
});
