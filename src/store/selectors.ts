// Module-level selectors. Derived data (the visible set, counts) is computed from the
// store's inputs and memoised on their identity, never stored twice.
import type { GraphFile } from '../domain/schema';
import {
  countByEntityType,
  countByRelationType,
  countByStatus,
  describeVisible,
  visibleElements,
  type Filters,
  type Visible,
} from '../domain/filters';
import { indexGraph, type GraphIndex } from '../domain/graphIndex';
import type { AppStore } from './appStore';

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
export const selectVisible = (s: AppStore): Visible => visibleMemo(s.loaded.graph, s.filters);
export const selectStatusLine = (s: AppStore): string =>
  describeVisible(s.loaded.graph, selectVisible(s));

const relationCounts = new WeakMap<GraphFile, ReadonlyMap<string, number>>();
const entityCounts = new WeakMap<GraphFile, ReadonlyMap<string, number>>();
const statusCounts = new WeakMap<GraphFile, ReadonlyMap<string, number>>();

function cached<T>(map: WeakMap<GraphFile, T>, g: GraphFile, make: (g: GraphFile) => T): T {
  let value = map.get(g);
  if (value === undefined) map.set(g, (value = make(g)));
  return value;
}

export const selectRelationCounts = (s: AppStore) =>
  cached(relationCounts, s.loaded.graph, countByRelationType);
export const selectEntityCounts = (s: AppStore) =>
  cached(entityCounts, s.loaded.graph, countByEntityType);
export const selectStatusCounts = (s: AppStore) =>
  cached(statusCounts, s.loaded.graph, countByStatus);
