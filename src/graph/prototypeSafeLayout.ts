// fcose and its engine (cose-base) keep nodes in plain objects keyed by element id
// (`idToLNode[id]`, `toBeTiled[id]`), so a graph with an entity called `constructor` finds
// Object's constructor there and the layout crashes. Such a graph is laid out on a headless
// copy whose ids cannot collide with a prototype, and the positions are copied back.
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';

/** True when some element id is also a property of every plain object. */
export function hasPrototypeIds(cy: Core): boolean {
  return cy
    .elements()
    .toArray()
    .some((ele) => ele.id() in Object.prototype);
}

/** Runs `options` on a copy of `cy` with ids `n0`, `e0`, …, then moves `cy`'s nodes. */
export function runOnSafeCopy(cy: Core, options: LayoutOptions): void {
  const nodes = cy.nodes();
  const safeId = new Map(nodes.map((node, i) => [node.id(), `n${i}`]));
  const copy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((node, i) => {
        // The copy has no renderer to measure labels: give each node the size it has here.
        const size = node.layoutDimensions({ nodeDimensionsIncludeLabels: true });
        return { group: 'nodes' as const, data: { id: `n${i}`, w: size.w, h: size.h } };
      }),
      ...cy
        .edges('[relation]') // bundle edges stand for these: they must not pull twice
        .map((edge, i) => ({
          group: 'edges' as const,
          data: {
            id: `e${i}`,
            source: safeId.get(edge.source().id())!,
            target: safeId.get(edge.target().id())!,
          },
        })),
    ],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  copy
    .elements()
    .layout({ ...options, nodeDimensionsIncludeLabels: false } as LayoutOptions)
    .run();
  const placed = copy.nodes();
  nodes.forEach((node, i) => {
    node.position({ ...placed[i]!.position() });
  });
  copy.destroy();
}
