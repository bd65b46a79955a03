// Turns the graph file into Cytoscape element definitions, once per graph. The data carries
// the file's own fields (id, label, type; id, source, target, relation, status) plus what
// the stylesheet needs: a degree-based node size, an edge label and a bundle spacing.
import type { ElementDefinition } from 'cytoscape';
import type { GraphFile } from '../domain/schema';
import { indexGraph } from '../domain/graphIndex';
import { bundleElements } from './bundleElements';

export interface NodeData {
  id: string;
  label: string;
  type: string;
  /** Diameter in px: grows a little with the number of relations. */
  size: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  relation: string;
  status: string;
  /** "supplies": the relation type's label, shown on the edges around a selected entity. */
  relationLabel: string;
  /** "supplies: Shahed drones", shown on the hovered or selected edge. */
  edgeLabel: string;
  /** Distance between parallel edges of the same pair, smaller in big bundles. */
  step: number;
}

const BASE_SIZE = 28;
const MAX_EXTRA = 22;
/** Roughly how wide (px, at the control points) a bundle of parallel edges may fan out. */
const BUNDLE_SPREAD = 180;
const MIN_STEP = 14;
const MAX_STEP = 40;

export function nodeSize(degree: number): number {
  return BASE_SIZE + Math.min(MAX_EXTRA, Math.round(3.5 * Math.sqrt(degree)));
}

/** Spacing that keeps a bundle of `count` parallel edges within BUNDLE_SPREAD. */
export function bundleStep(count: number): number {
  if (count <= 1) return MAX_STEP;
  return Math.max(MIN_STEP, Math.min(MAX_STEP, Math.round(BUNDLE_SPREAD / (count - 1))));
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function toElements(graph: GraphFile): ElementDefinition[] {
  const index = indexGraph(graph);
  const bundles = new Map<string, number>();
  for (const e of graph.edges) {
    const key = pairKey(e.source, e.target);
    bundles.set(key, (bundles.get(key) ?? 0) + 1);
  }
  const nodes = graph.nodes.map((n): ElementDefinition => {
    const data: NodeData = {
      id: n.id,
      label: n.label,
      type: n.type,
      size: nodeSize(index.edgesByNode.get(n.id)?.length ?? 0),
    };
    return { group: 'nodes', data };
  });
  const edges = graph.edges.map((e): ElementDefinition => {
    const verb = index.relationTypeById.get(e.relation)?.label ?? e.relation;
    const data: EdgeData = {
      id: e.id,
      source: e.source,
      target: e.target,
      relation: e.relation,
      status: e.status,
      relationLabel: verb,
      edgeLabel: e.label ? `${verb}: ${shorten(e.label)}` : verb,
      step: bundleStep(bundles.get(pairKey(e.source, e.target)) ?? 1),
    };
    return { group: 'edges', data };
  });
  return [...nodes, ...edges, ...bundleElements(graph)];
}

// A label on the canvas is a hint, not the record: the details panel shows it whole.
// Long ones would sprawl across the Iran–Russia bundle.
const MAX_EDGE_LABEL = 48;
export function shorten(label: string): string {
  if (label.length <= MAX_EDGE_LABEL) return label;
  const cut = label.slice(0, MAX_EDGE_LABEL);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 24 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:—-]+$/, '')}…`;
}
