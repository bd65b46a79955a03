// The store ⇄ the URL's view: what of the state a link carries (urlViewOf) and how a
// parsed link is put back into a store (applyUrlView). The hash format itself is in
// domain/viewHash.ts; the history handling in app/useHashSync.ts.
import type { StoreApi } from 'zustand';
import type { UrlView } from '../domain/viewHash';
import { indexGraph } from '../domain/graphIndex';
import { DEFAULT_LAYOUT } from '../domain/viewOptions';
import type { AppStore } from './appStore';

export function urlViewOf(s: AppStore): UrlView {
  return {
    selection: s.selection,
    filters: s.filters,
    path: { from: s.path.from, to: s.path.to, directed: s.path.directed },
    view: s.view,
    // The default layout is left out, so a plain link does not override a saved choice.
    layout: s.layout === DEFAULT_LAYOUT ? null : s.layout,
    sizeBy: s.sizeBy,
    step: s.playStep,
    passage: null,
  };
}

/** Puts a link's view into the store; a cited passage is shown in the article. */
export function applyUrlView(store: StoreApi<AppStore>, v: UrlView): void {
  const s = store.getState();
  store.setState({
    selection: v.selection,
    selectionOrigin: 'url',
    filters: v.filters,
    path: { ...s.path, from: v.path.from, to: v.path.to, directed: v.path.directed, active: 0 },
    // A link that carries a path shows it: the folded panel opens.
    pathOpen: s.pathOpen || v.path.from !== null || v.path.to !== null,
    view: v.view,
    sizeBy: v.sizeBy,
    playStep: v.step,
    playing: false,
  });
  if (v.layout && v.layout !== s.layout) s.setLayout(v.layout);
  if (v.passage) {
    const { passage } = v;
    const index = indexGraph(s.loaded.graph);
    const element =
      v.selection?.kind === 'node'
        ? index.nodeById.get(v.selection.id)
        : v.selection
          ? index.edgeById.get(v.selection.id)
          : undefined;
    const evidence = element?.evidence.find(
      (e) => e.source === passage.source && e.start === passage.start && e.end === passage.end,
    );
    if (evidence) store.getState().showInArticle(evidence);
  }
}
