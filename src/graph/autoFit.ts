// The graph re-fits when its box changes size (window resize, orientation change, a side
// column folding) — until the user moves the camera themselves (wheel or pinch zoom, drag
// to pan, the zoom buttons or keys). Fitting on purpose (the fit button, 0) resumes it.
import type { Core } from 'cytoscape';

const moved = new WeakSet<Core>();

export function markCameraMoved(cy: Core): void {
  moved.add(cy);
}

export function resumeAutoFit(cy: Core): void {
  moved.delete(cy);
}

export function followsSize(cy: Core): boolean {
  return !moved.has(cy);
}

/** Listens for user camera moves and size changes; returns the cleanup. */
export function autoFit(cy: Core, fit: (cy: Core) => void): () => void {
  let frame = 0;
  // Cytoscape also says 'resize' when nothing changed (its resize observer's first call,
  // just after the first fit): re-fitting then made the graph jump a second after load.
  let size = { width: cy.width(), height: cy.height() };
  const onUserMove = () => markCameraMoved(cy);
  const onResize = () => {
    const now = { width: cy.width(), height: cy.height() };
    const same = now.width === size.width && now.height === size.height;
    size = now;
    if (same || !followsSize(cy) || now.width === 0 || now.height === 0) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (!cy.destroyed() && followsSize(cy)) fit(cy);
    });
  };
  cy.on('scrollzoom pinchzoom dragpan', onUserMove);
  cy.on('resize', onResize);
  return () => {
    cancelAnimationFrame(frame);
    cy.removeListener('scrollzoom pinchzoom dragpan', onUserMove);
    cy.removeListener('resize', onResize);
  };
}
