// Which graph is on screen, as plain async steps over the library (no React): the graph to
// start with, opening a stored graph, storing and opening a new one. Each opened graph gets
// a fresh store, so nothing of the previous graph (filters, selection, hover) survives.
import type { StoreApi } from 'zustand';
import { parseLocationHash } from '../../domain/locationHash';
import { selfContained } from '../../domain/selfContained';
import type { LoadedGraph, Problem, Selection } from '../../domain/types';
import { createAppStore, type AppStore } from '../../store/appStore';
import {
  BUNDLED_GRAPH_ID,
  deferLibrary,
  type DeferredLibrary,
  type GraphLibrary,
  type GraphSummary,
  type OpenedLibrary,
} from '../../storage';
import { preparePlacement } from '../../graph/placeGraph';
import { sharedPositions } from '../../graph/useLayoutController';
import type { PositionStore } from '../../storage/positions';

export interface OpenedGraph {
  id: string;
  store: StoreApi<AppStore>;
  /** Distinct for every opening, even of the same graph: the explorer remounts on it. */
  key: number;
}

let openings = 0;

export class GraphOpenError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

/**
 * A fresh store for a graph, once the canvas has what it needs to draw it at once (the
 * force-directed layout's code, for a small graph with no positions saved or shipped).
 * A graph not known to be `checked` is checked for problems (the loader loads lazily): a
 * draft with problems opens in edit mode, as does a graph with no entities yet.
 */
export async function openedGraph(
  id: string,
  loaded: LoadedGraph,
  selection: Selection = null,
  checked = false,
): Promise<OpenedGraph> {
  const nodeIds = loaded.graph.nodes.map((node) => node.id);
  const [editing] = await Promise.all([
    checked ? false : hasProblems(loaded),
    preparePlacement(id, nodeIds, sharedPositions()),
  ]);
  const empty = loaded.graph.nodes.length === 0;
  return {
    id,
    store: createAppStore({ graphId: id, loaded, selection, editing: editing || empty }),
    key: ++openings,
  };
}

async function hasProblems(loaded: LoadedGraph): Promise<boolean> {
  const { documentProblems } = await import('../../domain/documentProblems');
  return documentProblems(loaded).length > 0;
}

/** A stored graph, checked by the one loader (stored data is outside data too). */
export async function loadStored(library: GraphLibrary, id: string): Promise<LoadedGraph> {
  const record = await library.get(id);
  if (!record) throw new GraphOpenError(`There is no graph "${id}" in the library.`, []);
  // A draft with orphaned passages still opens (listed as problems while editing). The
  // loader (with zod) loads with the first stored graph, not with the page.
  const { loadDraft } = await import('../../domain/loadDraft');
  const result = loadDraft(record.graph);
  if (!result.ok)
    throw new GraphOpenError(`The stored graph "${record.title}" has problems.`, result.problems);
  return result.value;
}

/**
 * The graph to show when the app starts: the last one opened, with the selection the URL
 * hash names; the bundled graph when the last one cannot be read (with a notice saying so).
 */
export async function startingGraph(
  library: GraphLibrary,
  bundled: LoadedGraph,
  hash: string,
): Promise<{ opened: OpenedGraph; notice: string | null }> {
  const id = await library.lastOpened();
  let loaded = bundled;
  let notice: string | null = null;
  let openId = BUNDLED_GRAPH_ID;
  if (id !== BUNDLED_GRAPH_ID) {
    try {
      loaded = await loadStored(library, id);
      openId = id;
    } catch (error) {
      notice = `${error instanceof Error ? error.message : String(error)} Showing the bundled graph.`;
    }
  }
  await library.markOpened(openId);
  const fromHash = parseLocationHash(hash, loaded.graph);
  return {
    // The bundled graph passed the loader before the app started.
    opened: await openedGraph(openId, loaded, fromHash.selection, openId === BUNDLED_GRAPH_ID),
    notice: notice ?? fromHash.problem,
  };
}

/**
 * The bundled graph, to show at once when it is surely the graph to start with (see
 * storage/quickStart), and the library, opening later: once open it records the bundled
 * graph's opening, before any other call reaches it.
 */
export async function quickStart(
  bundled: LoadedGraph,
  hash: string,
  openLibrary: () => Promise<OpenedLibrary>,
): Promise<{ opened: OpenedGraph; notice: string | null; deferred: DeferredLibrary }> {
  const deferred = deferLibrary(async () => {
    const opened = await openLibrary();
    try {
      await opened.library.markOpened(BUNDLED_GRAPH_ID);
    } catch (error) {
      console.warn('Could not record the opening of the bundled graph', error);
    }
    return opened;
  });
  const fromHash = parseLocationHash(hash, bundled.graph);
  return {
    opened: await openedGraph(BUNDLED_GRAPH_ID, bundled, fromHash.selection, true),
    notice: fromHash.problem,
    deferred,
  };
}

/** Opens a stored graph and records that it was opened. */
export async function openStored(library: GraphLibrary, id: string): Promise<OpenedGraph> {
  const loaded = await loadStored(library, id);
  await library.markOpened(id);
  return await openedGraph(id, loaded);
}

/** Stores a graph that just passed the loader (embedding its texts) and opens it. */
export async function storeAndOpen(
  library: GraphLibrary,
  loaded: LoadedGraph,
  options: { id?: string; origin?: string; hash?: string; fromLink?: boolean } = {},
): Promise<OpenedGraph> {
  const { hash = '', ...put } = options;
  const saved = await library.put({ ...put, graph: selfContained(loaded) });
  await library.markOpened(saved.id);
  return await openedGraph(saved.id, loaded, parseLocationHash(hash, loaded.graph).selection);
}

/**
 * The address once another graph is open: no selection hash (it named things of the
 * previous graph) and `?graph=` only when the new graph came from that address, so a
 * reload or a shared link opens the same graph.
 */
export function urlAfterSwitch(
  href: string,
  options: { graphParam?: string; hash?: string } = {},
): string {
  const url = new URL(href);
  if (options.graphParam === undefined) url.searchParams.delete('graph');
  else url.searchParams.set('graph', options.graphParam);
  return `${url.pathname}${url.search}${options.hash ?? ''}`;
}

/** A copy of a stored graph under a new id, drawn where the original is (its positions too). */
export async function duplicateGraph(
  library: GraphLibrary,
  id: string,
  positions: PositionStore = sharedPositions(),
): Promise<GraphSummary> {
  const copy = await library.duplicate(id);
  const saved = positions.load(id);
  if (saved) positions.save(copy.id, saved);
  return copy;
}
