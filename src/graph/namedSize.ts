// On a graph of thousands, zoomed out to fit, entities are specks and relations hairlines:
// a shown path must still show. Its entities and relations are drawn at a readable on-screen
// size whatever the zoom, by style bypasses on those few elements only — never on the
// thousands of others, whose restyle would repaint everything. (The selection and the
// pointer are drawn at screen size on the highlight overlay: highlightOverlay.ts.)
import type { Core } from 'cytoscape';
import { NAMED_ON_BIG_GRAPHS } from './labelLevel';

/** On-screen diameter (CSS px) and line width that a path's element never drops below. */
export const NAMED_PX = 12;
export const LINE_PX = 2.5;

const sized = new WeakMap<Core, Set<string>>();

/** The model size that shows at least `px` on screen at this zoom (never below `model`). */
export function atLeastOnScreen(model: number, px: number, zoom: number): number {
  return Math.max(model, Math.round((px / zoom) * 4) / 4);
}

export function applyNamedSize(cy: Core): void {
  const zoom = cy.zoom();
  const before = sized.get(cy) ?? new Set<string>();
  const now = new Set<string>();
  cy.batch(() => {
    cy.elements(NAMED_ON_BIG_GRAPHS).forEach((ele) => {
      now.add(ele.id());
      ele.removeStyle('width height');
      const model = ele.numericStyle('width');
      const isNode = ele.group() === 'nodes';
      if (isNode) {
        const size = atLeastOnScreen(model, NAMED_PX, zoom);
        ele.style({ width: size, height: size });
      } else {
        ele.style('width', atLeastOnScreen(model, LINE_PX, zoom));
      }
    });
    for (const id of before) {
      if (!now.has(id)) cy.getElementById(id).removeStyle('width height');
    }
  });
  sized.set(cy, now);
}
