// Label level of detail: constant on-screen label size when zoomed out, and the less
// connected of two overlapping labels hidden.
import {
  LABEL_PX,
  applyLabelLevel,
  labelsToHide,
  modelFontSize,
  type LabelBox,
} from '../../src/graph/labelLevel';
import { createCy } from '../../src/graph/createCy';
import { syntheticGraph } from '../bench/syntheticGraph';
import { sampleGraph } from '../fixtures/sampleGraph';
import { overlaps, rectAround } from '../../src/domain/badgePlacement';
import type { Core } from 'cytoscape';

const box = (id: string, x: number, y: number, rank: number): LabelBox => ({
  id,
  x,
  y,
  w: 60,
  h: 16,
  rank,
});

describe('labelsToHide', () => {
  it('hides the lower-ranked of two overlapping labels, whatever the order given', () => {
    const hub = box('hub', 100, 100, 50);
    const leaf = box('leaf', 130, 105, 30);
    expect(labelsToHide([leaf, hub])).toEqual(new Set(['leaf']));
    expect(labelsToHide([hub, leaf])).toEqual(new Set(['leaf']));
  });

  it('keeps labels that do not touch', () => {
    expect(labelsToHide([box('a', 0, 0, 1), box('b', 200, 0, 1), box('c', 0, 40, 1)])).toEqual(
      new Set(),
    );
  });

  it('lets a hidden label not block others', () => {
    // b clashes with a (kept) and c; c only with b: b hidden, c kept
    const kept = labelsToHide([box('a', 0, 0, 3), box('b', 50, 0, 2), box('c', 100, 0, 1)]);
    expect(kept).toEqual(new Set(['b']));
  });
});

describe('modelFontSize', () => {
  it('renders labels at LABEL_PX on screen when zoomed out, and grows with zoom past 1', () => {
    for (const zoom of [0.3, 0.5, 0.73]) {
      expect(modelFontSize(zoom) * zoom).toBeGreaterThanOrEqual(LABEL_PX - 0.2);
      expect(modelFontSize(zoom) * zoom).toBeLessThanOrEqual(LABEL_PX + 0.2);
    }
    expect(modelFontSize(1)).toBe(LABEL_PX);
    expect(modelFontSize(2)).toBe(LABEL_PX);
  });
});

describe('applyLabelLevel on a graph of thousands', () => {
  it('sizes only the entities that carry a name (a shown path), leaving the rest untouched', () => {
    const cy = createCy(syntheticGraph(1000, 4));
    cy.zoom(0.1);
    cy.getElementById('n0').addClass('on-path');
    cy.getElementById('n1').addClass('on-path');
    // Named on the overlay, not through classes: left alone here.
    cy.getElementById('n2').addClass('selected');
    applyLabelLevel(cy, true);
    expect(cy.getElementById('n0').numericStyle('font-size')).toBe(modelFontSize(cy.zoom()));
    expect(cy.getElementById('n1').numericStyle('font-size')).toBe(modelFontSize(cy.zoom()));
    expect(cy.getElementById('n500').numericStyle('font-size')).toBe(LABEL_PX);
    const resized = cy.nodes().filter((n) => n.numericStyle('font-size') !== LABEL_PX);
    expect(resized.map((n) => n.id()).sort()).toEqual(['n0', 'n1']);
  });

  it('sizes every entity when all carry names', () => {
    // One relation per entity: a ring, so no bundles (whose midpoints need a renderer).
    const cy = createCy(syntheticGraph(100, 1));
    cy.zoom(0.2);
    applyLabelLevel(cy);
    expect(modelFontSize(cy.zoom())).not.toBe(LABEL_PX);
    expect(cy.getElementById('n50').numericStyle('font-size')).toBe(modelFontSize(cy.zoom()));
  });
});

describe("a bundle's badge", () => {
  const BUNDLE = 'bundle:iran~russia';

  /** The sample graph laid out by hand: Iran and Russia `apart` px apart, the U.S. between. */
  function laidOut(apart: number): Core {
    const cy = createCy(sampleGraph());
    cy.getElementById('iran').position({ x: 0, y: 0 });
    cy.getElementById('russia').position({ x: apart, y: 0 });
    cy.getElementById('united-states').position({ x: apart / 2, y: 0 });
    cy.getElementById('putin').position({ x: apart, y: 300 });
    cy.zoom(1);
    cy.pan({ x: 100, y: 100 });
    return cy;
  }

  /** Where the badge is drawn, on screen: the line's midpoint moved by its text margins. */
  function badgeCentre(cy: Core) {
    const edge = cy.getElementById(BUNDLE);
    const a = edge.source().renderedPosition();
    const b = edge.target().renderedPosition();
    return {
      x: (a.x + b.x) / 2 + edge.numericStyle('text-margin-x') * cy.zoom(),
      y: (a.y + b.y) / 2 + edge.numericStyle('text-margin-y') * cy.zoom(),
    };
  }

  it('is the short count; the full label waits for hover or selection', () => {
    const cy = laidOut(300);
    const edge = cy.getElementById(BUNDLE);
    expect(edge.style('label')).toBe('4');
    edge.addClass('hovered');
    expect(edge.style('label')).toBe('4 relations · 1 contested');
  });

  it('slides along its line off an entity sitting on the middle of it', () => {
    const cy = laidOut(300);
    applyLabelLevel(cy);
    const edge = cy.getElementById(BUNDLE);
    expect(edge.hasClass('label-hidden')).toBe(false);
    const us = cy.getElementById('united-states');
    const body = rectAround(us.renderedPosition(), us.renderedWidth(), us.renderedHeight());
    expect(overlaps(rectAround(badgeCentre(cy), 20, 18), body)).toBe(false);
  });

  it('hides where its line has no free spot, and comes back when hovered', () => {
    const cy = laidOut(40);
    applyLabelLevel(cy);
    const edge = cy.getElementById(BUNDLE);
    expect(edge.hasClass('label-hidden')).toBe(true);
    expect(edge.style('text-opacity')).toBe('0');
    edge.addClass('hovered');
    expect(edge.style('text-opacity')).toBe('1');
  });

  it('never hides the name of an entity it joins (a phone-sized view)', () => {
    // Russia right under Iran: the bundle's middle is where Iran's name is drawn.
    const cy = laidOut(300);
    cy.getElementById('russia').position({ x: 0, y: 70 });
    applyLabelLevel(cy);
    expect(cy.getElementById('iran').hasClass('label-hidden')).toBe(false);
    expect(cy.getElementById('russia').hasClass('label-hidden')).toBe(false);
  });
});
