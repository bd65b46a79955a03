// The layouts offered by the "Layout" control, each as Cytoscape layout options for a
// given instance. Kept apart from layout.ts (the first load's force-directed run) so that
// file can change (a worker) without touching these. All lay out every element, hidden
// ones included, so a filter never moves anything; the camera then fits what is visible.
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { articleOrder, timelinePositions } from '../../domain/articleOrder';
import type { GraphFile } from '../../domain/schema';
import type { LayoutId } from '../../domain/viewOptions';
import { layoutOptions } from '../layout';

const ANIMATION_MS = 500;

type Make = (cy: Core, graph: GraphFile) => LayoutOptions;

const visibleDegree = (node: NodeSingular) => node.connectedEdges().not('.hidden').length;

const common = { fit: false, nodeDimensionsIncludeLabels: true } as const;

export const LAYOUT_OPTIONS: Record<LayoutId, Make> = {
  force: () => layoutOptions() as unknown as LayoutOptions,
  concentric: () => ({
    ...common,
    name: 'concentric',
    concentric: visibleDegree,
    levelWidth: () => 2,
    minNodeSpacing: 24,
  }),
  circle: () => ({ ...common, name: 'circle', spacingFactor: 0.9 }),
  grid: () => ({ ...common, name: 'grid', avoidOverlapPadding: 24 }),
  hierarchy: (cy) => {
    // Start from what only acts on others (no incoming relation); when every entity has
    // one (cycles everywhere), let Cytoscape choose.
    const roots = cy
      .nodes()
      .filter((n) => n.outgoers('edge').length > 0 && n.incomers('edge').length === 0);
    return {
      ...common,
      name: 'breadthfirst',
      directed: true,
      spacingFactor: 1.1,
      ...(roots.nonempty() ? { roots } : {}),
    };
  },
  article: (_cy, graph) => {
    const ids = articleOrder(graph);
    const perRow = Math.max(4, Math.ceil(Math.sqrt(ids.length * 1.6)));
    const positions = timelinePositions(ids, { perRow, dx: 150, dy: 110 });
    return {
      ...common,
      name: 'preset',
      positions: (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
    } as LayoutOptions;
  },
};

/** Options for a layout, animated unless the user prefers reduced motion (or `instant`). */
export function layoutFor(
  id: LayoutId,
  cy: Core,
  graph: GraphFile,
  instant: boolean,
): LayoutOptions {
  const options = LAYOUT_OPTIONS[id](cy, graph) as LayoutOptions & Record<string, unknown>;
  return {
    ...options,
    animate: instant ? false : id === 'force' ? 'end' : true,
    animationDuration: ANIMATION_MS,
  } as LayoutOptions;
}

/** Moves entities to positions computed elsewhere (fcose's), animated unless `instant`. */
export function presetLayout(
  positions: ReadonlyMap<string, { x: number; y: number }>,
  instant: boolean,
): LayoutOptions {
  return {
    name: 'preset',
    fit: false,
    positions: (node: NodeSingular) => positions.get(node.id()) ?? node.position(),
    animate: !instant,
    animationDuration: ANIMATION_MS,
  } as LayoutOptions;
}
