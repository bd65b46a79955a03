// Level of detail: how the canvas draws a graph of a given size, as pure rules. Small
// graphs (the bundled one) are drawn in full; as graphs grow the canvas switches to
// Cytoscape's WebGL renderer, straight relations, and skips what cannot be read at the
// current zoom or while the view moves. Hit-testing is never approximated: clicks select
// what is under the pointer at every level.

export interface DrawPlan {
  /** Cytoscape's WebGL renderer (nodes and edges drawn by the GPU, labels from textures). */
  webgl: boolean;
  /** While panning or zooming, the canvas renderer moves a bitmap instead of redrawing. */
  textureOnViewport: boolean;
  /** While panning or zooming, relations are not drawn. */
  hideEdgesOnViewport: boolean;
  /** While panning or zooming, no labels are drawn. */
  hideLabelsOnViewport: boolean;
  /** Straight relations: no fanned-out bundles (control points cost per edge per frame). */
  straightEdges: boolean;
  /** Directed relations keep their arrowheads (each is a separate shape to draw). */
  arrows: boolean;
  /** Every entity's name is drawn (else only the selection's, its neighbours', the pointer's). */
  nodeLabels: boolean;
  /** An entity's label is skipped when drawn smaller than this (px on screen). */
  nodeLabelMinPx: number;
  /** How far out the reader may zoom: far enough to fit the whole graph. */
  minZoom: number;
}

/** The zoom-out limit of small graphs: beyond it they are specks. */
export const SMALL_MIN_ZOOM = 0.15;

/** Up to this many elements (entities + relations) everything is drawn, always. */
export const FULL_DETAIL_MAX = 1000;
/** From this many elements on, the WebGL renderer draws faster than the 2D canvas. */
export const WEBGL_MIN = 4000;

export function drawPlan(nodeCount: number, edgeCount: number): DrawPlan {
  const elements = nodeCount + edgeCount;
  if (elements <= FULL_DETAIL_MAX) {
    return {
      webgl: false,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      hideLabelsOnViewport: false,
      straightEdges: false,
      arrows: true,
      nodeLabels: true,
      nodeLabelMinPx: 6,
      minZoom: SMALL_MIN_ZOOM,
    };
  }
  const webgl = elements >= WEBGL_MIN;
  return {
    webgl,
    // The WebGL renderer redraws fast enough; the bitmap trick is for the 2D canvas.
    textureOnViewport: !webgl,
    hideEdgesOnViewport: !webgl,
    hideLabelsOnViewport: true,
    straightEdges: true,
    arrows: elements < WEBGL_MIN,
    nodeLabels: elements < WEBGL_MIN,
    // Labels of thousands of entities overlap into noise until zoomed in.
    nodeLabelMinPx: elements >= WEBGL_MIN ? 10 : 8,
    // A laid-out graph spans roughly 90 px × √entities; allow twice that in a 600 px panel.
    minZoom: Math.min(SMALL_MIN_ZOOM, 1.5 / Math.sqrt(nodeCount)),
  };
}
