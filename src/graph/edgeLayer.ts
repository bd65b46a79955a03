// The relations of a graph of thousands, drawn by us on a canvas under Cytoscape's
// (levelOfDetail: edgesOnLayer; drawing in edgeDrawing.ts). Cytoscape's 2D renderer spends
// ~20 µs of bookkeeping per element per repaint; here all relations of one look are one
// stroke. Cytoscape keeps the relations as transparent elements (lodStyle): a transparent
// element is skipped when drawing but still hit-tested, so clicks and hovers on relations
// stay Cytoscape's own, and filters still hide them with display: none. What is drawn
// follows Cytoscape's state: positions, the viewport, and which relations take up space.
import type { Core, EdgeSingular } from 'cytoscape';
import { drawGroups, groupEdges, type Groups, type Transform } from './edgeDrawing';

const layers = new WeakMap<Core, { opacityOf: (edge: EdgeSingular) => number }>();

/** The layer an instance draws its relations on, if it has one (for the PNG export). */
export function edgeLayerOf(cy: Core): { opacityOf: (edge: EdgeSingular) => number } | null {
  return layers.get(cy) ?? null;
}

/** A full redraw slower than this makes panning and zooming move the last picture instead,
 * redrawn in full once the view rests. */
const SLOW_DRAW_MS = 16;
const REST_MS = 150;

/**
 * Puts the layer under Cytoscape's canvases and redraws it after every Cytoscape frame, in
 * the same task, so both show in the same painted frame. Relations are regrouped only when
 * an element's style, classes or data changed; positions are read live. Gone with the
 * instance.
 */
export function attachEdgeLayer(cy: Core, opacityOf: (edge: EdgeSingular) => number): void {
  const container = cy.container();
  if (!container) return;
  layers.set(cy, { opacityOf });
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas__edges';
  canvas.setAttribute('aria-hidden', 'true');
  // First child: Cytoscape's own canvases (a positioned box after it) paint over it.
  container.insertBefore(canvas, container.firstChild);
  // The last full drawing, and the view it was drawn for, to move while the view moves.
  const picture = document.createElement('canvas');
  let pictureAt: Transform | null = null;
  let groups: Groups | null = null;
  let moved = true; // positions changed since the last full drawing
  let slow = false;
  let rest = 0;

  const fitCanvases = (): CanvasRenderingContext2D | null => {
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(container.clientWidth * ratio);
    const height = Math.round(container.clientHeight * ratio);
    for (const c of [canvas, picture]) {
      if (c.width !== width || c.height !== height) {
        c.width = width;
        c.height = height;
        pictureAt = null;
      }
    }
    return canvas.getContext('2d');
  };
  const viewNow = (): Transform => {
    const ratio = window.devicePixelRatio || 1;
    const pan = cy.pan();
    return { x: pan.x * ratio, y: pan.y * ratio, k: cy.zoom() * ratio };
  };
  const drawFull = () => {
    const ctx = fitCanvases();
    const pictureCtx = picture.getContext('2d');
    if (!ctx || !pictureCtx || cy.destroyed()) return;
    const started = performance.now();
    groups ??= groupEdges(cy, opacityOf);
    const at = viewNow();
    pictureCtx.clearRect(0, 0, picture.width, picture.height);
    drawGroups(pictureCtx, groups, at);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(picture, 0, 0);
    pictureAt = at;
    moved = false;
    slow = performance.now() - started > SLOW_DRAW_MS;
  };
  const draw = () => {
    clearTimeout(rest);
    const at = viewNow();
    if (!slow || moved || groups === null || pictureAt === null) return drawFull();
    if (at.x === pictureAt.x && at.y === pictureAt.y && at.k === pictureAt.k) return;
    // Only the view moved: move the last picture, and draw in full once the view rests.
    const ctx = fitCanvases();
    if (!ctx || pictureAt === null) return drawFull();
    const k = at.k / pictureAt.k;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(k, 0, 0, k, at.x - pictureAt.x * k, at.y - pictureAt.y * k);
    ctx.drawImage(picture, 0, 0);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    rest = window.setTimeout(drawFull, REST_MS);
  };
  const regroup = () => {
    groups = null;
  };
  const onMove = () => {
    moved = true;
  };
  cy.on('render', draw);
  cy.on('add remove style class data', regroup);
  cy.on('position', onMove);
  cy.one('destroy', () => {
    clearTimeout(rest);
    cy.removeListener('render', draw);
    cy.removeListener('add remove style class data', regroup);
    cy.removeListener('position', onMove);
    canvas.remove();
  });
}
