// Export test inputs: the bundled graph (every feature of the format in use) and a small
// graph whose texts and names try to break writers (quotes, commas, line breaks, formulas,
// markup, an emoji before a quote).
import { loadBundledGraph } from '../../src/app/bundledGraph';
import type { LoadedGraph } from '../../src/domain/types';
import { exportDoc, type ExportDoc } from '../../src/formats/scope';
import { sampleGraph } from '../fixtures/sampleGraph';

export function bundled(): LoadedGraph {
  const result = loadBundledGraph();
  if (!result.ok) throw new Error('bundled graph should load');
  return result.value;
}

export const TRICKY_TEXT =
  '🚢 Ships "left", said =HYPERLINK("x"). Then <b>@ports</b>\nclosed -again+ soon.';

export function tricky(): LoadedGraph {
  const g = sampleGraph();
  const at = (quote: string) => {
    const start = TRICKY_TEXT.indexOf(quote);
    if (start < 0) throw new Error(quote);
    return { source: 'article', start, end: start + quote.length, quote };
  };
  const graph = {
    ...g,
    title: 'Tricky: "quotes", commas & <tags>',
    sources: [{ id: 'article', title: 'Tricky', text: TRICKY_TEXT }],
    nodes: [
      {
        ...g.nodes[0]!,
        id: 'a',
        label: '=HYPERLINK("x")',
        aliases: ['+a', '-b'],
        evidence: [at('=HYPERLINK("x")')],
      },
      {
        ...g.nodes[1]!,
        id: 'b',
        label: '<b>@ports</b>',
        aliases: [],
        summary: 'Line one,\nline "two"',
        evidence: [at('<b>@ports</b>\nclosed')],
      },
    ],
    edges: [
      {
        id: 'a-b',
        source: 'a',
        target: 'b',
        relation: 'supplies',
        status: 'reported',
        label: '-again+',
        attributedTo: ['b'],
        evidence: [at('Ships "left", said')],
      },
    ],
  };
  return { graph, texts: { article: TRICKY_TEXT } };
}

export const fixedDay = new Date('2026-11-27T12:00:00Z');

export function docOf(loaded: LoadedGraph): ExportDoc {
  return exportDoc(loaded, null, undefined, fixedDay);
}
