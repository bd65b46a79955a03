// ForceAtlas2 in a Web Worker for graphs too big for fcose on the main thread: the
// entities are placed at once (seeded, over a disk) so the first frame shows the graph,
// then each step from the worker refines the drawing (at most once per frame).
// Cancelling terminates the worker and keeps the positions drawn so far.
import { proxy, wrap } from 'comlink';
import type { Core } from 'cytoscape';
import { fa2Schedule, scaleToEdgeLength } from '../domain/layoutPlan';
import type { ForceLayoutApi } from '../workers/forceLayout.worker';

export type LayoutOutcome = 'done' | 'cancelled' | 'failed';

export interface LayoutRun {
  cancel(): void;
  done: Promise<LayoutOutcome>;
}

export interface LayoutHooks {
  /** Fraction of the iterations done, after each step drawn. */
  onProgress(fraction: number): void;
  /** After positions were drawn: the camera follows unless the user moved it. */
  onDraw(): void;
}

function draw(cy: Core, xy: Float32Array, edges: Uint32Array): void {
  const scale = scaleToEdgeLength(xy, edges);
  cy.batch(() => {
    cy.nodes().positions((_, i) => ({ x: xy[2 * i]! * scale, y: xy[2 * i + 1]! * scale }));
  });
}

/** Refines `start` (see firstPlacement.ts) in the worker. */
export function runWorkerLayout(
  cy: Core,
  edges: Uint32Array,
  start: Float32Array,
  hooks: LayoutHooks,
): LayoutRun {
  const count = cy.nodes().length;

  const worker = new Worker(new URL('../workers/forceLayout.worker.ts', import.meta.url), {
    type: 'module',
  });
  const api = wrap<ForceLayoutApi>(worker);
  const schedule = fa2Schedule(count);
  let latest: Float32Array | null = null;
  let frame = 0;
  let timer = 0;
  let drawnAt = performance.now();
  let finished = false;
  const flush = () => {
    frame = 0;
    if (!latest || finished || cy.destroyed()) return;
    draw(cy, latest, edges);
    latest = null;
    drawnAt = performance.now();
    hooks.onDraw();
  };
  // At most one redraw per frame, and no more often than the schedule allows.
  const requestDraw = () => {
    if (frame || timer) return;
    const wait = drawnAt + schedule.redrawEveryMs - performance.now();
    if (wait <= 0) frame = requestAnimationFrame(flush);
    else
      timer = window.setTimeout(() => {
        timer = 0;
        frame = requestAnimationFrame(flush);
      }, wait);
  };

  let settle: (outcome: LayoutOutcome) => void = () => undefined;
  const done = new Promise<LayoutOutcome>((resolve) => {
    settle = (outcome) => {
      if (finished) return;
      finished = true;
      if (frame) cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
  });

  const onStep = (stepsDone: number, total: number, xy: Float32Array) => {
    if (finished) return;
    latest = xy;
    hooks.onProgress(stepsDone / total);
    requestDraw();
  };
  api
    .run({ count, edges, xy: start }, schedule, proxy(onStep))
    .then((xy) => {
      if (finished || cy.destroyed()) return;
      draw(cy, xy, edges);
      hooks.onDraw();
      settle('done');
    })
    .catch(() => settle('failed'));

  return { cancel: () => settle('cancelled'), done };
}
