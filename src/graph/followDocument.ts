// The canvas following an edited document by diff: elements added, removed, or whose data
// changed are applied to the live instance; nothing is rebuilt and nothing already placed
// moves. A new entity is placed beside its neighbours (or in view when it has none).
import type { Core, ElementDefinition, Position } from 'cytoscape';
import type { GraphFile } from '../domain/schema';
import { toElements } from './elements';

export interface ElementDiff {
  added: ElementDefinition[];
  removed: string[];
  /** Elements whose data changed, with their new data. */
  changed: ElementDefinition[];
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** What differs between two element lists, by id. */
export function diffElements(
  before: readonly ElementDefinition[],
  after: readonly ElementDefinition[],
): ElementDiff {
  const old = new Map(before.map((el) => [el.data.id!, el]));
  const next = new Set(after.map((el) => el.data.id!));
  const added: ElementDefinition[] = [];
  const changed: ElementDefinition[] = [];
  for (const el of after) {
    const was = old.get(el.data.id!);
    if (!was || was.group !== el.group) added.push(el);
    else if (!sameData(was.data, el.data)) changed.push(el);
  }
  const removed = before.map((el) => el.data.id!).filter((id) => !next.has(id));
  return { added, removed, changed };
}

const SPACING = 70;

/** Beside the already placed neighbours of `id`, or at the middle of the view. */
function placeFor(cy: Core, id: string, edges: readonly ElementDefinition[], n: number): Position {
  const neighbours = edges
    .filter((e) => e.data.source === id || e.data.target === id)
    .map((e) => cy.getElementById(e.data.source === id ? e.data.target! : e.data.source!))
    .filter((node) => node.nonempty());
  // A turn of the golden angle per new node keeps several new nodes from landing together.
  const angle = n * 2.39996;
  const offset = { x: SPACING * Math.cos(angle), y: SPACING * Math.sin(angle) };
  if (neighbours.length > 0) {
    const x = neighbours.reduce((sum, node) => sum + node.position('x'), 0) / neighbours.length;
    const y = neighbours.reduce((sum, node) => sum + node.position('y'), 0) / neighbours.length;
    return { x: x + offset.x, y: y + offset.y };
  }
  const view = cy.extent();
  return {
    x: (view.x1 + view.x2) / 2 + offset.x * 0.5,
    y: (view.y1 + view.y2) / 2 + offset.y * 0.5,
  };
}

/** Applies the difference between two documents to `cy`; returns what it did. */
export function followDocument(cy: Core, before: GraphFile, after: GraphFile): ElementDiff {
  const diff = diffElements(toElements(before), toElements(after));
  const edges = diff.added.filter((el) => el.group === 'edges');
  cy.batch(() => {
    // Removing a node takes its edges with it; removing those again is a no-op.
    for (const id of diff.removed) cy.getElementById(id).remove();
    const turn = cy.nodes().length;
    diff.added
      .filter((el) => el.group === 'nodes')
      .forEach((el, i) => {
        cy.add({ ...el, position: placeFor(cy, el.data.id!, edges, turn + i) });
      });
    cy.add(edges);
    for (const el of diff.changed) cy.getElementById(el.data.id!).data(el.data);
  });
  return diff;
}
