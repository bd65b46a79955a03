// @vitest-environment jsdom
// The controller hooks as thin subscriptions: they apply the current state on mount,
// follow the store, stop on unmount, and move the camera only for selections made
// away from the canvas.
import type { Core } from 'cytoscape';
import { act, renderHook } from '@testing-library/react';
import { createCy } from '../../src/graph/createCy';
import { loadForceLayout, runLayout } from '../../src/graph/layout';
import { fitGraph, isInView } from '../../src/graph/camera';
import { useClassController } from '../../src/graph/useClassController';
import { useSelectionController } from '../../src/graph/useSelectionController';
import { useCanvasEvents } from '../../src/graph/useCanvasEvents';
import { createAppStore } from '../../src/store/appStore';
import { sampleLoaded } from '../fixtures/sampleGraph';

// fcose is loaded on demand in the app (src/graph/layout.ts); these tests run it directly.
beforeAll(() => loadForceLayout());

let cy: Core;
let container: HTMLDivElement;
const matchMedia = window.matchMedia;

beforeEach(() => {
  container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { value: 800 });
  Object.defineProperty(container, 'clientHeight', { value: 600 });
  document.body.append(container);
  cy = createCy(sampleLoaded().graph, container);
  runLayout(cy);
  fitGraph(cy);
  // Immediate camera moves, so the test need not wait for an animation.
  window.matchMedia = ((query: string) => ({ matches: query.includes('reduce') })) as never;
});

afterEach(() => {
  window.matchMedia = matchMedia;
  cy.destroy();
  container.remove();
});

it('useClassController applies the filters on mount, follows them, and stops on unmount', () => {
  const store = createAppStore({
    loaded: sampleLoaded(),
    filters: { hiddenRelationTypes: ['leads'] },
  });
  store.getState().expandAllBundles();
  const { unmount } = renderHook(() => useClassController(cy, store));
  expect(cy.$('.hidden').map((e) => e.id())).toEqual(['putin-leads-russia', 'bundle:iran~russia']);
  act(() => store.getState().toggleRelationType('accuses'));
  expect(cy.getElementById('us-accuses-iran').hasClass('hidden')).toBe(true);
  unmount();
  act(() => store.getState().resetFilters());
  expect(cy.getElementById('us-accuses-iran').hasClass('hidden')).toBe(true);
});

describe('useSelectionController', () => {
  function setup() {
    const store = createAppStore({ loaded: sampleLoaded() });
    renderHook(() => {
      useClassController(cy, store);
      useSelectionController(cy, store);
      useCanvasEvents(cy, store);
    });
    cy.zoom({ level: 3, renderedPosition: { x: 0, y: 0 } });
    const offscreen = cy.nodes().filter((n) => !isInView(cy, n));
    expect(offscreen.length).toBeGreaterThan(1);
    return { store, offscreen };
  }

  it('brings an entity selected elsewhere into view', () => {
    const { store, offscreen } = setup();
    const target = offscreen[0]!;
    act(() => store.getState().selectEntity(target.id()));
    expect(target.hasClass('selected')).toBe(true);
    expect(isInView(cy, target)).toBe(true);
  });

  it('leaves the camera alone for an element tapped on the canvas', () => {
    const { store, offscreen } = setup();
    const target = offscreen[0]!;
    const pan = { ...cy.pan() };
    act(() => {
      target.emit('tap');
    });
    expect(store.getState().selection).toEqual({ kind: 'node', id: target.id() });
    expect(store.getState().selectionOrigin).toBe('canvas');
    expect(cy.pan()).toEqual(pan);
    // The next selection from elsewhere moves the camera again.
    const other = offscreen[1]!;
    act(() => store.getState().selectEntity(other.id()));
    expect(isInView(cy, other)).toBe(true);
  });
});
