// Places a floating element (preview, choice menu) next to its anchor, inside the article
// column — the nearest `[data-popover-bounds]` ancestor, cut to the viewport — so it never
// covers the details panel or the canvas (domain/popoverPlacement.ts decides where).
// Position is written to the element's style directly: it is layout, not state, and must
// not cost a render. It follows the page when the page scrolls (phones) or resizes.
import { useLayoutEffect, type RefObject } from 'react';
import { intersection, placePopover, type Box } from '../../domain/popoverPlacement';

const MARGIN = 8;
const MAX_WIDTH = 360;

export function useAnchorPosition(floating: RefObject<HTMLElement | null>, anchor: HTMLElement) {
  useLayoutEffect(() => {
    const update = () => {
      if (floating.current) place(floating.current, anchor);
    };
    update();
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, { passive: true });
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update);
    };
  }, [floating, anchor]);
}

function boundsOf(anchor: HTMLElement): Box {
  const viewport = {
    top: MARGIN,
    left: MARGIN,
    bottom: window.innerHeight - MARGIN,
    right: window.innerWidth - MARGIN,
  };
  const column = anchor.closest('[data-popover-bounds]')?.getBoundingClientRect();
  return column ? intersection(column, viewport) : viewport;
}

function place(el: HTMLElement, anchor: HTMLElement): void {
  const bounds = boundsOf(anchor);
  // Measure at the width it may take (wrapping changes the height), at its natural height.
  el.style.maxWidth = `min(${MAX_WIDTH}px, ${Math.max(0, bounds.right - bounds.left)}px)`;
  el.style.maxHeight = '';
  const { width, height } = el.getBoundingClientRect();
  const at = placePopover(anchor.getBoundingClientRect(), { width, height }, bounds);
  // Rounded inwards, so a fraction of a pixel never spills over the details above.
  const top = Math.ceil(at.top);
  el.style.top = `${top}px`;
  el.style.left = `${Math.ceil(at.left)}px`;
  el.style.maxHeight = `${Math.floor(at.maxHeight - (top - at.top))}px`;
  el.dataset.side = at.side;
}
