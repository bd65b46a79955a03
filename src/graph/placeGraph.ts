// Gives the canvas its positions, the quickest way that keeps each graph's look: where
// they were when this graph was last open (this session); fcose, synchronous and seeded,
// for small graphs (the bundled graph keeps its stable picture); ForceAtlas2 in a worker
// for the rest, drawn at once and refined while the store reports progress.
// User-timing marks 'layout:start' and 'layout:end' let the browser benchmark time it.
import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import { chooseLayout } from '../domain/layoutPlan';
import type { AppStore } from '../store/appStore';
import { runLayout } from './layout';
import { rememberPositions, restorePositions } from './positionCache';
import { runWorkerLayout } from './workerLayout';
import { fitGraph } from './camera';

/** Lays out every element (hidden ones too); returns a function that stops a running layout. */
export function placeGraph(cy: Core, store: StoreApi<AppStore>): () => void {
  const { graphId } = store.getState();
  performance.mark('layout:start');
  if (restorePositions(graphId, cy)) {
    performance.mark('layout:end');
    return () => undefined;
  }
  if (chooseLayout(cy.nodes().length) === 'fcose') {
    runLayout(cy);
    rememberPositions(graphId, cy);
    performance.mark('layout:end');
    return () => undefined;
  }

  // The camera follows the layout until the reader takes it (a wheel, a drag, a tap).
  let follow = true;
  const container = cy.container();
  const takeCamera = () => {
    follow = false;
  };
  container?.addEventListener('wheel', takeCamera, { passive: true });
  container?.addEventListener('pointerdown', takeCamera);

  store.getState().setLayoutProgress(0);
  const run = runWorkerLayout(cy, {
    onProgress: (fraction) => store.getState().setLayoutProgress(fraction),
    onDraw: () => {
      if (follow) fitGraph(cy);
    },
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.layoutStopRequest !== previous.layoutStopRequest) run.cancel();
  });
  void run.done.then((outcome) => {
    unsubscribe();
    container?.removeEventListener('wheel', takeCamera);
    container?.removeEventListener('pointerdown', takeCamera);
    performance.mark('layout:end');
    store.getState().setLayoutProgress(null);
    // A stopped layout keeps what it drew: that is the picture the reader chose.
    if (!cy.destroyed() && outcome !== 'failed') rememberPositions(graphId, cy);
  });
  return () => run.cancel();
}
