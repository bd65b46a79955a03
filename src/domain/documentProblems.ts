// Live validation while editing: the graph on screen checked by the same loader the
// validator CLI uses, and the way from a problem's JSON path back to the element it is about.
import { loadGraph } from './loadGraph';
import type { Ref } from './refs';
import { textOf } from './sourceTexts';
import type { LoadedGraph, Problem } from './types';

const cache = new WeakMap<LoadedGraph, Problem[]>();

/** Every problem with the document, memoised on its identity (each edit makes a new one). */
export function documentProblems(loaded: LoadedGraph): Problem[] {
  const known = cache.get(loaded);
  if (known) return known;
  const { graph, texts } = loaded;
  // A source given by `file` reads its text from the loaded texts, as it was read at load.
  const byFile = new Map<string, string>();
  for (const s of graph.sources) {
    const text = textOf(texts, s.id);
    if (s.file !== undefined && text !== undefined) byFile.set(s.file, text);
  }
  const result = loadGraph(graph, (path) => byFile.get(path));
  const problems = result.ok ? [] : result.problems;
  cache.set(loaded, problems);
  return problems;
}

/** The entity or relation a problem path points into (`edges[3].evidence[0]` → that edge). */
export function refAtPath(loaded: LoadedGraph, path: string): Ref | null {
  const match = /^(nodes|edges)\[(\d+)\]/.exec(path);
  if (!match) return null;
  const list = match[1] === 'nodes' ? loaded.graph.nodes : loaded.graph.edges;
  const item = list[Number(match[2])];
  if (!item) return null;
  return { kind: match[1] === 'nodes' ? 'node' : 'edge', id: item.id };
}
