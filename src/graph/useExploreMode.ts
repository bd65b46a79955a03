// On a narrow screen the graph sits in a page that scrolls: a one-finger swipe over it must
// scroll the page, not pan the graph. So there the canvas neither pans, zooms nor drags by
// itself (taps still select); "Explore graph" takes it full screen, where it does, with a
// clear way back (the same button, or Escape).
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { fitGraph } from './camera';
import { useMediaQuery } from '../components/useMediaQuery';

export const NARROW_QUERY = '(max-width: 900px)';

export function useExploreMode(cy: Core | null) {
  const narrow = useMediaQuery(NARROW_QUERY);
  const [exploring, setExploring] = useState(false);
  const active = exploring && narrow;

  useEffect(() => {
    if (!cy) return;
    const interactive = !narrow || active;
    cy.userPanningEnabled(interactive);
    cy.userZoomingEnabled(interactive);
    cy.autoungrabify(!interactive);
  }, [cy, narrow, active]);

  // While the page scrolls under a finger, the browser makes touchend uncancelable; the
  // renderer still calls preventDefault on it, which Chromium reports as an error. In page
  // mode there is nothing for that call to prevent, so it is made a no-op for such events.
  useEffect(() => {
    if (!cy || !narrow || active) return;
    const container = cy.container();
    const quiet = (e: TouchEvent) => {
      if (e.cancelable || !(e.target instanceof Node) || !container?.contains(e.target)) return;
      Object.defineProperty(e, 'preventDefault', { value: () => undefined });
    };
    window.addEventListener('touchend', quiet, { capture: true });
    return () => window.removeEventListener('touchend', quiet, { capture: true });
  }, [cy, narrow, active]);

  useEffect(() => {
    if (!cy || !active) return;
    // The page behind must not scroll while the graph fills the screen.
    const { overflow } = document.body.style;
    document.body.style.overflow = 'hidden';
    const frame = requestAnimationFrame(() => {
      cy.resize();
      fitGraph(cy);
    });
    return () => {
      cancelAnimationFrame(frame);
      document.body.style.overflow = overflow;
      requestAnimationFrame(() => {
        if (cy.destroyed()) return;
        cy.resize();
        fitGraph(cy);
      });
    };
  }, [cy, active]);

  return { narrow, exploring: active, setExploring };
}
