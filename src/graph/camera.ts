// Camera moves as plain functions of a Cytoscape instance: fit, zoom about the centre,
// and bringing an element into view. Animations are gentle and skipped when the user
// prefers reduced motion.
import type { Core, SingularElementArgument } from 'cytoscape';
import { markCameraMoved, resumeAutoFit } from './autoFit';

export const FIT_PADDING = 40;
const ANIMATION_MS = 250;

export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** Past this many elements a fit frames entity positions, not labels: measuring every
 * label of a 20,000-element graph takes seconds. */
const LABEL_AWARE_FIT_MAX = 1000;

/** The box around the drawn entities' centres, read from positions alone (no styles, no
 * bounding-box caches): what a fit of thousands of entities needs, in milliseconds. */
export function centresBox(cy: Core): { x1: number; y1: number; x2: number; y2: number } | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const nodes = cy.nodes();
  const widen = (drawnOnly: boolean) => {
    nodes.forEach((node) => {
      if (drawnOnly && node.hasClass('hidden')) return;
      const { x, y } = node.position();
      if (x < x1) x1 = x;
      if (x > x2) x2 = x;
      if (y < y1) y1 = y;
      if (y > y2) y2 = y;
    });
  };
  widen(true);
  if (x1 === Infinity) widen(false); // the filters hide everything: frame it all
  return x1 === Infinity ? null : { x1, y1, x2, y2 };
}

/** Fits the visible elements (all of them when the filters hide everything). */
export function fitGraph(cy: Core, padding = FIT_PADDING): void {
  if (cy.elements().length <= LABEL_AWARE_FIT_MAX) {
    const visible = cy.elements().not('.hidden');
    cy.fit(visible.nonempty() ? visible : cy.elements(), padding);
    resumeAutoFit(cy);
    return;
  }
  const box = centresBox(cy);
  // Entities are drawn around their centres: leave room for the largest of them.
  const margin = padding + 16;
  const width = cy.width() - 2 * margin;
  const height = cy.height() - 2 * margin;
  if (!box || width <= 0 || height <= 0) return;
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(width / w, height / h)));
  cy.viewport({
    zoom,
    pan: {
      x: (cy.width() - zoom * (box.x1 + box.x2)) / 2,
      y: (cy.height() - zoom * (box.y1 + box.y2)) / 2,
    },
  });
  resumeAutoFit(cy);
}

/** Zooms by `factor` about the centre of the viewport, within the zoom limits. */
export function zoomBy(cy: Core, factor: number): void {
  markCameraMoved(cy);
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** True when the element's bounding box lies wholly inside the viewport. */
export function isInView(cy: Core, ele: SingularElementArgument): boolean {
  const view = cy.extent();
  const box = ele.boundingBox({});
  return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
}

/**
 * Brings an element into view by centring on it, if it is off-screen; returns whether the
 * camera moved. The zoom is kept, so the user's sense of scale survives.
 */
export function focusOn(cy: Core, id: string): boolean {
  const ele = cy.getElementById(id);
  if (ele.empty() || ele.hasClass('hidden') || cy.width() === 0 || isInView(cy, ele)) {
    return false;
  }
  cy.stop(true);
  markCameraMoved(cy);
  if (prefersReducedMotion()) cy.center(ele);
  else cy.animate({ center: { eles: ele }, duration: ANIMATION_MS, easing: 'ease-in-out-sine' });
  return true;
}
