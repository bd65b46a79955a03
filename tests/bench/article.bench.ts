// @vitest-environment jsdom
// The article reader on a long text (2,000 entities, 4,000 relations, every sentence a
// passage, paragraphs of ten sentences): what a hover costs. Hovering an entity on the canvas should re-render the few
// marks it lights, not the whole text (src/components/article/ArticleText.tsx).
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { bench, describe } from 'vitest';
import { ArticleReader } from '../../src/components';
import { createAppStore } from '../../src/store/appStore';
import { StoreProvider } from '../../src/store/StoreProvider';
import type { LoadedGraph } from '../../src/domain/types';
import { syntheticLoaded } from './syntheticGraph';

// React wants to know it runs under a test harness for act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The synthetic text cut into paragraphs of ten sentences (a space becomes a newline). */
function inParagraphs(loaded: LoadedGraph): LoadedGraph {
  const text = loaded.texts.article!;
  let n = 0;
  const cut = text.replace(/\. /g, (m) => (++n % 10 === 0 ? '.\n' : m));
  const graph = { ...loaded.graph, sources: [{ ...loaded.graph.sources[0]!, text: cut }] };
  return { graph, texts: { article: cut } };
}

const store = createAppStore({ loaded: inParagraphs(syntheticLoaded(2000)) });
const container = document.createElement('div');
document.body.append(container);
act(() =>
  createRoot(container).render(
    createElement(StoreProvider, { store, children: createElement(ArticleReader) }),
  ),
);
const ids = store.getState().loaded.graph.nodes.map((n) => n.id);
let i = 0;

const counts = `${container.querySelectorAll('mark').length} marks, ${container.querySelectorAll('p').length} paragraphs`;
describe(`article reader, ${counts}`, () => {
  bench('baseline: two store changes no mark cares about', () => {
    act(() => store.setState({ hover: null }));
    act(() => store.setState({ hover: null }));
  });
  bench('canvas hover: one entity on, then off', () => {
    const id = ids[i++ % ids.length]!;
    act(() => store.getState().setHover({ kind: 'node', id }));
    act(() => store.getState().setHover(null));
  });
  bench('selection of an entity', () => {
    const id = ids[i++ % ids.length]!;
    act(() => store.getState().selectEntity(id, 'canvas'));
  });
});
