// The reader's theme preference, kept across visits: 'light', 'dark', or null to follow
// the system setting. Storage may be refused; then the preference lasts for the page.
const KEY = 'news-graph:theme';

export type ThemePreference = 'light' | 'dark' | null;

export function loadThemePreference(): ThemePreference {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

export function saveThemePreference(pref: ThemePreference): void {
  try {
    if (pref) localStorage.setItem(KEY, pref);
    else localStorage.removeItem(KEY);
  } catch {
    // Refused storage: the choice holds until the page is closed.
  }
}

export function systemPrefersDark(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
  );
}
