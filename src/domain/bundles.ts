// Bundled relations: every relation between the same two entities (either direction) is
// drawn as one bundle edge while the bundle is collapsed. This module says which bundles a
// graph has, how each is drawn under the current filters and expansions, and what a
// bundle holds (by type, with the mix of statuses). Pure: no React, no Cytoscape.
import type { GraphEdge, GraphFile, RelationType } from './schema';
import type { Visible } from './filters';
import { indexGraph } from './graphIndex';

export interface Bundle {
  /** "bundle:iran~russia": the ends in code-unit order, so A–B and B–A share one id. */
  id: string;
  /** The two entity ids, in the same order as in the id. */
  ends: readonly [string, string];
  /** Every relation between the two, in file order. */
  edgeIds: readonly string[];
}

export interface Bundles {
  /** Pairs with two relations or more, in the order their first relation appears. */
  list: readonly Bundle[];
  byId: ReadonlyMap<string, Bundle>;
  /** The bundle each bundled relation belongs to. */
  byEdge: ReadonlyMap<string, Bundle>;
}

export const BUNDLE_PREFIX = 'bundle:';

export function bundleId(a: string, b: string): string {
  return a < b ? `${BUNDLE_PREFIX}${a}~${b}` : `${BUNDLE_PREFIX}${b}~${a}`;
}

export function isBundleId(id: string): boolean {
  return id.startsWith(BUNDLE_PREFIX);
}

const cache = new WeakMap<GraphFile, Bundles>();

/** The graph's bundles, computed once per graph. Self-loops are never bundled. */
export function bundlesOf(graph: GraphFile): Bundles {
  const cached = cache.get(graph);
  if (cached) return cached;
  const pairs = new Map<string, { ends: [string, string]; edgeIds: string[] }>();
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    const id = bundleId(edge.source, edge.target);
    const pair = pairs.get(id);
    if (pair) pair.edgeIds.push(edge.id);
    else {
      const ends: [string, string] =
        edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
      pairs.set(id, { ends, edgeIds: [edge.id] });
    }
  }
  const list: Bundle[] = [];
  const byEdge = new Map<string, Bundle>();
  for (const [id, pair] of pairs) {
    if (pair.edgeIds.length < 2) continue;
    const bundle: Bundle = { id, ends: pair.ends, edgeIds: pair.edgeIds };
    list.push(bundle);
    for (const edgeId of pair.edgeIds) byEdge.set(edgeId, bundle);
  }
  const bundles: Bundles = { list, byId: new Map(list.map((b) => [b.id, b])), byEdge };
  cache.set(graph, bundles);
  return bundles;
}

/** What the canvas draws: single relations, and collapsed bundles with their visible members. */
export interface Drawn {
  nodes: ReadonlySet<string>;
  /** Relations drawn as themselves. */
  edges: ReadonlySet<string>;
  /** Collapsed bundles drawn as one edge, with the visible relations each stands for. */
  bundles: ReadonlyMap<string, readonly string[]>;
}

/**
 * Filters apply inside bundles: a collapsed bundle is drawn only while two or more of its
 * relations are visible; with one left, that relation is drawn as itself. An expanded
 * bundle draws its visible relations separately.
 */
export function drawnElements(
  graph: GraphFile,
  visible: Visible,
  expanded: ReadonlySet<string>,
): Drawn {
  const { list, byEdge } = bundlesOf(graph);
  const bundles = new Map<string, string[]>();
  for (const bundle of list) {
    if (expanded.has(bundle.id)) continue;
    const members = bundle.edgeIds.filter((id) => visible.edges.has(id));
    if (members.length >= 2) bundles.set(bundle.id, members);
  }
  const edges = new Set<string>();
  for (const id of visible.edges) {
    const bundle = byEdge.get(id);
    if (!bundle || !bundles.has(bundle.id)) edges.add(id);
  }
  return { nodes: visible.nodes, edges, bundles };
}

/** The element drawn for a relation: itself, or the collapsed bundle that holds it. */
export function drawnIdOf(graph: GraphFile, drawn: Drawn, edgeId: string): string | null {
  if (drawn.edges.has(edgeId)) return edgeId;
  const bundle = bundlesOf(graph).byEdge.get(edgeId);
  return bundle && drawn.bundles.has(bundle.id) ? bundle.id : null;
}

export interface StatusCount {
  status: string;
  label: string;
  count: number;
  contested: boolean;
}

export interface BundleSummary {
  count: number;
  /** Declared status order, statuses that occur only. */
  statuses: StatusCount[];
  contested: number;
  /** By relation type in declared order, types that occur only. */
  groups: { type: RelationType; edges: GraphEdge[] }[];
}

/** What a set of relations (a bundle, or its visible part) holds. */
export function summarise(graph: GraphFile, edgeIds: readonly string[]): BundleSummary {
  const index = indexGraph(graph);
  const edges = edgeIds.flatMap((id) => {
    const edge = index.edgeById.get(id);
    return edge ? [edge] : [];
  });
  const statuses = graph.statuses
    .map((s) => ({
      status: s.id,
      label: s.label,
      count: edges.filter((e) => e.status === s.id).length,
      contested: s.contested === true,
    }))
    .filter((s) => s.count > 0);
  const groups = graph.relationTypes
    .map((type) => ({ type, edges: edges.filter((e) => e.relation === type.id) }))
    .filter((g) => g.edges.length > 0);
  const contested = statuses.filter((s) => s.contested).reduce((n, s) => n + s.count, 0);
  return { count: edges.length, statuses, contested, groups };
}

/** "12 relations", with "· 1 contested" when a party disputes one of them. */
export function bundleLabel(summary: Pick<BundleSummary, 'count' | 'contested'>): string {
  const base = `${summary.count} relations`;
  return summary.contested > 0 ? `${base} · ${summary.contested} contested` : base;
}

/** "8 stated, 3 reported, 1 denied" */
export function statusMix(summary: Pick<BundleSummary, 'statuses'>): string {
  return summary.statuses.map((s) => `${s.count} ${s.label.toLowerCase()}`).join(', ');
}
