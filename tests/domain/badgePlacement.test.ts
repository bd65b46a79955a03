import { overlaps, placeBadge, rectAround } from '../../src/domain/badgePlacement';

const body = (x: number, y: number, r = 10) => rectAround({ x, y }, 2 * r, 2 * r);
const SIZE = { w: 24, h: 18 };

describe('placeBadge', () => {
  it('puts the badge in the middle of a free line', () => {
    const ends = [body(0, 0), body(200, 0)];
    expect(placeBadge({ x: 0, y: 0 }, { x: 200, y: 0 }, SIZE, ends)).toEqual({ x: 100, y: 0 });
  });

  it('slides it along the line, off an entity sitting on the middle', () => {
    const obstacles = [body(0, 0), body(200, 0), body(100, 0)];
    const at = placeBadge({ x: 0, y: 0 }, { x: 200, y: 0 }, SIZE, obstacles)!;
    expect(at.y).toBe(0);
    expect(at.x).not.toBe(100);
    const badge = rectAround(at, SIZE.w, SIZE.h);
    for (const o of obstacles) expect(overlaps(badge, o)).toBe(false);
  });

  it('keeps off labels that must stay readable', () => {
    const label = rectAround({ x: 100, y: 4 }, 60, 16);
    const at = placeBadge({ x: 0, y: 0 }, { x: 200, y: 0 }, SIZE, [label])!;
    expect(overlaps(rectAround(at, SIZE.w, SIZE.h), label)).toBe(false);
  });

  it('gives up on a line too short to hold it between its ends', () => {
    expect(placeBadge({ x: 0, y: 0 }, { x: 30, y: 0 }, SIZE, [body(0, 0), body(30, 0)])).toBeNull();
  });
});

describe('overlaps', () => {
  it('counts a gap as touching', () => {
    const a = rectAround({ x: 0, y: 0 }, 10, 10);
    const b = rectAround({ x: 11, y: 0 }, 10, 10);
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(a, b, 2)).toBe(true);
  });
});
