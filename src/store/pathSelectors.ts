// Derived path state: the paths between the chosen ends through what is visible, computed
// once per (graph, visible set, ends) and shared by the panel and the canvas.
import type { ExplainedPath, PathResult } from '../domain/paths';
import type { Visible } from '../domain/filters';
import type { GraphFile } from '../domain/schema';
import type { AppStore } from './appStore';
import type { PathEnds } from './pathSlice';
import { selectVisible } from './selectors';
import { loadedPathFinder } from './pathFinder';

/** Both ends are chosen but the path finder is still loading (store/pathFinder.ts). */
export interface PendingPaths {
  kind: 'pending';
}
const PENDING: PendingPaths = { kind: 'pending' };

let last: { graph: GraphFile; visible: Visible; path: PathEnds; result: PathResult | null } | null =
  null;

/** The paths for the chosen ends, or null while either end is still unchosen. */
export function selectPaths(s: AppStore): PathResult | PendingPaths | null {
  const visible = selectVisible(s);
  const graph = s.loaded.graph;
  const { path } = s;
  const finder = loadedPathFinder();
  if (!finder) return path.from && path.to ? PENDING : null;
  if (
    last &&
    last.graph === graph &&
    last.visible === visible &&
    last.path.from === path.from &&
    last.path.to === path.to &&
    last.path.directed === path.directed
  )
    return last.result;
  const result =
    path.from && path.to
      ? finder.findPaths(graph, visible, { from: path.from, to: path.to, directed: path.directed })
      : null;
  last = { graph, visible, path, result };
  return result;
}

/** The path highlighted on the canvas, if any. */
export function selectActivePath(s: AppStore): ExplainedPath | null {
  const result = selectPaths(s);
  if (!result || result.kind !== 'found') return null;
  return result.paths[s.path.active] ?? result.paths[0] ?? null;
}
