// Module-level selectors. Derived data (the visible set, counts) is computed from the
// store's inputs and memoised on their identity, never stored twice.
import type { GraphFile } from '../domain/schema';
import { describeVisible, visibleElements, type Filters, type Visible } from '../domain/filters';
import { indexGraph, type GraphIndex } from '../domain/graphIndex';
import { countVisible, type VisibleCounts } from '../domain/visibleCounts';
import { drawnElements, type Drawn } from '../domain/bundles';
import type { AppStore } from './appStore';
import { withPlayback } from './playbackSelectors';

function memoByIdentity<A extends object, B extends object, R>(fn: (a: A, b: B) => R) {
  let lastA: A | undefined;
  let lastB: B | undefined;
  let last: R | undefined;
  return (a: A, b: B): R => {
    if (a !== lastA || b !== lastB || last === undefined) {
      last = fn(a, b);
      lastA = a;
      lastB = b;
    }
    return last;
  };
}

const visibleMemo = memoByIdentity<GraphFile, Filters, Visible>(visibleElements);

export const selectGraph = (s: AppStore): GraphFile => s.loaded.graph;
export const selectIndex = (s: AppStore): GraphIndex => indexGraph(s.loaded.graph);
export const selectTexts = (s: AppStore) => s.loaded.texts;
// During reading-order playback, only what has been read so far (playbackSelectors.ts).
export const selectVisible = (s: AppStore): Visible =>
  withPlayback(visibleMemo(s.loaded.graph, s.filters), s);
// What the canvas draws: the visible set, with collapsed bundles standing for their members.
// A visible set belongs to one graph (it is memoised per graph), so it keys the graph too.
const drawnByVisible = new WeakMap<Visible, { expanded: readonly string[]; drawn: Drawn }>();
export const selectDrawn = (s: AppStore): Drawn => {
  const visible = selectVisible(s);
  const last = drawnByVisible.get(visible);
  if (last && last.expanded === s.expandedBundles) return last.drawn;
  const drawn = drawnElements(s.loaded.graph, visible, new Set(s.expandedBundles));
  drawnByVisible.set(visible, { expanded: s.expandedBundles, drawn });
  return drawn;
};

export const selectStatusLine = (s: AppStore): string =>
  describeVisible(s.loaded.graph, selectVisible(s));

// Legend counts: totals once per graph, visible counts once per visible set (which
// selectVisible already memoises), so the legend re-counts only when filters change.
const totalCounts = new WeakMap<GraphFile, VisibleCounts>();
const visibleCounts = new WeakMap<Visible, VisibleCounts>();

export const selectTotalCounts = (s: AppStore): VisibleCounts =>
  cached(totalCounts, s.loaded.graph, (g) => countVisible(g));

export const selectVisibleCounts = (s: AppStore): VisibleCounts =>
  cached(visibleCounts, selectVisible(s), (v) => countVisible(s.loaded.graph, v));

function cached<K extends object, T>(map: WeakMap<K, T>, key: K, make: (key: K) => T): T {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make(key)));
  return value;
}
