// On a graph of thousands the selection is drawn at a readable on-screen size instead of
// fading everything else; only the picked elements are restyled, and they go back to their
// stylesheet size once no longer picked.
import { createCy } from '../../src/graph/createCy';
import { applyNamedSize, atLeastOnScreen, NAMED_PX, SELECTED_PX } from '../../src/graph/namedSize';
import { syntheticGraph } from '../bench/syntheticGraph';

describe('atLeastOnScreen', () => {
  it('grows a model size so it shows at least px on screen, never shrinks it', () => {
    expect(atLeastOnScreen(16, 18, 0.1)).toBe(180);
    expect(atLeastOnScreen(16, 12, 2)).toBe(16);
  });
});

describe('applyNamedSize', () => {
  it('sizes the selection and its neighbours for the screen and leaves the rest alone', () => {
    const cy = createCy(syntheticGraph(1000, 4));
    cy.zoom(0.1);
    const zoom = cy.zoom();
    const base = cy.getElementById('n500').numericStyle('width');
    const incident = cy.getElementById('n0').connectedEdges().first();
    cy.getElementById('n0').addClass('selected');
    cy.getElementById('n1').addClass('neighbour');
    incident.addClass('incident');
    applyNamedSize(cy);
    expect(cy.getElementById('n0').numericStyle('width')).toBe(
      atLeastOnScreen(base, SELECTED_PX, zoom),
    );
    expect(cy.getElementById('n1').numericStyle('height')).toBe(
      atLeastOnScreen(base, NAMED_PX, zoom),
    );
    expect(incident.numericStyle('width')).toBeGreaterThan(10);
    const grown = cy.nodes().filter((n) => n.numericStyle('width') !== base);
    expect(grown.map((n) => n.id()).sort()).toEqual(['n0', 'n1']);

    cy.getElementById('n1').removeClass('neighbour');
    applyNamedSize(cy);
    expect(cy.getElementById('n1').numericStyle('width')).toBe(base);
    expect(cy.getElementById('n0').numericStyle('width')).toBe(
      atLeastOnScreen(base, SELECTED_PX, zoom),
    );
  });
});
