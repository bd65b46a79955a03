// Controller: the canvas follows the theme — a new stylesheet with that theme's palette
// (the graph's own colours are the same in both).
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { buildStylesheet } from './stylesheet';
import { PALETTES } from './themeStyles';

export function useThemeController(cy: Core | null, store: StoreApi<AppStore>): void {
  useEffect(() => {
    if (!cy) return;
    let theme = store.getState().theme;
    const apply = () => cy.style(buildStylesheet(store.getState().loaded.graph, PALETTES[theme]));
    if (theme !== 'light') apply();
    return store.subscribe((s) => {
      if (s.theme === theme) return;
      theme = s.theme;
      apply();
    });
  }, [cy, store]);
}
