// Where a collapsed bundle's count badge goes on its line: the first spot along the line,
// from the middle outwards, where it covers no entity and no label that must stay readable
// — or nowhere, when the line is too short or too crowded (the badge then waits for a
// zoom, a hover or a selection). Pure geometry in screen pixels, so it is tested alone.

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Fractions of the line from its source, tried in this order: the middle first. */
export const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74] as const;

export function rectAround(centre: Point, w: number, h: number): Rect {
  return {
    left: centre.x - w / 2,
    top: centre.y - h / 2,
    right: centre.x + w / 2,
    bottom: centre.y + h / 2,
  };
}

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.left < b.right + gap &&
    b.left < a.right + gap &&
    a.top < b.bottom + gap &&
    b.top < a.bottom + gap
  );
}

/** The badge's centre, or null when no spot along the line is free. */
export function placeBadge(
  from: Point,
  to: Point,
  size: { w: number; h: number },
  obstacles: readonly Rect[],
  gap = 2,
): Point | null {
  for (const t of ALONG) {
    const centre = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
    const box = rectAround(centre, size.w, size.h);
    if (!obstacles.some((o) => overlaps(box, o, gap))) return centre;
  }
  return null;
}
