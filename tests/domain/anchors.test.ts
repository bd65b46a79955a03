import { anchorAt, contextOf, fold, reanchor, reanchorEvidence } from '../../src/domain/anchors';
import { orphansOf, reanchorGraph } from '../../src/domain/reanchorGraph';
import { sampleGraph, SAMPLE_TEXT } from '../fixtures/sampleGraph';

const TEXT =
  'Iran reportedly has supplied Russia with thousands of ‘Shahed’ drones. ' +
  'Russia and Iran deepened ties. Putin met Pezeshkian in Ashgabat.\n\n' +
  'Iran is a country. Iran is large.';

const at = (quote: string, text = TEXT, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return anchorAt('a', text, start, start + quote.length);
};

describe('contextOf and anchorAt', () => {
  it('keeps up to 32 characters each side', () => {
    const ev = at('Putin met Pezeshkian');
    expect(ev.prefix).toBe('ies. Russia and Iran deepened ties. '.slice(-32));
    expect(ev.suffix).toBe(' in Ashgabat.\n\nIran is a country');
    expect(contextOf('abc', 0, 3)).toEqual({ prefix: '', suffix: '' });
  });
});

describe('fold', () => {
  it('folds quote marks, dashes and spaces, keeping a map back to the original', () => {
    const f = fold('a  ‘b’ —\n c');
    expect(f.text).toBe("a 'b' - c");
    expect(f.map).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 10, 11]);
  });
});

describe('reanchor', () => {
  it('keeps a span that is still at its offsets', () => {
    const ev = at('Russia and Iran');
    expect(reanchor(TEXT, ev)).toEqual({ start: ev.start, end: ev.end });
  });

  it('finds a quote that moved', () => {
    const ev = at('Putin met Pezeshkian');
    const text = `Breaking. ${TEXT}`;
    expect(reanchor(text, ev)).toEqual({ start: ev.start + 10, end: ev.end + 10 });
  });

  it('uses the context to choose among repeated quotes', () => {
    const second = at('Iran is', TEXT, TEXT.indexOf('country'));
    const text = TEXT.replace('\n\n', '\n\nIn short: ');
    const found = reanchor(text, second)!;
    expect(text.slice(found.start, found.end + 6)).toBe('Iran is large');
  });

  it('survives changed whitespace and quote marks, giving the new quote', () => {
    const ev = at('thousands of ‘Shahed’ drones');
    const text = TEXT.replace('‘Shahed’', '"Shahed"').replace('of ', 'of  ').replace('. ', '.\n');
    const moved = reanchorEvidence(text, ev)!;
    expect(moved.quote).toBe('thousands of  "Shahed" drones');
    expect(text.slice(moved.start, moved.end)).toBe(moved.quote);
    expect(moved.prefix).toBe(contextOf(text, moved.start, moved.end).prefix);
  });

  it('survives a corrected typo', () => {
    const typo = 'Putin met Pezeshkain in Ashgabat.';
    const ev = at('Putin met Pezeshkain', typo);
    const found = reanchor('Putin met Pezeshkian in Ashgabat.', ev);
    expect(found).toEqual({ start: 0, end: 20 });
  });

  it('does not take a near-miss for a short name without agreeing context', () => {
    const ev = { source: 'a', start: 0, end: 4, quote: 'Iraq' };
    expect(reanchor('Iran is a country.', ev)).toBeNull();
  });

  it('leaves a removed sentence an orphan', () => {
    const ev = at('Putin met Pezeshkian in Ashgabat.');
    const text = TEXT.replace('Putin met Pezeshkian in Ashgabat.', '');
    expect(reanchor(text, ev)).toBeNull();
    expect(reanchorEvidence(text, ev)).toBeNull();
  });
});

describe('reanchorGraph and orphansOf', () => {
  it('moves what it finds, keeps and lists what it cannot', () => {
    const graph = sampleGraph();
    graph.nodes = graph.nodes.map((n) => ({
      ...n,
      evidence: n.evidence.map((e) => anchorAt(e.source, SAMPLE_TEXT, e.start, e.end)),
    }));
    const text = SAMPLE_TEXT.replace('Putin leads Russia. ', '').replace(/ {1}/g, '  ');
    const { graph: after, orphans, moved } = reanchorGraph(graph, 'article', text);
    expect(after.sources[0]!.text).toBe(text);
    // Putin's node and the putin-leads-russia edge quoted only the removed sentence.
    expect(orphans.map((o) => o.path)).toEqual(['nodes[3].evidence[0]', 'edges[5].evidence[0]']);
    expect(orphans[0]!.evidence).toEqual(graph.nodes[3]!.evidence[0]);
    expect(moved).toBeGreaterThan(0);
    expect(orphansOf(after, { article: text }).map((o) => o.path)).toEqual(
      orphans.map((o) => o.path),
    );
    for (const n of after.nodes.slice(0, 3))
      for (const ev of n.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  });
});
