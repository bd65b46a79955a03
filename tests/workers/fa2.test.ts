import { fa2Schedule, initialPlacement } from '../../src/domain/layoutPlan';
import { startFa2 } from '../../src/workers/fa2';

function distance(xy: Float32Array, a: number, b: number): number {
  return Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);
}

describe('startFa2', () => {
  it('pulls related entities together and pushes unrelated ones apart', () => {
    // Two triangles (0,1,2) and (3,4,5) joined by nothing, started interleaved on a line.
    const edges = Uint32Array.from([0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3]);
    const xy = Float32Array.from([0, 0, 30, 0, 60, 0, 10, 5, 40, 5, 70, 5]);
    const run = startFa2({ count: 6, edges, xy }, fa2Schedule(6).settings);
    const out = run.step(300);
    const within = Math.max(distance(out, 0, 1), distance(out, 3, 4));
    const between = Math.min(distance(out, 0, 3), distance(out, 1, 4), distance(out, 2, 5));
    expect(within).toBeLessThan(between);
  });

  it('ignores self-relations and relations to unknown entities instead of corrupting positions', () => {
    const edges = Uint32Array.from([0, 0, 0, 9, 0, 1]);
    const run = startFa2(
      { count: 2, edges, xy: initialPlacement(2, edges) },
      fa2Schedule(2).settings,
    );
    const out = run.step(50);
    expect([...out].every(Number.isFinite)).toBe(true);
  });
});
