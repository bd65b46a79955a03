// Store slice for the colour theme on screen (resolved: light or dark). The shell sets it
// from the saved preference or the system setting; "Dark mode" chooses it, and the shell
// remembers a choice. The canvas follows it.
import type { StoreApi } from 'zustand';
import type { AppStore } from './appStore';

export type Theme = 'light' | 'dark';

export interface ThemeSlice {
  theme: Theme;
  /** True once the reader chose a theme (then the system setting no longer applies). */
  themeChosen: boolean;
  setTheme: (theme: Theme) => void;
  chooseTheme: (theme: Theme) => void;
}

export function createThemeSlice(set: StoreApi<AppStore>['setState']): ThemeSlice {
  return {
    theme: 'light',
    themeChosen: false,
    setTheme: (theme) => set({ theme }),
    chooseTheme: (theme) => set({ theme, themeChosen: true }),
  };
}
