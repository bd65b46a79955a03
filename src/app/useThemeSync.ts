// Puts the theme on the page: the saved preference, else the system setting (followed
// live); the store's theme is mirrored onto <html data-theme> for the CSS tokens.
import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/appStore';
import { loadThemePreference, saveThemePreference, systemPrefersDark } from './themePreference';

export function useThemeSync(store: StoreApi<AppStore>): void {
  useEffect(() => {
    const pref = loadThemePreference();
    if (pref) store.getState().chooseTheme(pref);
    else store.getState().setTheme(systemPrefersDark() ? 'dark' : 'light');
    const apply = (theme: string) => {
      document.documentElement.dataset.theme = theme;
    };
    apply(store.getState().theme);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.theme === prev.theme) return;
      apply(s.theme);
      if (s.themeChosen) saveThemePreference(s.theme);
    });
    const query =
      typeof window.matchMedia === 'function'
        ? window.matchMedia('(prefers-color-scheme: dark)')
        : null;
    const onSystem = (e: MediaQueryListEvent) => {
      if (!store.getState().themeChosen) store.getState().setTheme(e.matches ? 'dark' : 'light');
    };
    query?.addEventListener('change', onSystem);
    return () => {
      unsubscribe();
      query?.removeEventListener('change', onSystem);
    };
  }, [store]);
}
