// Where a floating preview or menu goes next to the passage it belongs to. It must stay
// inside the article column (the bounds), so it never covers the details panel above it or
// the canvas beside it: below the passage when it fits there, above when only that side
// fits, else on the roomier side with its height capped (it scrolls). Pure geometry, in
// viewport pixels, so it can be tested without a browser.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The popover's height may not exceed this (it scrolls past it). */
  maxHeight: number;
  /** Nor its width this (it wraps). */
  maxWidth: number;
  side: 'below' | 'above';
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * Places a popover of natural `size` by `anchor`, inside `bounds`. `size.width` should be
 * measured with the width already capped at the bounds' width, since wrapping changes height.
 */
export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  bounds: Box,
  gap = 6,
): Placement {
  const maxWidth = Math.max(0, bounds.right - bounds.left);
  const width = Math.min(size.width, maxWidth);
  const left = clamp(anchor.left, bounds.left, bounds.right - width);

  const roomBelow = bounds.bottom - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - bounds.top;
  let side: Placement['side'];
  if (size.height <= roomBelow) side = 'below';
  else if (size.height <= roomAbove) side = 'above';
  else side = roomBelow >= roomAbove ? 'below' : 'above';

  const room = Math.max(0, side === 'below' ? roomBelow : roomAbove);
  const height = Math.min(size.height, room);
  const wanted = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  // An anchor scrolled partly out of the bounds could push the popover out with it.
  const top = clamp(wanted, bounds.top, Math.max(bounds.top, bounds.bottom - height));
  const maxHeight = Math.max(0, Math.min(room, bounds.bottom - top));
  return { top, left, maxHeight, maxWidth, side };
}

/** Whether two boxes overlap (sharing an edge is not overlapping). */
export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The part of `a` inside `b` (an empty box, never a negative one, when they do not meet). */
export function intersection(a: Box, b: Box): Box {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  return {
    top,
    left,
    bottom: Math.max(top, Math.min(a.bottom, b.bottom)),
    right: Math.max(left, Math.min(a.right, b.right)),
  };
}
