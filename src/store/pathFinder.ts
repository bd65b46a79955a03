// The path finder (domain/paths, on graphology: ~18 kB gzip) loads when a store first has
// both ends of a path chosen, not with the page. Until then selectPaths says the paths are
// pending; once loaded, the store is nudged so everything derived from it is recomputed.
import type { StoreApi } from 'zustand';
import type { AppStore } from './appStore';

type PathsModule = typeof import('../domain/paths');

let finder: PathsModule | null = null;
let loading: Promise<PathsModule> | null = null;

/** The path finder, or null while it has not loaded. */
export const loadedPathFinder = (): PathsModule | null => finder;

export function loadPathFinder(): Promise<PathsModule> {
  loading ??= import('../domain/paths').then(
    (module) => (finder = module),
    (error: unknown) => {
      loading = null; // a failed download may succeed next time
      throw error;
    },
  );
  return loading;
}

/** Loads the path finder as soon as `store` asks for a path, then nudges its subscribers. */
export function watchPathFinder(store: StoreApi<AppStore>): void {
  const check = (state: AppStore) => {
    if (finder || !state.path.from || !state.path.to) return;
    unsubscribe();
    loadPathFinder().then(
      // An empty update: derived paths are recomputed; history sees no new document.
      () => store.setState({}),
      (error: unknown) => console.warn('The path finder could not be loaded', error),
    );
  };
  const unsubscribe = store.subscribe(check);
  check(store.getState());
}
