// Gives the canvas its first positions, the quickest way that keeps each graph's look:
// where they were saved for this graph (src/storage/positions), if they cover every
// entity — for the bundled graph, the positions shipped with it; fcose, synchronous and
// seeded, for small graphs (its code loads lazily: `preparePlacement` fetches it before
// the canvas mounts); ForceAtlas2 in a worker for the rest, drawn at once and refined while
// the store reports progress. User-timing marks 'layout:start' and 'layout:end' let the
// browser benchmark time it.
import type { Core, NodeSingular } from 'cytoscape';
import type { StoreApi } from 'zustand';
import { chooseLayout } from '../domain/layoutPlan';
import type { AppStore } from '../store/appStore';
import type { PositionStore, SavedLayout } from '../storage/positions';
import { DEFAULT_LAYOUT } from '../domain/viewOptions';
import { forceLayoutReady, loadForceLayout, runLayout } from './layout';
import type { LayoutOutcome, LayoutRun } from './workerLayout';
import { edgePairs, placeInitially } from './firstPlacement';
import { fitGraph } from './camera';

const noop = () => undefined;

/** True when `saved` holds a position for every one of `ids`. */
function coversAll(saved: SavedLayout | null, layout: string, ids: Iterable<string>): boolean {
  if (!saved || saved.layout !== layout) return false;
  for (const id of ids) if (!saved.positions.has(id)) return false;
  return true;
}

/**
 * Loads what `placeGraph` will need for this graph before the canvas mounts (fcose, for a
 * small graph without saved positions), so that the first placement stays synchronous.
 */
export async function preparePlacement(
  graphId: string,
  nodeIds: readonly string[],
  positions: PositionStore,
): Promise<void> {
  if (chooseLayout(nodeIds.length) !== 'fcose') return;
  if (coversAll(positions.load(graphId), DEFAULT_LAYOUT, nodeIds)) return;
  await loadForceLayout();
}

/** True when saved positions for the layout on screen were put back on every entity. */
function restoreSaved(cy: Core, store: StoreApi<AppStore>, positions: PositionStore): boolean {
  const { graphId, layout } = store.getState();
  const saved = positions.load(graphId);
  if (
    !coversAll(
      saved,
      layout,
      cy.nodes().map((node: NodeSingular) => node.id()),
    )
  )
    return false;
  const all = saved!.positions;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.position({ ...all.get(node.id())! });
    });
  });
  return true;
}

/**
 * ForceAtlas2 in the worker: the entities are placed at once (so the next frame shows
 * them), then refined; the camera follows until the reader takes it. Saves the positions
 * when done, or when stopped (a stopped layout keeps the picture the reader chose).
 * Returns a function that cancels it.
 */
export function startWorkerPlacement(
  cy: Core,
  store: StoreApi<AppStore>,
  positions: PositionStore,
): () => void {
  const edges = edgePairs(cy);
  const start = placeInitially(cy, edges);
  let follow = true;
  const container = cy.container();
  const takeCamera = () => {
    follow = false;
  };
  container?.addEventListener('wheel', takeCamera, { passive: true });
  container?.addEventListener('pointerdown', takeCamera);

  let run: LayoutRun | null = null;
  let over = false;
  const finish = (outcome: LayoutOutcome) => {
    if (over) return;
    over = true;
    unsubscribe();
    container?.removeEventListener('wheel', takeCamera);
    container?.removeEventListener('pointerdown', takeCamera);
    performance.mark('layout:end');
    store.getState().setLayoutProgress(null);
    if (cy.destroyed() || outcome === 'failed') return;
    const { graphId, layout } = store.getState();
    positions.save(graphId, {
      layout,
      positions: new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    });
  };
  const cancel = () => {
    if (run) run.cancel();
    else finish('cancelled');
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.layoutStopRequest !== previous.layoutStopRequest) cancel();
  });

  store.getState().setLayoutProgress(0);
  // The worker's bridge (and Comlink) load only when a big graph needs them.
  import('./workerLayout')
    .then(({ runWorkerLayout }) => {
      if (over || cy.destroyed()) return;
      run = runWorkerLayout(cy, edges, start, {
        onProgress: (fraction) => store.getState().setLayoutProgress(fraction),
        onDraw: () => {
          if (follow) fitGraph(cy);
        },
      });
      void run.done.then(finish);
    })
    .catch(() => finish('failed'));
  return cancel;
}

/** Lays out every element (hidden ones too); returns a function that stops a running layout. */
export function placeGraph(
  cy: Core,
  store: StoreApi<AppStore>,
  positions: PositionStore,
): () => void {
  performance.mark('layout:start');
  if (restoreSaved(cy, store, positions)) {
    performance.mark('layout:end');
    return noop;
  }
  if (chooseLayout(cy.nodes().length) === 'fcose') {
    const place = () => {
      runLayout(cy);
      performance.mark('layout:end');
      // Saved (as the default, force-directed layout), so the next load of this graph puts
      // them back instead of running fcose.
      positions.save(store.getState().graphId, {
        layout: DEFAULT_LAYOUT,
        positions: new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
      });
    };
    if (forceLayoutReady()) {
      place();
      return noop;
    }
    return placeWhenLoaded(cy, place);
  }
  return startWorkerPlacement(cy, store, positions);
}

/**
 * fcose was not loaded ahead (see `preparePlacement`): draw the quick first placement now,
 * lay out when the code arrives, fitting the camera unless the reader has moved it.
 */
function placeWhenLoaded(cy: Core, place: () => void): () => void {
  // fcose's result depends on where entities start: it must start where it would have.
  const before = cy.nodes().map((node) => ({ ...node.position() }));
  placeInitially(cy, edgePairs(cy));
  let live = true;
  loadForceLayout()
    .then(() => {
      if (!live || cy.destroyed()) return;
      cy.nodes().positions((_, i) => before[i]!);
      place();
      fitGraph(cy);
    })
    .catch((error: unknown) => {
      // The first placement stays: a usable picture, though not the force-directed one.
      console.warn('The force-directed layout could not be loaded', error);
      performance.mark('layout:end');
    });
  return () => {
    live = false;
  };
}
