// Store state → Cytoscape classes, as plain functions of (cy, state) so they can be tested
// headless. The controllers are thin subscriptions around these. Nothing here adds,
// removes or moves elements: filtering hides, selection highlights.
import type { Core } from 'cytoscape';
import type { Visible } from '../domain/filters';
import type { Selection } from '../domain/types';

/** `.hidden` on every element the filters leave out, and on nothing else. */
export function applyVisibility(cy: Core, visible: Visible): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('hidden', !visible.nodes.has(node.id()));
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('hidden', !visible.edges.has(edge.id()));
    });
  });
}

const SELECTION_CLASSES = 'selected neighbour incident faded';

/**
 * A selected entity: it, its visible neighbours and the visible relations between them
 * stand out, the rest fades. A selected relation: it and its two ends. A selection that
 * the filters hide highlights nothing, so the view never fades to blank.
 */
export function applySelection(cy: Core, selection: Selection, visible: Visible): void {
  cy.batch(() => {
    cy.elements().removeClass(SELECTION_CLASSES);
    if (!selection) return;
    const shown = selection.kind === 'node' ? visible.nodes : visible.edges;
    const target = cy.getElementById(selection.id);
    if (target.empty() || !shown.has(selection.id)) return;

    let focus = target;
    if (selection.kind === 'node') {
      const edges = target
        .connectedEdges()
        .filter((edge) => visible.edges.has(edge.id()) && edge.id() !== selection.id);
      const neighbours = edges.connectedNodes().filter((n) => n.id() !== selection.id);
      edges.addClass('incident');
      neighbours.addClass('neighbour');
      focus = focus.union(edges).union(neighbours);
    } else {
      const ends = target.connectedNodes();
      ends.addClass('neighbour');
      focus = focus.union(ends);
    }
    target.addClass('selected');
    cy.elements().not(focus).addClass('faded');
  });
}

/** `.hovered` on what the pointer is over (on the canvas, or in the article). */
export function applyHover(cy: Core, hover: Selection): void {
  cy.batch(() => {
    cy.elements('.hovered').removeClass('hovered');
    if (hover) cy.getElementById(hover.id).addClass('hovered');
  });
}
