// Controller: on a graph of thousands (levelOfDetail: highlightOnOverlay) the selection and
// the pointer are drawn on an overlay (highlightOverlay.ts), redrawn when what is picked,
// what is drawn or the theme changes. Smaller graphs show them through classes instead.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { selectDrawn } from '../store/selectors';
import { drawPlanOf } from './createCy';
import { highlightOf } from './highlight';
import { createHighlightOverlay } from './highlightOverlay';
import { PALETTES } from './themeStyles';

export function useHighlightOverlay(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy || !drawPlanOf(cy).highlightOnOverlay) return;
    const overlay = createHighlightOverlay(cy);
    const show = (s: AppStore) =>
      overlay.show(
        highlightOf(s.loaded.graph, selectDrawn(s), s.selection, s.openedBundle, s.hover),
        PALETTES[s.theme],
      );
    show(store.getState());
    const unsubscribe = store.subscribe((s, previous) => {
      if (
        s.selection !== previous.selection ||
        s.hover !== previous.hover ||
        s.openedBundle !== previous.openedBundle ||
        s.theme !== previous.theme ||
        s.loaded !== previous.loaded ||
        selectDrawn(s) !== selectDrawn(previous)
      )
        show(s);
    });
    return () => {
      unsubscribe();
      overlay.destroy();
    };
  }, [cy, store]);
}
