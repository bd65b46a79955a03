// Scrolling the article to a passage, smoothly unless the reader asked for reduced motion.
// A selection made elsewhere scrolls only the reader's own box (never the page: on a phone
// that would pull the reader away from the graph they just tapped); "Show in article" is a
// request to see the passage, so it may scroll the page too. jsdom lacks these APIs, so
// each call is guarded rather than assumed.

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

const behavior = (): ScrollBehavior => (prefersReducedMotion() ? 'auto' : 'smooth');

/** The scrollTop that puts an element of height `elHeight` at `elTop` in the middle of the view. */
export function centredScrollTop(
  scrollTop: number,
  viewTop: number,
  viewHeight: number,
  elTop: number,
  elHeight: number,
): number {
  return Math.max(0, Math.round(scrollTop + (elTop - viewTop) - (viewHeight - elHeight) / 2));
}

/** Scrolls `container` (only) so that `el` is in view, centred; no-op if it already is. */
export function scrollWithin(container: HTMLElement | null, el: Element | null | undefined) {
  if (!container || !el) return;
  const view = container.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  if (box.top >= view.top && box.bottom <= view.top + container.clientHeight) return;
  const top = centredScrollTop(
    container.scrollTop,
    view.top,
    container.clientHeight,
    box.top,
    box.height,
  );
  if (typeof container.scrollTo === 'function') container.scrollTo({ top, behavior: behavior() });
  else container.scrollTop = top;
}

/** Scrolls every scrollable ancestor, the page included, so `el` is centred in view. */
export function bringIntoView(el: Element | null | undefined) {
  if (el && typeof el.scrollIntoView === 'function')
    el.scrollIntoView({ block: 'center', behavior: behavior() });
}
