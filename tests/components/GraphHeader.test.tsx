// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { ArticleReader, GraphHeader } from '../../src/components';
import { sampleGraph, SAMPLE_TEXT } from '../fixtures/sampleGraph';
import { renderWithStore } from './renderWithStore';

function withSource(extra: Record<string, string>) {
  const graph = sampleGraph();
  graph.sources = [{ ...graph.sources[0]!, ...extra }];
  return { graph, texts: { article: SAMPLE_TEXT } };
}

describe('GraphHeader', () => {
  it("shows the graph's title and its source", () => {
    renderWithStore(<GraphHeader />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sample alliance');
    expect(screen.getByText('Sample article').tagName).toBe('CITE');
  });

  it('keeps the full title and source in a tooltip, since each is cut to one line', () => {
    renderWithStore(<GraphHeader />, {
      loaded: withSource({ publisher: 'Reuters', published: '2024-10-11' }),
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('title', 'Sample alliance');
    expect(screen.getByText('Sample article').closest('p')).toHaveAttribute(
      'title',
      expect.stringMatching(/^Sample article · Reuters · .*2024/),
    );
  });

  it('adds publisher and date when known', () => {
    const { container } = renderWithStore(<GraphHeader />, {
      loaded: withSource({ publisher: 'Reuters', published: '2024-10-11' }),
    });
    expect(container).toHaveTextContent(/Sample article · Reuters · .*2024/);
    expect(container).toHaveTextContent(/11/);
  });
});

describe('the article heading', () => {
  it('links to the original article when its URL is http(s)', () => {
    renderWithStore(<ArticleReader />, {
      loaded: withSource({ url: 'https://example.com/story' }),
    });
    const link = screen.getByRole('link', { name: 'Original article (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.com/story');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('never links a javascript: URL', () => {
    renderWithStore(<ArticleReader />, { loaded: withSource({ url: 'javascript:alert(1)' }) });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('offers a source picker when the graph has several texts, and follows the selection', async () => {
    const graph = sampleGraph();
    const second = 'Putin leads Russia, the second article says.';
    graph.sources.push({ id: 'second', title: 'Second article', text: second });
    graph.nodes = graph.nodes.map((n) =>
      n.id === 'putin'
        ? {
            ...n,
            evidence: [{ source: 'second', start: 0, end: 18, quote: 'Putin leads Russia' }],
          }
        : n,
    );
    const { user, store } = renderWithStore(<ArticleReader />, {
      loaded: { graph, texts: { article: SAMPLE_TEXT, second } },
    });
    const article = screen.getByRole('region', { name: 'Article' });
    const picker = screen.getByRole('combobox', { name: 'Source' });
    expect(picker).toHaveValue('article');
    await user.selectOptions(picker, 'second');
    expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent('Second article');
    await user.selectOptions(picker, 'article');
    act(() => store.getState().selectEntity('putin'));
    expect(await within(article).findByRole('heading', { name: 'Second article' })).toBeVisible();
    expect(article.querySelector('mark.is-emphasised')).toHaveTextContent('Putin leads Russia');
  });
});
