// @vitest-environment jsdom
// A new entity's place is saved with the graph's positions as the canvas adds it, so the
// next load draws it there (and keeps the rest where the reader left them).
import type { Core } from 'cytoscape';
import { act, renderHook } from '@testing-library/react';
import { createCy } from '../../src/graph/createCy';
import { useDocumentController } from '../../src/graph/useDocumentController';
import { createAppStore } from '../../src/store/appStore';
import { createMemoryPositions } from '../../src/storage/positions';
import { sampleLoaded, span } from '../fixtures/sampleGraph';

let cy: Core;
afterEach(() => cy.destroy());

function setup() {
  const loaded = sampleLoaded();
  cy = createCy(loaded.graph);
  cy.nodes().forEach((n, i) => void n.position({ x: 200 * i, y: 50 * i }));
  const store = createAppStore({ graphId: 'g-1', loaded });
  const positions = createMemoryPositions();
  renderHook(() => useDocumentController(cy, store, positions));
  return { store, positions };
}

const round = (p: { x: number; y: number }) => ({ x: Math.round(p.x), y: Math.round(p.y) });

it('saves every entity’s place, the new one included, when an entity is added', () => {
  const { store, positions } = setup();
  expect(positions.load('g-1')).toBeNull();
  act(
    () =>
      void store.getState().edit({
        kind: 'addEntity',
        node: {
          id: 'tehran',
          label: 'Tehran',
          type: 'country',
          aliases: [],
          summary: 'Denies a claim.',
          evidence: [span('Tehran')],
        },
      }),
  );
  expect(store.getState().editError).toBeNull();
  const saved = positions.load('g-1');
  expect(saved?.layout).toBe(store.getState().layout);
  expect(saved?.positions.size).toBe(cy.nodes().length);
  for (const node of cy.nodes())
    expect(saved?.positions.get(node.id())).toEqual(round(node.position()));
  expect(saved?.positions.has('tehran')).toBe(true);
});

it('saves nothing for an edit that adds no entity', () => {
  const { store, positions } = setup();
  act(
    () =>
      void store.getState().edit({ kind: 'deleteRelation', id: 'iran-supplies-russia-missiles' }),
  );
  expect(positions.load('g-1')).toBeNull();
});
