import { intersects, placePopover, type Box } from '../../src/domain/popoverPlacement';

// The article column of a 1280×800 layout: details above it (y 48–430), the reader below.
const reader: Box = { top: 430, left: 880, bottom: 792, right: 1272 };
const details: Box = { top: 48, left: 880, bottom: 430, right: 1280 };
const box = (top: number, left: number, width: number, height: number): Box => ({
  top,
  left,
  bottom: top + height,
  right: left + width,
});
const placed = (p: ReturnType<typeof placePopover>, width: number, height: number) =>
  box(p.top, p.left, Math.min(width, p.maxWidth), Math.min(height, p.maxHeight));

describe('placePopover', () => {
  it('goes below the anchor when it fits there', () => {
    const p = placePopover(box(500, 900, 80, 20), { width: 300, height: 120 }, reader);
    expect(p).toMatchObject({ side: 'below', top: 526, left: 900 });
    expect(p.maxHeight).toBeGreaterThanOrEqual(120);
  });

  it('flips above when only the room above is enough', () => {
    const p = placePopover(box(740, 900, 80, 20), { width: 300, height: 120 }, reader);
    expect(p).toMatchObject({ side: 'above', top: 740 - 6 - 120 });
  });

  it('never leaves the bounds to fit: a tall preview near the top of the reader stays in it', () => {
    // 380px tall; 200px below, 150px above: the old rule flipped it above, over the details
    const anchor = box(586, 900, 80, 20);
    const p = placePopover(anchor, { width: 300, height: 380 }, reader);
    expect(p.side).toBe('below');
    expect(p.top).toBe(612);
    expect(p.maxHeight).toBe(792 - 612);
    expect(intersects(placed(p, 300, 380), details)).toBe(false);
  });

  it('takes the larger room when neither side fits', () => {
    const p = placePopover(box(700, 900, 80, 20), { width: 300, height: 380 }, reader);
    expect(p.side).toBe('above');
    expect(p.top).toBe(reader.top);
    expect(p.maxHeight).toBe(700 - 6 - reader.top);
  });

  it('clamps horizontally to the bounds, and narrows to them when wider', () => {
    const right = placePopover(box(500, 1200, 60, 20), { width: 300, height: 100 }, reader);
    expect(right.left).toBe(1272 - 300);
    const left = placePopover(box(500, 860, 60, 20), { width: 300, height: 100 }, reader);
    expect(left.left).toBe(880);
    const wide = placePopover(box(500, 900, 60, 20), { width: 500, height: 100 }, reader);
    expect(wide).toMatchObject({ left: 880, maxWidth: 392 });
  });

  it('stays inside the bounds when the anchor is scrolled partly out of them', () => {
    const p = placePopover(box(420, 900, 80, 20), { width: 300, height: 100 }, reader);
    expect(p.top).toBeGreaterThanOrEqual(reader.top);
    expect(intersects(placed(p, 300, 100), details)).toBe(false);
  });

  it('is always inside the bounds, whatever the anchor and size', () => {
    for (let top = 380; top <= 800; top += 7)
      for (const height of [40, 150, 300, 500]) {
        const p = placePopover(box(top, 1000, 50, 18), { width: 320, height }, reader);
        const b = placed(p, 320, height);
        expect(b.top).toBeGreaterThanOrEqual(reader.top);
        expect(b.bottom).toBeLessThanOrEqual(reader.bottom);
        expect(b.left).toBeGreaterThanOrEqual(reader.left);
        expect(b.right).toBeLessThanOrEqual(reader.right);
      }
  });
});

describe('intersects', () => {
  it('tells overlapping boxes from touching or separate ones', () => {
    expect(intersects(box(0, 0, 10, 10), box(5, 5, 10, 10))).toBe(true);
    expect(intersects(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(false);
    expect(intersects(box(0, 0, 10, 10), box(0, 20, 10, 10))).toBe(false);
  });
});
