// preparePlacement fetches fcose before the canvas mounts, only when the first placement
// will run it (in a file of its own: once loaded, fcose stays registered for the file).
import { forceLayoutReady } from '../../src/graph/layout';
import { preparePlacement } from '../../src/graph/placeGraph';
import { createMemoryPositions } from '../../src/storage/positions';

const twoSaved = () => {
  const positions = createMemoryPositions();
  positions.save('g', {
    layout: 'force',
    positions: new Map([
      ['a', { x: 1, y: 2 }],
      ['b', { x: 3, y: 4 }],
    ]),
  });
  return positions;
};

it('needs nothing when saved positions cover every entity', async () => {
  await preparePlacement('g', ['a', 'b'], twoSaved());
  expect(forceLayoutReady()).toBe(false);
});

it('needs nothing for a graph the worker lays out', async () => {
  const ids = Array.from({ length: 101 }, (_, i) => `n${i}`);
  await preparePlacement('big', ids, createMemoryPositions());
  expect(forceLayoutReady()).toBe(false);
});

it('loads fcose for a small graph when an entity has no saved position', async () => {
  await preparePlacement('g', ['a', 'b', 'c'], twoSaved());
  expect(forceLayoutReady()).toBe(true);
});
