import {
  articleBlocks,
  firstPassageStart,
  piecesOf,
  stripBullet,
} from '../../src/domain/articleBlocks';
import { segmentArticle } from '../../src/domain/passages';
import { sampleGraph, SAMPLE_TEXT, span } from '../fixtures/sampleGraph';

const TEXT = 'Summary\n- Iran arms Russia\n- Putin leads Russia\n\nRussia and Iran deepened ties.';

function graphOver(text: string, quotes: string[]) {
  const graph = sampleGraph();
  graph.nodes = graph.nodes.slice(0, quotes.length).map((n, i) => ({
    ...n,
    evidence: [span(quotes[i]!, text)],
  }));
  graph.edges = [];
  return graph;
}

describe('articleBlocks', () => {
  it('makes paragraphs of lines and a list of "- " lines, dropping blank lines', () => {
    const blocks = articleBlocks(segmentArticle(graphOver(TEXT, []), 'article', TEXT));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    const list = blocks[1]!;
    expect(list.kind === 'list' && list.items.map((i) => i.map((p) => p.text).join(''))).toEqual([
      'Iran arms Russia',
      'Putin leads Russia',
    ]);
  });

  it('keeps offsets true after cutting at newlines and dropping bullet markers', () => {
    const blocks = articleBlocks(
      segmentArticle(graphOver(TEXT, ['Putin leads Russia\n\nRussia']), 'article', TEXT),
    );
    for (const piece of piecesOf(blocks))
      expect(TEXT.slice(piece.start, piece.end)).toBe(piece.text);
    const marked = piecesOf(blocks).filter((p) => p.supports.length > 0);
    expect(marked.map((p) => p.text)).toEqual(['Putin leads Russia', 'Russia']);
  });

  it('keeps every character of each line: list markers as written, with their offsets', () => {
    const blocks = articleBlocks(
      segmentArticle(graphOver(TEXT, ['Iran arms Russia\n- Putin']), 'article', TEXT),
    );
    const lines = blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.pieces] : b.items.map((item, i) => [b.markers[i]!, ...item]),
    );
    const rendered = lines.map((pieces) => pieces.map((p) => p.text).join(''));
    expect(rendered).toEqual(TEXT.split('\n').filter((line) => line !== ''));
    for (const piece of lines.flat()) expect(TEXT.slice(piece.start, piece.end)).toBe(piece.text);
    const list = blocks[1]!;
    expect(list.kind === 'list' && list.markers.map((m) => [m.text, m.start])).toEqual([
      ['- ', TEXT.indexOf('- Iran')],
      ['- ', TEXT.indexOf('- Putin')],
    ]);
  });

  it('cuts a bullet marker out of an evidence span that starts on it', () => {
    const blocks = articleBlocks(segmentArticle(graphOver(TEXT, ['- Iran arms']), 'article', TEXT));
    const first = blocks[1]!.kind === 'list' ? blocks[1]!.items[0]! : [];
    expect(first.map((p) => p.text)).toEqual(['Iran arms', ' Russia']);
    expect(first[0]!.start).toBe(TEXT.indexOf('Iran arms'));
    expect(first[0]!.supports).toHaveLength(1);
  });

  it('finds where the first passage of an element starts', () => {
    const graph = sampleGraph();
    const blocks = articleBlocks(segmentArticle(graph, 'article', SAMPLE_TEXT));
    expect(firstPassageStart(blocks, { kind: 'edge', id: 'us-accuses-iran' })).toBe(
      SAMPLE_TEXT.indexOf('The U.S.'),
    );
    expect(firstPassageStart(blocks, { kind: 'node', id: 'nobody' })).toBeNull();
  });
});

describe('stripBullet', () => {
  it('drops a list marker at the start of a line only', () => {
    expect(stripBullet('- Washington accuses Iran')).toBe('Washington accuses Iran');
    expect(stripBullet('Iran - a country')).toBe('Iran - a country');
    expect(stripBullet('-5 degrees')).toBe('-5 degrees');
  });
});
