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

/** How far apart (model px) a new entity keeps from every other: a node and its label. */
const CLEARANCE = 100;

/** The first spot on a spiral out of `origin` with no node within CLEARANCE. */
function freeSpot(cy: Core, origin: Position): Position {
  const taken = cy.nodes().map((n) => n.position());
  const free = (p: Position) => taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= CLEARANCE);
  // A turn of the golden angle per try spreads the candidates evenly as the spiral widens.
  for (let k = 0; k < 200; k++) {
    const r = k === 0 ? 0 : CLEARANCE * Math.sqrt(k);
    const p = { x: origin.x + r * Math.cos(k * 2.39996), y: origin.y + r * Math.sin(k * 2.39996) };
    if (free(p)) return p;
  }
  return origin;
}

/** Beside the already placed neighbours of `id`, or in the middle of the view, in free space. */
function placeFor(cy: Core, id: string, edges: readonly ElementDefinition[]): Position {
  const neighbours = edges
    .filter((e) => e.data.source === id || e.data.target === id)
    .map((e) => cy.getElementById(e.data.source === id ? e.data.target! : e.data.source!))
    .filter((node) => node.nonempty());
  if (neighbours.length > 0) {
    const x = neighbours.reduce((sum, node) => sum + node.position('x'), 0) / neighbours.length;
    const y = neighbours.reduce((sum, node) => sum + node.position('y'), 0) / neighbours.length;
    return freeSpot(cy, { x, y });
  }
  const view = cy.extent();
  return freeSpot(cy, { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 });
}

/** Applies the difference between two documents to `cy`; returns what it did. */
export function followDocument(cy: Core, before: GraphFile, after: GraphFile): ElementDiff {
  const diff = diffElements(toElements(before), toElements(after));
  const edges = diff.added.filter((el) => el.group === 'edges');
  cy.batch(() => {
    // Removing a node takes its edges with it; removing those again is a no-op.
    for (const id of diff.removed) cy.getElementById(id).remove();
    for (const el of diff.added.filter((e) => e.group === 'nodes'))
      cy.add({ ...el, position: placeFor(cy, el.data.id!, edges) });
    cy.add(edges);
    for (const el of diff.changed) cy.getElementById(el.data.id!).data(el.data);
  });
  return diff;
}
