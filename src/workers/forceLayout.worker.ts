// The layout worker: ForceAtlas2 off the main thread, behind a typed Comlink interface.
// It reports positions after every step, so the canvas refines a drawing it already shows;
// the main thread cancels by terminating the worker.
import { expose } from 'comlink';
import type { Fa2Schedule } from '../domain/layoutPlan';
import { startFa2, type Fa2Input } from './fa2';

export type ProgressCallback = (done: number, total: number, xy: Float32Array) => void;

const api = {
  async run(
    input: Fa2Input,
    schedule: Fa2Schedule,
    onStep: ProgressCallback,
  ): Promise<Float32Array> {
    const fa2 = startFa2(input, schedule.settings);
    let xy = input.xy;
    for (let done = 0; done < schedule.iterations;) {
      const n = Math.min(schedule.step, schedule.iterations - done);
      xy = fa2.step(n);
      done += n;
      // Not awaited: the worker keeps iterating while the main thread draws the latest step.
      void onStep(done, schedule.iterations, xy);
    }
    return xy;
  },
};

export type ForceLayoutApi = typeof api;

expose(api);
