// @vitest-environment jsdom
// The article reader on a long text (2,000 entities, 4,000 relations, every sentence a
// passage): what a hover costs. Hovering an entity on the canvas should re-render the few
// marks it lights, not the whole text (src/components/article/ArticleText.tsx).
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { bench, describe } from 'vitest';
import { ArticleReader } from '../../src/components';
import { createAppStore } from '../../src/store/appStore';
import { StoreProvider } from '../../src/store/StoreProvider';
import { syntheticLoaded } from './syntheticGraph';

// React wants to know it runs under a test harness for act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const store = createAppStore({ loaded: syntheticLoaded(2000) });
const container = document.createElement('div');
document.body.append(container);
act(() =>
  createRoot(container).render(
    createElement(StoreProvider, { store, children: createElement(ArticleReader) }),
  ),
);
const ids = store.getState().loaded.graph.nodes.map((n) => n.id);
let i = 0;

describe(`article reader, ${container.querySelectorAll('mark').length} marks`, () => {
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
