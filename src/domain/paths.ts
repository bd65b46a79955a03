// How two entities are connected, explained by the article: the shortest path through the
// visible graph and up to two alternatives, each hop read as the claim it rests on (its
// status and a verbatim quote), and the weakest status on the chain for the whole path.
// The search itself is graphology's (bidirectional BFS); alternatives come from Yen's
// k-shortest paths with k = 3: a few BFS runs per hop of the paths found, proportional to
// the paths' length, never an enumeration of every simple path.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Evidence, GraphEdge, GraphFile } from './schema';
import type { Visible } from './filters';
import { indexGraph } from './graphIndex';
import { relationPhrase } from './describe';

export interface PathQuery {
  from: string;
  to: string;
  /** Follow directed relations only from source to target (symmetric ones both ways). */
  directed: boolean;
}

export interface PathHop {
  edgeId: string;
  /** The entity this hop leaves from and arrives at, in walking order. */
  from: string;
  to: string;
  /** "Ken McCallum warns about Iran": the claim as the graph states it. */
  sentence: string;
  statusId: string;
  statusLabel: string;
  /** The first passage behind the claim, verbatim. */
  evidence: Evidence;
}

export interface ExplainedPath {
  nodes: readonly string[];
  hops: readonly PathHop[];
  /** The least certain status on the chain: the path is only as firm as that. */
  weakestStatusId: string;
  weakestStatusLabel: string;
}

export type PathResult =
  { kind: 'found'; paths: readonly ExplainedPath[] } | { kind: 'none'; message: string };

export const MAX_PATHS = 3;

type Walkable = UndirectedGraph | DirectedGraph;

/** The graphology graph of what is visible: one edge per walkable pair of entities. */
export function walkableGraph(graph: GraphFile, visible: Visible, directed: boolean): Walkable {
  const index = indexGraph(graph);
  const g = directed ? new DirectedGraph() : new UndirectedGraph();
  for (const id of visible.nodes) g.addNode(id);
  for (const id of visible.edges) {
    const edge = index.edgeById.get(id);
    if (!edge || edge.source === edge.target) continue;
    if (!g.hasNode(edge.source) || !g.hasNode(edge.target)) continue;
    g.mergeEdge(edge.source, edge.target);
    if (directed && !index.relationTypeById.get(edge.relation)?.directed)
      g.mergeEdge(edge.target, edge.source);
  }
  return g;
}

export function findPaths(graph: GraphFile, visible: Visible, query: PathQuery): PathResult {
  const index = indexGraph(graph);
  const name = (id: string) => index.nodeById.get(id)?.label ?? id;
  for (const id of [query.from, query.to]) {
    if (!index.nodeById.has(id)) return { kind: 'none', message: `There is no entity "${id}".` };
    if (!visible.nodes.has(id))
      return { kind: 'none', message: `${name(id)} is hidden by the current filters.` };
  }
  if (query.from === query.to) return { kind: 'none', message: 'Choose two different entities.' };

  const g = walkableGraph(graph, visible, query.directed);
  const shortest = bidirectional(g, query.from, query.to);
  if (!shortest) return { kind: 'none', message: 'No connection with the current filters.' };

  const explain = (nodes: readonly string[]) => explainPath(graph, visible, nodes, query.directed);
  const paths: ExplainedPath[] = [explain(shortest)];
  const candidates = new Map<string, ExplainedPath>();
  const seen = new Set([shortest.join('>')]);
  while (paths.length < MAX_PATHS) {
    for (const alt of spurPaths(g, paths, query.to)) {
      const key = alt.join('>');
      if (!seen.has(key)) {
        seen.add(key);
        candidates.set(key, explain(alt));
      }
    }
    const next = [...candidates.values()].sort((p, q) => comparePaths(graph, p, q))[0];
    if (!next) break;
    candidates.delete(next.nodes.join('>'));
    paths.push(next);
  }
  // BFS picks any one of several equally short paths; rank the ones found by evidence.
  return { kind: 'found', paths: paths.sort((p, q) => comparePaths(graph, p, q)) };
}

/**
 * One round of Yen's algorithm: deviations from the last path found, each a root shared
 * with it and a fresh shortest "spur" that avoids every hop already taken from that root
 * and every node of the root (so paths stay simple). The graph is restored afterwards.
 */
