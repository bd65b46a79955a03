// Makes the Cytoscape instance for a graph: elements, stylesheet and interaction options.
// The canvas component and the headless tests share it, so tests exercise the real setup.
import cytoscape, { type Core } from 'cytoscape';
import type { GraphFile } from '../domain/schema';
import { toElements } from './elements';
import { buildStylesheet } from './stylesheet';

export const MIN_ZOOM = 0.15;
export const MAX_ZOOM = 4;

/** With a container, a rendered canvas; without one, a headless instance (tests, Node). */
export function createCy(graph: GraphFile, container?: HTMLElement): Core {
  return cytoscape({
    ...(container ? { container } : { headless: true, styleEnabled: true }),
    elements: toElements(graph),
    style: buildStylesheet(graph),
    layout: { name: 'preset' },
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    // Selection lives in the store and shows through classes, not Cytoscape's own state.
    autounselectify: true,
    boxSelectionEnabled: false,
  });
}
