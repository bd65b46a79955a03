// Cytoscape marks the element under a pressed pointer `:active` (a translucent overlay)
// and unmarks it on release: two restyles, and so two repaints of every element, for
// each click. On a graph of thousands those repaints are the cost of a click (~0.2 s each
// for 10,000 elements on a CPU-drawn canvas) and the overlay is invisible on a dot anyway,
// so instances registered here skip the marking. Cytoscape has no option for it: the two
// methods are wrapped once on the collection prototype, and only registered instances
// are affected.
import type { Core } from 'cytoscape';

const quiet = new WeakSet<Core>();
let wrapped = false;

type Switch = (this: { cy(): Core }, ...args: unknown[]) => unknown;

export function quietActivation(cy: Core): void {
  quiet.add(cy);
  if (wrapped) return;
  wrapped = true;
  const proto = Object.getPrototypeOf(cy.collection()) as Record<string, Switch>;
  for (const name of ['activate', 'unactivate']) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    proto[name] = function (this: { cy(): Core }, ...args: unknown[]) {
      // Called with no arguments by Cytoscape's pointer handling; with a handler it
      // registers a listener, which stays untouched.
      if (args.length === 0 && quiet.has(this.cy())) return this;
      return original.apply(this, args);
    };
  }
}
