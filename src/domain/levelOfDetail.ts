// Level of detail: how the canvas draws a graph of a given size, as pure rules. Small
// graphs (the bundled one) are drawn in full; as graphs grow the canvas switches to
// Cytoscape's WebGL renderer, straight relations, and skips what cannot be read at the
// current zoom or while the view moves. Hit-testing is never approximated: clicks select
// what is under the pointer at every level.

/** Where WebGL would run: a real GPU, or a software rasteriser (or none at all). */
export type Gpu = 'hardware' | 'software';

/** Software rasterisers as WebGL names them (ANGLE's SwiftShader, Mesa's llvmpipe and
 * softpipe, Windows' basic render driver). */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** What a WebGL renderer string (WEBGL_debug_renderer_info) says about the GPU. */
export function gpuOfRenderer(renderer: string | null | undefined): Gpu {
  if (!renderer) return 'software';
  return SOFTWARE_GL.test(renderer) ? 'software' : 'hardware';
}

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
  /** Relation lines are all solid and entities have no outline: a dashed line costs several
   * times a solid one to draw on the 2D canvas, and thousands of them are not told apart
   * by their dashes at the zoom that shows them all. Colours (type) and opacity (status)
   * stay. */
  plainLines: boolean;
  /** Relations are drawn on a canvas of our own under Cytoscape's, all of one look in one
   * stroke (graph/edgeLayer.ts); Cytoscape keeps them transparent, for hit-testing only. Its
   * 2D renderer repaints element by element on every change, ~20 µs each: most of a filter's
   * cost on a graph of thousands. Not with WebGL, which draws them fast itself. */
  edgesOnLayer: boolean;
  /** The selection and the pointer are drawn on an overlay over the graph (the rest dimmed
   * under it) instead of through element classes: on a graph of thousands any class change
   * makes Cytoscape repaint every element. */
  highlightOnOverlay: boolean;
  /** Entities and relations on a chosen path keep a readable on-screen size at any zoom, so
   * the path shows even when the graph is zoomed out to dots. */
  namedAtScreenSize: boolean;
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
/** From this many elements on, entities are dots, lines are plain and, on a real GPU, the
 * WebGL renderer draws faster than the 2D canvas. */
export const WEBGL_MIN = 4000;

export function drawPlan(nodeCount: number, edgeCount: number, gpu: Gpu = 'software'): DrawPlan {
  const elements = nodeCount + edgeCount;
  if (elements <= FULL_DETAIL_MAX) {
    return {
      webgl: false,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      hideLabelsOnViewport: false,
      straightEdges: false,
      plainLines: false,
      edgesOnLayer: false,
      highlightOnOverlay: false,
      namedAtScreenSize: false,
      arrows: true,
      nodeLabels: true,
      nodeLabelMinPx: 6,
      minZoom: SMALL_MIN_ZOOM,
    };
  }
  const big = elements >= WEBGL_MIN;
  // Measured in headless Chromium on SwiftShader: a 5,000-entity frame took ~1.1 s with
  // WebGL against ~0.4 s on the 2D canvas, and every pointer move re-rendered a picking
  // buffer. On a GPU it is the other way round.
  const webgl = big && gpu === 'hardware';
  return {
    webgl,
    // The WebGL renderer redraws fast enough; the bitmap trick is for the 2D canvas.
    textureOnViewport: !webgl,
    hideEdgesOnViewport: !webgl,
    hideLabelsOnViewport: true,
    straightEdges: true,
    plainLines: big,
    edgesOnLayer: big && !webgl,
    highlightOnOverlay: big,
    namedAtScreenSize: big,
    arrows: !big,
    nodeLabels: !big,
    // Labels of thousands of entities overlap into noise until zoomed in.
    nodeLabelMinPx: big ? 10 : 8,
    // A laid-out graph spans roughly 90 px × √entities; allow twice that in a 600 px panel.
    minZoom: Math.min(SMALL_MIN_ZOOM, 1.5 / Math.sqrt(nodeCount)),
  };
}