function spurPaths(g: Walkable, found: readonly ExplainedPath[], to: string): string[][] {
  const last = found[found.length - 1]!.nodes;
  const out: string[][] = [];
  for (let i = 0; i + 1 < last.length; i++) {
    const spur = last[i]!;
    const root = last.slice(0, i + 1);
    const undo: Array<() => void> = [];
    for (const p of found) {
      if (p.nodes.length > i + 1 && root.every((id, j) => p.nodes[j] === id))
        undo.push(...dropPair(g, p.nodes[i]!, p.nodes[i + 1]!));
    }
    for (const id of root.slice(0, -1)) undo.push(dropNode(g, id));
    const spurPath = bidirectional(g, spur, to);
    if (spurPath) out.push([...root.slice(0, -1), ...spurPath]);
    // Restore nodes before the edges that touch them, i.e. in reverse order of removal.
    for (const restore of undo.reverse()) restore();
  }
  return out;
}

function dropPair(g: Walkable, a: string, b: string): Array<() => void> {
  const undo: Array<() => void> = [];
  for (const [u, v] of [
    [a, b],
    [b, a],
  ] as const) {
    if (g.hasNode(u) && g.hasNode(v) && g.hasEdge(u, v)) {
      g.dropEdge(u, v);
      undo.push(() => g.mergeEdge(u, v));
    }
  }
  return undo;
}

function dropNode(g: Walkable, id: string): () => void {
  const edges: Array<[string, string]> = [];
  g.forEachEdge(id, (_edge, _attrs, source, target) => {
    edges.push([source, target]);
  });
  g.dropNode(id);
  return () => {
    g.addNode(id);
    for (const [u, v] of edges) if (g.hasNode(u) && g.hasNode(v)) g.mergeEdge(u, v);
  };
}

/** Position of a status in the declared order (most certain first); unknown ones last. */
export function statusRank(graph: GraphFile, statusId: string): number {
  const i = graph.statuses.findIndex((s) => s.id === statusId);
  return i < 0 ? graph.statuses.length : i;
}

/**
 * Reads a node sequence as hops. Between two entities, the most certain visible relation
 * that may be walked in that direction carries the hop (file order breaks ties).
 */
export function explainPath(
  graph: GraphFile,
  visible: Visible,
  nodes: readonly string[],
  directed: boolean,
): ExplainedPath {
  const index = indexGraph(graph);
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const edge = bestEdge(graph, visible, from, to, directed);
    if (!edge) throw new Error(`no visible relation between ${from} and ${to}`);
    const { subject, verb, object } = relationPhrase(graph, edge);
    const status = index.statusById.get(edge.status);
    hops.push({
      edgeId: edge.id,
      from,
      to,
      sentence: `${subject} ${verb} ${object}`,
      statusId: edge.status,
      statusLabel: status?.label ?? edge.status,
      evidence: edge.evidence[0]!,
    });
  }
  const weakest = hops.reduce<PathHop | null>(
    (w, h) => (!w || statusRank(graph, h.statusId) > statusRank(graph, w.statusId) ? h : w),
    null,
  );
  return {
    nodes,
    hops,
    weakestStatusId: weakest?.statusId ?? '',
    weakestStatusLabel: weakest?.statusLabel ?? '',
  };
}

function bestEdge(
  graph: GraphFile,
  visible: Visible,
  from: string,
  to: string,
  directed: boolean,
): GraphEdge | undefined {
  const index = indexGraph(graph);
  let best: GraphEdge | undefined;
  for (const edge of index.edgesByNode.get(from) ?? []) {
    if (!visible.edges.has(edge.id)) continue;
    const forward = edge.source === from && edge.target === to;
    const backward = edge.source === to && edge.target === from;
    if (!forward && !backward) continue;
    if (directed && !forward && index.relationTypeById.get(edge.relation)?.directed) continue;
    if (!best || statusRank(graph, edge.status) < statusRank(graph, best.status)) best = edge;
  }
  return best;
}

/** Fewer hops first; then the firmer weakest link; then the firmer chain overall. */
export function comparePaths(graph: GraphFile, p: ExplainedPath, q: ExplainedPath): number {
  const total = (x: ExplainedPath) =>
    x.hops.reduce((sum, h) => sum + statusRank(graph, h.statusId), 0);
  return (
    p.hops.length - q.hops.length ||
    statusRank(graph, p.weakestStatusId) - statusRank(graph, q.weakestStatusId) ||
    total(p) - total(q) ||
    p.nodes.join('>').localeCompare(q.nodes.join('>'))
  );
}
