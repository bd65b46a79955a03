// Store state → Cytoscape classes, touching only the elements whose class changes: each
// layer (classLayers.ts) is recomputed when its inputs change, diffed against the last one
// and the difference applied in one batch. Nothing here adds, removes or moves elements:
// filtering hides, selection highlights.
import type { Core } from 'cytoscape';
import type { Drawn } from '../domain/bundles';
import type { GraphFile } from '../domain/schema';
import type { Selection } from '../domain/types';
import {
  diffLayers,
  EMPTY_LAYER,
  hoverLayer,
  selectionLayer,
  visibilityLayer,
  type ClassChange,
  type ClassLayer,
} from './classLayers';

/**
 * Applies class changes in one batch (one restyle, one redraw), one call per kind of change:
 * Cytoscape merges each call's elements into its pending restyle, and merging one element
 * at a time copied the growing set every time (~50 ms for a filter of 1,670 relations).
 */
export function applyChanges(cy: Core, changes: readonly ClassChange[]): void {
  if (changes.length === 0) return;
  const byKind = new Map<string, { from: string; to: string; ids: string[] }>();
  for (const { id, from, to } of changes) {
    const key = `${from}\u0000${to}`;
    let kind = byKind.get(key);
    if (!kind) byKind.set(key, (kind = { from, to, ids: [] }));
    kind.ids.push(id);
  }
  cy.batch(() => {
    for (const { from, to, ids } of byKind.values()) {
      const eles = cy.collection();
      for (const id of ids) {
        const ele = cy.getElementById(id);
        if (ele.nonempty()) eles.merge(ele);
      }
      if (from) eles.removeClass(from);
      if (to) eles.addClass(to);
    }
  });
}

export interface ClassInputs {
  graph: GraphFile;
  drawn: Drawn;
  selection: Selection;
  openedBundle: string | null;
  hover: Selection;
}

type Layer = 'visibility' | 'selection' | 'hover';

/**
 * Keeps a Cytoscape instance's classes in step with successive inputs. Each layer is
 * recomputed only when one of its own inputs changed identity. Returns how many elements
 * changed, for tests and benchmarks.
 */
export function createClassSync(
  cy: Core,
  { highlightOnOverlay = false }: { highlightOnOverlay?: boolean } = {},
): (inputs: ClassInputs) => number {
  let last: ClassInputs | null = null;
  const layers: Record<Layer, ClassLayer> = {
    visibility: EMPTY_LAYER,
    selection: EMPTY_LAYER,
    hover: EMPTY_LAYER,
  };
  const allIds = () => cy.elements().map((e) => e.id());

  return (next) => {
    const changed = (...keys: (keyof ClassInputs)[]) =>
      last === null || keys.some((k) => last![k] !== next[k]);
    const wanted: Partial<Record<Layer, ClassLayer>> = {};
    if (changed('graph', 'drawn')) wanted.visibility = visibilityLayer(next.graph, next.drawn);
    // With the highlight on an overlay (graphs of thousands) selection and hover touch no
    // element at all: see highlightOverlay.ts.
    if (!highlightOnOverlay && changed('graph', 'drawn', 'selection', 'openedBundle'))
      wanted.selection = selectionLayer(next.graph, next.drawn, next.selection, next.openedBundle);
    if (!highlightOnOverlay && changed('graph', 'drawn', 'hover'))
      wanted.hover = hoverLayer(next.graph, next.drawn, next.hover);
    last = next;
    const changes: ClassChange[] = [];
    for (const key of Object.keys(wanted) as Layer[]) {
      changes.push(...diffLayers(layers[key], wanted[key]!, allIds));
      layers[key] = wanted[key]!;
    }
    applyChanges(cy, changes);
    return changes.length;
  };
}
