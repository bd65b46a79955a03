// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { ArticleReader } from '../../src/components';
import {
  offsetOfPoint,
  offsetsOfSelection,
  SKIP_ATTRIBUTE,
  trimRange,
} from '../../src/domain/selectionOffsets';
import { createAppStore } from '../../src/store/appStore';
import { StoreProvider } from '../../src/store/StoreProvider';
import { sampleGraph, span } from '../fixtures/sampleGraph';

// Bullets, a blank line, runs of spaces, curly quotes and an astral character (two UTF-16 units).
const TEXT =
  'Summary\n- Iran  arms Russia\n- Putin leads Russia\n\n“Russia” and Iran 🚀 deepened ties.\n';

function renderArticle() {
  const graph = sampleGraph();
  graph.sources = [{ id: 'article', title: 'Article', text: TEXT }];
  graph.nodes = graph.nodes.map((n, i) => ({
    ...n,
    evidence: [span(['Iran  arms', 'Russia\n- Putin', '“Russia”', 'Iran 🚀 deep'][i]!, TEXT)],
  }));
  graph.edges = [];
  const store = createAppStore({ loaded: { graph, texts: { article: TEXT } } });
  const { container } = render(
    <StoreProvider store={store}>
      <ArticleReader />
    </StoreProvider>,
  );
  return container.querySelector('.article-reader__body')!;
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) out.push(t as Text);
  return out;
}

describe('offsetOfPoint over the rendered article', () => {
  it('maps every character of every text node to the same character of the source', () => {
    const body = renderArticle();
    const nodes = textNodes(body);
    const seen: number[] = [];
    for (const node of nodes)
      for (let i = 0; i < node.data.length; i++) {
        const at = offsetOfPoint(body, node, i);
        expect(at).not.toBeNull();
        expect(TEXT[at!]).toBe(node.data[i]);
        seen.push(at!);
      }
    // Every non-newline character is rendered, once, in reading order.
    expect(seen).toEqual([...TEXT].flatMap((_, i) => (TEXT[i] === '\n' ? [] : [i])));
  });

  it('maps a point between elements to the next run', () => {
    const body = renderArticle();
    const list = body.querySelector('ul')!;
    expect(offsetOfPoint(body, list, 1)).toBe(TEXT.indexOf('- Putin'));
    expect(offsetOfPoint(body, body, body.childNodes.length)).toBe(TEXT.length - 1);
  });

  it('ignores points outside the root', () => {
    const body = renderArticle();
    expect(offsetOfPoint(body, document.body, 0)).toBeNull();
  });

  it('does not count text marked as not from the source', () => {
    const root = document.createElement('div');
    root.innerHTML = `<mark data-start="10">ab<span ${SKIP_ATTRIBUTE}>hidden</span>cd</mark>`;
    const cd = root.querySelector('mark')!.lastChild!;
    expect(offsetOfPoint(root, cd, 1)).toBe(13);
  });
});

describe('offsetsOfSelection', () => {
  it('orders a backwards selection and rejects an empty one', () => {
    const body = renderArticle();
    const nodes = textNodes(body);
    const first = nodes.find((n) => n.data.includes('Summary'))!;
    const last = nodes.find((n) => n.data.includes('ties'))!;
    const range = offsetsOfSelection(body, {
      anchorNode: last,
      anchorOffset: last.data.indexOf('ties'),
      focusNode: first,
      focusOffset: 0,
    });
    expect(range).toEqual({ start: 0, end: TEXT.indexOf('ties') });
    expect(
      offsetsOfSelection(body, {
        anchorNode: first,
        anchorOffset: 2,
        focusNode: first,
        focusOffset: 2,
      }),
    ).toBeNull();
  });
});

describe('trimRange', () => {
  it('drops surrounding spaces and line breaks', () => {
    expect(trimRange(' Iran \n', { start: 0, end: 7 })).toEqual({ start: 1, end: 5 });
    expect(trimRange('  \n', { start: 0, end: 3 })).toBeNull();
  });
});
