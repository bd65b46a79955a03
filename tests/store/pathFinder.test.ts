// Paths without graphology in the first load: a store that asks for a path gets "pending",
// the path finder loads, and every subscriber then sees the paths found.
import { createAppStore } from '../../src/store/appStore';
import { loadedPathFinder } from '../../src/store/pathFinder';
import { selectActivePath, selectPaths } from '../../src/store/pathSelectors';
import { sampleLoaded } from '../fixtures/sampleGraph';

it('is not loaded until a path is asked for, then pending, then found', async () => {
  const store = createAppStore({ loaded: sampleLoaded() });
  store.getState().setPathFrom('putin');
  expect(selectPaths(store.getState())).toBeNull();
  expect(loadedPathFinder()).toBeNull();

  const seen: string[] = [];
  store.subscribe((s) => seen.push(selectPaths(s)?.kind ?? 'none chosen'));
  store.getState().setPathTo('united-states');
  expect(selectPaths(store.getState())).toEqual({ kind: 'pending' });
  expect(selectActivePath(store.getState())).toBeNull();

  await vi.waitFor(() => expect(seen.at(-1)).toBe('found'));
  expect(loadedPathFinder()).not.toBeNull();
  expect(selectActivePath(store.getState())?.nodes).toEqual([
    'putin',
    'russia',
    'iran',
    'united-states',
  ]);
  // The nudge that recomputes paths is no step of the document's history.
  expect(store.getState().undoable).toBe(0);
});
