// On a graph of thousands a shown path is drawn at a readable on-screen size; only its
// elements are restyled, and they go back to their stylesheet size once off the path.
import { createCy } from '../../src/graph/createCy';
import { applyNamedSize, atLeastOnScreen, NAMED_PX } from '../../src/graph/namedSize';
import { syntheticGraph } from '../bench/syntheticGraph';

describe('atLeastOnScreen', () => {
  it('grows a model size so it shows at least px on screen, never shrinks it', () => {
    expect(atLeastOnScreen(16, 18, 0.1)).toBe(180);
    expect(atLeastOnScreen(16, 12, 2)).toBe(16);
  });
});

describe('applyNamedSize', () => {
  it('sizes a shown path for the screen and leaves the rest alone', () => {
    const cy = createCy(syntheticGraph(1000, 4));
    cy.zoom(0.1);
    const zoom = cy.zoom();
    const base = cy.getElementById('n500').numericStyle('width');
    const relation = cy.getElementById('n0').edgesWith(cy.getElementById('n1')).first();
    expect(relation.nonempty()).toBe(true);
    cy.getElementById('n0').addClass('on-path');
    cy.getElementById('n1').addClass('on-path');
    relation.addClass('on-path');
    // The selection's classes no longer size anything: it is drawn on the overlay.
    cy.getElementById('n2').addClass('selected');
    applyNamedSize(cy);
    expect(cy.getElementById('n0').numericStyle('width')).toBe(
      atLeastOnScreen(base, NAMED_PX, zoom),
    );
    expect(relation.numericStyle('width')).toBeGreaterThan(10);
    const grown = cy.nodes().filter((n) => n.numericStyle('width') !== base);
    expect(grown.map((n) => n.id()).sort()).toEqual(['n0', 'n1']);

    cy.getElementById('n1').removeClass('on-path');
    applyNamedSize(cy);
    expect(cy.getElementById('n1').numericStyle('width')).toBe(base);
    expect(cy.getElementById('n0').numericStyle('width')).toBe(
      atLeastOnScreen(base, NAMED_PX, zoom),
    );
  });
});
