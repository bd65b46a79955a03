// The shipped picture of the bundled graph (graph-data/positions/) keeps the heart of the
// story clear: no other entity sits on the Iran–Russia bundle, where it would hide the line,
// cover its count and take the clicks meant for it.
import { readFileSync } from 'node:fs';
import { createCy } from '../../src/graph/createCy';
import { checkShape } from '../../src/domain/loadGraph';

const raw = JSON.parse(readFileSync('graph-data/iran-russia-alliance.json', 'utf8')) as unknown;
const file = JSON.parse(
  readFileSync('graph-data/positions/iran-russia-alliance.positions.json', 'utf8'),
) as { positions: Record<string, [number, number]> };

type Point = { x: number; y: number };
/** Distance from p to the segment a–b. */
function toSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}
const at = (id: string): Point => {
  const p = file.positions[id];
  if (!p) throw new Error(`no shipped position for ${id}`);
  return { x: p[0], y: p[1] };
};

/** Clear canvas pixels between an entity's edge and the bundle's line. */
const MARGIN = 12;

it('keeps every other entity off the Iran–Russia bundle, with room to spare', () => {
  const shape = checkShape(raw);
  if (!shape.ok) throw new Error('the bundled graph does not parse');
  const cy = createCy(shape.graph);
  const iran = at('iran');
  const russia = at('russia');
  const onTheBundle = cy
    .nodes()
    .filter((n) => n.id() !== 'iran' && n.id() !== 'russia')
    .filter((n) => toSegment(at(n.id()), iran, russia) < n.outerWidth() / 2 + MARGIN)
    .map((n) => n.id());
  expect(cy.nodes().length).toBe(Object.keys(file.positions).length);
  expect(onTheBundle).toEqual([]);
});
