// fixOffsets moves a span to its quote when the quote occurs exactly once, and leaves the
// judgement calls (several occurrences, none) to a person.
import { fixOffsets } from '../../src/domain/fixOffsets';
import { checkShape, parseGraphText, resolveSourceTexts } from '../../src/domain/loadGraph';
import type { GraphFile } from '../../src/domain/schema';
import { validateGraph } from '../../src/domain/validate';
import { loadValidFixture, readFixture } from '../fixtures/loadFixture';

/** A fixture that is well-formed but may have wrong offsets, with its texts. */
function shapedFixture(name: string): { graph: GraphFile; texts: Record<string, string> } {
  const parsed = parseGraphText(readFixture(name));
  const shape = parsed.ok ? checkShape(parsed.value) : parsed;
  if (!shape.ok) throw new Error(`${name} should be well-formed`);
  return { graph: shape.graph, texts: resolveSourceTexts(shape.graph, () => undefined).texts };
}

it('repairs a shifted offset, and the result validates', () => {
  const { graph, texts } = shapedFixture('quote-mismatch.json');
  const before = structuredClone(graph);
  const result = fixOffsets(graph, texts);
  expect(result.fixed).toEqual(['edges[2].evidence[0]: 243–315 → 253–325']);
  expect(result.refused).toEqual([]);
  expect(result.graph.edges[2]?.evidence[0]).toMatchObject({ start: 253, end: 325 });
  expect(validateGraph(result.graph, texts)).toEqual([]);
  expect(graph).toEqual(before); // the input is not mutated
});

it('refuses an ambiguous quote, listing where it occurs', () => {
  const { graph, texts } = shapedFixture('ambiguous-quote.json');
  const result = fixOffsets(graph, texts);
  expect(result.fixed).toEqual([]);
  expect(result.refused).toEqual([
    {
      path: 'nodes[0].evidence[0]',
      message: 'cannot fix offsets: quote found at 0–6, 195–201, 319–325 (ambiguous)',
    },
  ]);
  expect(result.graph.nodes[0]?.evidence[0]).toMatchObject({ start: 0, end: 32 });
});

it('refuses a quote that is not in the text', () => {
  const { graph, texts } = loadValidFixture();
  graph.edges[0]!.evidence[0]!.quote = 'an alliance of convenience';
  expect(fixOffsets(graph, texts).refused).toEqual([
    {
      path: 'edges[0].evidence[0]',
      message: 'cannot fix offsets: quote does not occur in the source "ashgabat-meeting"',
    },
  ]);
});

it('repairs offsets past the end of the text or reversed', () => {
  const { graph, texts } = loadValidFixture();
  const span = graph.edges[0]!.evidence[0]!;
  const { start, end } = span;
  Object.assign(span, { start: 9000, end: 10 });
  const result = fixOffsets(graph, texts);
  expect(result.fixed).toEqual([`edges[0].evidence[0]: 9000–10 → ${start}–${end}`]);
});

it('leaves a valid graph as it is, keeping the key order of each object', () => {
  const { graph, texts } = loadValidFixture();
  const result = fixOffsets(graph, texts);
  expect(result).toMatchObject({ fixed: [], refused: [] });
  expect(JSON.stringify(result.graph)).toBe(JSON.stringify(graph));
});

it('skips spans whose source has no text: validation reports those', () => {
  const { graph } = loadValidFixture();
  expect(fixOffsets(graph, {})).toMatchObject({ fixed: [], refused: [] });
});
