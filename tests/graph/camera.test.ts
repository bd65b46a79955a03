// @vitest-environment jsdom
// Camera helpers on a rendered instance with an 800×600 container (jsdom has no layout,
// so the container reports its size through stubbed clientWidth/clientHeight).
import type { Core } from 'cytoscape';
import { createCy, MAX_ZOOM } from '../../src/graph/createCy';
import { loadForceLayout, runLayout } from '../../src/graph/layout';
import { centresBox, fitGraph, focusOn, isInView, zoomBy } from '../../src/graph/camera';
import { syntheticGraph } from '../bench/syntheticGraph';
import { sampleGraph } from '../fixtures/sampleGraph';

// fcose is loaded on demand in the app (src/graph/layout.ts); these tests run it directly.
beforeAll(() => loadForceLayout());

let cy: Core;
let container: HTMLDivElement;

beforeEach(() => {
  container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { value: 800 });
  Object.defineProperty(container, 'clientHeight', { value: 600 });
  document.body.append(container);
  cy = createCy(sampleGraph(), container);
  runLayout(cy);
  fitGraph(cy);
});

afterEach(() => {
  cy.destroy();
  container.remove();
});

describe('camera', () => {
  it('fits every visible element inside the viewport', () => {
    expect(cy.width()).toBe(800);
    cy.nodes().forEach((n) => expect(isInView(cy, n)).toBe(true));
  });

  it('fits only what is visible, zooming in when entities are hidden', () => {
    const zoomAll = cy.zoom();
    cy.$('#putin, #united-states').addClass('hidden');
    fitGraph(cy);
    expect(cy.zoom()).toBeGreaterThan(zoomAll);
    expect(isInView(cy, cy.getElementById('iran'))).toBe(true);
  });

  it('zooms about the centre and stays within the zoom limits', () => {
    const centre = () => {
      const e = cy.extent();
      return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
    };
    const before = centre();
    const zoom = cy.zoom();
    zoomBy(cy, 2);
    expect(cy.zoom()).toBeCloseTo(Math.min(MAX_ZOOM, zoom * 2));
    expect(centre().x).toBeCloseTo(before.x);
    expect(centre().y).toBeCloseTo(before.y);
    for (let i = 0; i < 20; i++) zoomBy(cy, 2);
    expect(cy.zoom()).toBe(MAX_ZOOM);
  });

  it('brings an off-screen element into view and leaves a visible one alone', () => {
    cy.zoom({ level: 3, renderedPosition: { x: 0, y: 0 } });
    const offscreen = cy.nodes().filter((n) => !isInView(cy, n));
    expect(offscreen.nonempty()).toBe(true);
    const target = offscreen[0]!;

    // Reduced motion: the move is immediate, so it can be checked without waiting.
    const matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes('reduce') })) as never;
    try {
      expect(focusOn(cy, target.id())).toBe(true);
      expect(isInView(cy, target)).toBe(true);
      const pan = { ...cy.pan() };
      expect(focusOn(cy, target.id())).toBe(false);
      expect(cy.pan()).toEqual(pan);
    } finally {
      window.matchMedia = matchMedia;
    }
    expect(focusOn(cy, 'no-such-id')).toBe(false);
  });

  it('does not move to a hidden element', () => {
    cy.zoom({ level: 3, renderedPosition: { x: 0, y: 0 } });
    const target = cy.nodes().filter((n) => !isInView(cy, n))[0]!;
    target.addClass('hidden');
    const pan = { ...cy.pan() };
    expect(focusOn(cy, target.id())).toBe(false);
    expect(cy.pan()).toEqual(pan);
  });
});

describe('centresBox', () => {
  it("frames the drawn entities' centres, leaving hidden ones out", () => {
    const cy = createCy(syntheticGraph(100, 1));
    cy.nodes().positions((_, i) => ({ x: i, y: 100 - i }));
    cy.getElementById('n99').addClass('hidden');
    expect(centresBox(cy)).toEqual({ x1: 0, y1: 2, x2: 98, y2: 100 });
  });

  it('frames everything when the filters hide everything', () => {
    const cy = createCy(syntheticGraph(100, 1));
    cy.nodes().positions((_, i) => ({ x: i, y: 0 }));
    cy.nodes().addClass('hidden');
    expect(centresBox(cy)).toEqual({ x1: 0, y1: 0, x2: 99, y2: 0 });
  });
});
