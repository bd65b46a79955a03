// The path between two entities on the canvas: its entities and hops stand out
// (`.on-path`), everything else fades (`.off-path`). A plain function of (cy, path), like
// the other class appliers, so it is tested headless; the controller subscribes it.
import type { Core } from 'cytoscape';
import type { ExplainedPath } from '../domain/paths';
import { bundleId } from '../domain/bundles';

export function applyPath(cy: Core, path: ExplainedPath | null): void {
  cy.batch(() => {
    cy.elements().removeClass('on-path off-path');
    if (!path) return;
    const on = new Set<string>([...path.nodes, ...path.hops.map((h) => h.edgeId)]);
    // A hop inside a collapsed bundle is drawn by the bundle: the bundle is on the path.
    for (const hop of path.hops) {
      const edge = cy.getElementById(hop.edgeId);
      if (edge.nonempty() && edge.isEdge())
        on.add(bundleId(edge.source().id(), edge.target().id()));
    }
    cy.elements().forEach((el) => {
      el.addClass(on.has(el.id()) ? 'on-path' : 'off-path');
    });
  });
}

/** How faint a relation off the shown path is. */
export const OFF_PATH_EDGE_OPACITY = 0.08;

/** Stylesheet blocks for the path classes; they come after the selection's, so they win. */
export function pathStyles(highlight: string) {
  return [
    { selector: 'node.off-path', style: { opacity: 0.15 } },
    { selector: 'edge.off-path', style: { opacity: OFF_PATH_EDGE_OPACITY } },
    {
      selector: 'node.on-path',
      style: { opacity: 1, 'border-color': highlight, 'border-width': 4, 'z-index': 40 },
    },
    {
      selector: 'edge.on-path',
      style: {
        opacity: 1,
        width: 5,
        label: 'data(relationLabel)',
        'min-zoomed-font-size': 0,
        'z-index': 40,
      },
    },
  ];
}
