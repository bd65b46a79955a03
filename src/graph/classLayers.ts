// The classes the canvas should show, as data: one layer per concern (visibility,
// selection, hover), each saying which class every element should carry. Diffing the
// previous layer against the next gives the few elements whose class really changes, so a
// selection or a filter touches only those (classes.ts applies the diff). Pure: no
// Cytoscape here, so it is tested in Node.
import type { GraphFile } from '../domain/schema';
import type { Selection } from '../domain/types';
import { bundlesOf, drawnIdOf, type Drawn } from '../domain/bundles';
import { indexGraph, otherEnd } from '../domain/graphIndex';

/** One class (or '') per element: `byId` for the named ones, `rest` for every other. */
export interface ClassLayer {
  byId: ReadonlyMap<string, string>;
  rest: string;
}

export const EMPTY_LAYER: ClassLayer = { byId: new Map(), rest: '' };

export interface ClassChange {
  id: string;
  from: string;
  to: string;
}

const classOf = (layer: ClassLayer, id: string) => layer.byId.get(id) ?? layer.rest;

/**
 * The elements whose class differs between two layers. Only the named elements of either
 * are compared, unless the class of "the rest" changed: then every element may change.
 */
export function diffLayers(
  prev: ClassLayer,
  next: ClassLayer,
  allIds: () => Iterable<string>,
): ClassChange[] {
  if (prev === next) return [];
  const ids: Iterable<string> =
    prev.rest === next.rest ? new Set([...prev.byId.keys(), ...next.byId.keys()]) : allIds();
  const changes: ClassChange[] = [];
  for (const id of ids) {
    const from = classOf(prev, id);
    const to = classOf(next, id);
    if (from !== to) changes.push({ id, from, to });
  }
  return changes;
}

/** `hidden` on every entity, relation and bundle the canvas does not draw. */
export function visibilityLayer(graph: GraphFile, drawn: Drawn): ClassLayer {
  const byId = new Map<string, string>();
  for (const node of graph.nodes) if (!drawn.nodes.has(node.id)) byId.set(node.id, 'hidden');
  for (const edge of graph.edges) if (!drawn.edges.has(edge.id)) byId.set(edge.id, 'hidden');
  for (const bundle of bundlesOf(graph).list)
    if (!drawn.bundles.has(bundle.id)) byId.set(bundle.id, 'hidden');
  return { byId, rest: '' };
}

/** The edges drawn at an entity: its own drawn relations, and its collapsed bundles. */
function drawnEdgesAt(graph: GraphFile, drawn: Drawn, nodeId: string): Map<string, string> {
  const edges = new Map<string, string>(); // drawn edge id → the entity at its other end
  for (const edge of indexGraph(graph).edgesByNode.get(nodeId) ?? []) {
    const id = drawnIdOf(graph, drawn, edge.id);
    if (id !== null && id !== nodeId) edges.set(id, otherEnd(edge, nodeId));
  }
  return edges;
}

/**
 * A selected entity: it, its drawn relations and bundles (`incident`) and the entities at
 * their other ends (`neighbour`) stand out, the rest fades. A selected relation: what draws
 * it (itself, or its collapsed bundle) and its two ends. A bundle open in the details, with
 * nothing selected: the bundle (or, expanded, its relations) and its ends. What the filters
 * hide highlights nothing, so the view never fades to blank. Without `fadeRest` (graphs of
 * thousands) the rest keeps its look, so a selection touches only its own elements.
 */
export function selectionLayer(
  graph: GraphFile,
  drawn: Drawn,
  selection: Selection,
  openedBundle: string | null,
  fadeRest = true,
): ClassLayer {
  const byId = new Map<string, string>();
  const focus = (ends: readonly string[]) => {
    for (const end of ends) if (!byId.has(end)) byId.set(end, 'neighbour');
    return { byId, rest: fadeRest ? 'faded' : '' };
  };
  if (selection?.kind === 'node') {
    if (!drawn.nodes.has(selection.id)) return EMPTY_LAYER;
    byId.set(selection.id, 'selected');
    const edges = drawnEdgesAt(graph, drawn, selection.id);
    for (const id of edges.keys()) byId.set(id, 'incident');
    return focus([...edges.values()]);
  }
  if (selection?.kind === 'edge') {
    const edge = indexGraph(graph).edgeById.get(selection.id);
    const id = edge ? drawnIdOf(graph, drawn, edge.id) : null;
    if (!edge || id === null) return EMPTY_LAYER;
    byId.set(id, 'selected');
    return focus([edge.source, edge.target]);
  }
  const bundle = openedBundle ? bundlesOf(graph).byId.get(openedBundle) : undefined;
  if (!bundle) return EMPTY_LAYER;
  if (drawn.bundles.has(bundle.id)) byId.set(bundle.id, 'selected');
  else {
    const shown = bundle.edgeIds.filter((id) => drawn.edges.has(id));
    if (shown.length === 0) return EMPTY_LAYER;
    for (const id of shown) byId.set(id, 'incident');
  }
  return focus(bundle.ends);
}

/** `hovered` on what the pointer is over; a relation inside a collapsed bundle lights it. */
export function hoverLayer(graph: GraphFile, drawn: Drawn, hover: Selection): ClassLayer {
  if (!hover) return EMPTY_LAYER;
  const id =
    hover.kind === 'edge' && !drawn.bundles.has(hover.id)
      ? drawnIdOf(graph, drawn, hover.id)
      : hover.id;
  return id === null ? EMPTY_LAYER : { byId: new Map([[id, 'hovered']]), rest: '' };
}
