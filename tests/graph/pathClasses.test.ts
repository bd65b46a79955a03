// The path on a headless canvas: exactly its entities and hops stand out, the rest fades,
// and clearing the path leaves no trace.
import type { Core } from 'cytoscape';
import { createCy } from '../../src/graph/createCy';
import { applyPath } from '../../src/graph/pathClasses';
import { createAppStore } from '../../src/store/appStore';
import { selectActivePath } from '../../src/store/pathSelectors';
import { loadPathFinder } from '../../src/store/pathFinder';
import { sampleLoaded } from '../fixtures/sampleGraph';

// The path finder loads on demand in the app (store/pathFinder.ts); here up front.
beforeAll(() => loadPathFinder());

const ids = (cy: Core, selector: string) =>
  cy
    .$(selector)
    .map((e) => e.id())
    .sort();

it('marks the path and fades everything else', () => {
  const store = createAppStore({ loaded: sampleLoaded() });
  const cy = createCy(store.getState().loaded.graph);
  store.getState().setPathFrom('putin');
  store.getState().setPathTo('united-states');
  applyPath(cy, selectActivePath(store.getState()));
  expect(ids(cy, '.on-path')).toEqual(
    [
      'bundle:iran~russia', // the hop Iran–Russia lies inside this bundle
      'iran',
      'iran-allies-russia',
      'putin',
      'putin-leads-russia',
      'russia',
      'united-states',
      'us-accuses-iran',
    ].sort(),
  );
  expect(ids(cy, '.off-path')).toEqual(
    ['iran-supplies-russia-drones', 'iran-supplies-russia-missiles', 'russia-rivals-iran'].sort(),
  );
  store.getState().clearPath();
  applyPath(cy, selectActivePath(store.getState()));
  expect(ids(cy, '.on-path, .off-path')).toEqual([]);
});
