// Makes the Cytoscape instance for a graph: elements, stylesheet and interaction options.
// The canvas component and the headless tests share it, so tests exercise the real setup.
import cytoscape, { type Core } from 'cytoscape';
import type { GraphFile } from '../domain/schema';
import { toElements } from './elements';
import { buildStylesheet } from './stylesheet';
import { drawPlan, WEBGL_MIN, type DrawPlan } from '../domain/levelOfDetail';
import { lodStyle } from './lodStyle';
import { detectGpu } from './gpu';
import { quietActivation } from './quietActivation';
import { attachEdgeLayer } from './edgeLayer';
import { edgeOpacityOf } from './edgeOpacity';
import { keepLayerOnEdgeChanges } from './keepLayerOnEdgeChanges';

export const MAX_ZOOM = 4;

const plans = new WeakMap<Core, DrawPlan>();

/** The level-of-detail plan an instance was made with (full detail if not made here). */
export function drawPlanOf(cy: Core): DrawPlan {
  return plans.get(cy) ?? drawPlan(0, 0);
}

/** With a container, a rendered canvas; without one, a headless instance (tests, Node). */
export function createCy(graph: GraphFile, container?: HTMLElement): Core {
  const big = graph.nodes.length + graph.edges.length >= WEBGL_MIN;
  // Asking for a WebGL context costs tens of ms: only graphs big enough to use it ask.
  const plan = drawPlan(
    graph.nodes.length,
    graph.edges.length,
    container && big ? detectGpu() : 'software',
  );
  const style = buildStylesheet(graph);
  const cy = cytoscape({
    ...(container ? { container } : { headless: true, styleEnabled: true }),
    ...(container && plan.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    textureOnViewport: plan.textureOnViewport,
    hideEdgesOnViewport: plan.hideEdgesOnViewport,
    hideLabelsOnViewport: plan.hideLabelsOnViewport,
    elements: toElements(graph),
    style: [...style, ...lodStyle(plan)],
    // No fit here: a fit measures every label, and the canvas fits once positions exist.
    layout: { name: 'preset', fit: false },
    minZoom: plan.minZoom,
    maxZoom: MAX_ZOOM,
    // Selection lives in the store and shows through classes, not Cytoscape's own state.
    autounselectify: true,
    boxSelectionEnabled: false,
  });
  plans.set(cy, plan);
  if (plan.highlightOnOverlay) quietActivation(cy);
  if (container && plan.edgesOnLayer) {
    attachEdgeLayer(cy, edgeOpacityOf(graph));
    keepLayerOnEdgeChanges(cy);
  }
  return cy;
}
