// The root: load the bundled graph once, then either the explorer or the list of
// problems that stopped it. The store is created once per mounted app.
import { useState } from 'react';
import { createAppStore } from '../store/appStore';
import { parseLocationHash } from '../domain/locationHash';
import type { LoadResult } from '../domain/types';
import { BUNDLED_GRAPH_NAME, loadBundledGraph } from './bundledGraph';
import { Explorer } from './Explorer';
import { GraphProblems } from './GraphProblems';

export function App({
  load = loadBundledGraph,
  graphId,
}: {
  load?: () => LoadResult;
  /** Names the graph for per-graph storage; the bundled graph's id when absent. */
  graphId?: string;
}) {
  const [result] = useState(load);
  const [start] = useState(() => {
    if (!result.ok) return null;
    const fromHash = parseLocationHash(window.location.hash, result.value.graph);
    const store = createAppStore({ loaded: result.value, selection: fromHash.selection, graphId });
    return { store, linkProblem: fromHash.problem };
  });

  if (!result.ok || !start) {
    return <GraphProblems file={BUNDLED_GRAPH_NAME} problems={result.ok ? [] : result.problems} />;
  }
  return <Explorer store={start.store} linkProblem={start.linkProblem} />;
}
