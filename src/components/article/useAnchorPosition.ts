// Places a floating element (tooltip, choice menu) just below its anchor — or above it when
// there is no room below — inside the viewport. Position is written to the element's style
// directly: it is layout, not state, and must not cost a render.
import { useLayoutEffect, type RefObject } from 'react';

const GAP = 6;
const MARGIN = 8;

export function useAnchorPosition(floating: RefObject<HTMLElement | null>, anchor: HTMLElement) {
  useLayoutEffect(() => {
    if (floating.current) place(floating.current, anchor);
  }, [floating, anchor]);
}

function place(el: HTMLElement, anchor: HTMLElement): void {
  const a = anchor.getBoundingClientRect();
  const { width, height } = el.getBoundingClientRect();
  const below = a.bottom + GAP;
  const top =
    below + height > window.innerHeight - MARGIN && a.top - GAP - height > MARGIN
      ? a.top - GAP - height
      : below;
  const left = Math.max(MARGIN, Math.min(a.left, window.innerWidth - width - MARGIN));
  el.style.top = `${Math.round(top)}px`;
  el.style.left = `${Math.round(left)}px`;
}
