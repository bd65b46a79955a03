// @vitest-environment jsdom
// The panels on the graph that ships with the app: every evidence span is drawn over the
// article's exact words, and every entity and relation has details to show.
import { act, screen, within } from '@testing-library/react';
import { ArticleReader, DetailsPanel } from '../../src/components';
import { loadBundledGraph } from '../../src/app/bundledGraph';
import type { LoadedGraph } from '../../src/domain/types';
import { renderWithStore } from './renderWithStore';

function bundled(): LoadedGraph {
  const result = loadBundledGraph();
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

describe('the bundled graph', () => {
  it('draws every evidence span over exactly its words, with paragraphs and a list', () => {
    const loaded = bundled();
    renderWithStore(<ArticleReader />, { loaded });
    const article = screen.getByRole('region', { name: 'Article' });
    const marks = [...article.querySelectorAll('mark')] as HTMLElement[];
    const { graph } = loaded;
    const evidence = [...graph.nodes, ...graph.edges].flatMap((el) => el.evidence);
    expect(evidence.length).toBeGreaterThan(100);
    for (const ev of evidence) {
      const covering = marks.filter(
        (m) => Number(m.dataset.start) >= ev.start && Number(m.dataset.end) <= ev.end,
      );
      // a span crossing a line break loses only the break (and a list marker) between lines
      const drawn = covering.map((m) => m.textContent).join('');
      expect(drawn).toBe(ev.quote.replace(/\n(- )?/g, ''));
    }
    expect(article.querySelectorAll('p').length).toBeGreaterThan(5);
    expect(within(article).getAllByRole('listitem').length).toBeGreaterThan(1);
  });

  it('shows details for every entity and every relation', () => {
    const loaded = bundled();
    const { store } = renderWithStore(<DetailsPanel />, { loaded });
    const details = screen.getByRole('complementary', { name: 'Details' });
    for (const node of loaded.graph.nodes) {
      act(() => store.getState().selectEntity(node.id));
      expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(node.label);
      expect(details.querySelectorAll('blockquote mark')).toHaveLength(node.evidence.length);
    }
    // names straight from the file, not through the code that builds the heading
    const name = (id: string) => loaded.graph.nodes.find((n) => n.id === id)?.label;
    const verb = (id: string) => loaded.graph.relationTypes.find((t) => t.id === id)?.label;
    for (const edge of loaded.graph.edges) {
      act(() => store.getState().selectRelation(edge.id));
      const words = [name(edge.source), verb(edge.relation), name(edge.target)];
      expect(words.every((w) => typeof w === 'string' && w.length > 0)).toBe(true);
      expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent(words.join(' '));
      expect(details.querySelectorAll('blockquote mark')).toHaveLength(edge.evidence.length);
    }
  });
});
