// SVG outlines of the Cytoscape node shapes named in domain/appearance.ts, built from the
// same unit polygons Cytoscape uses, so a legend swatch looks like the node on the canvas.
import type { NodeShape } from '../../domain/appearance';

type Points = number[]; // x0, y0, x1, y1, … in the unit square [-1, 1]², y pointing down

/** Cytoscape's generateUnitNgonPoints: a regular polygon on the unit circle. */
function rawNgon(sides: number, rotation = 0): Points {
  const increment = (2 * Math.PI) / sides;
  const startAngle = (sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2) + rotation;
  const points: Points = [];
  for (let i = 0; i < sides; i++) {
    const angle = i * increment + startAngle;
    points.push(Math.cos(angle), Math.sin(-angle));
  }
  return points;
}

/** Cytoscape's fitPolygonToSquare: stretch the polygon to fill [-1, 1]². */
function fitToSquare(points: Points): Points {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX;
  const spanY = Math.max(...ys) - minY;
  return points.map((v, i) =>
    i % 2 === 0 ? (2 * (v - minX)) / spanX - 1 : (2 * (v - minY)) / spanY - 1,
  );
}

const ngon = (sides: number) => fitToSquare(rawNgon(sides));

/** Cytoscape's five-pointed star: outer and inner points alternating. */
function star(): Points {
  const outer = rawNgon(5);
  const inner = rawNgon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
  const points: Points = [];
  for (let i = 0; i < 5; i++)
    points.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]!, inner[2 * i + 1]!);
  return fitToSquare(points);
}

const POLYGONS: Partial<Record<NodeShape, () => Points>> = {
  hexagon: () => ngon(6),
  octagon: () => ngon(8),
  'round-triangle': () => ngon(3),
  diamond: () => [0, 1, 1, 0, 0, -1, -1, 0],
  'round-tag': () => [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  rhomboid: () => [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  star,
};

const round = (v: number) => Math.round(v * 100) / 100;

/** The `d` of an SVG path drawing `shape` inside a `size`×`size` box, `pad` from its edges. */
export function shapePath(shape: NodeShape, size: number, pad = 1.5): string {
  const half = size / 2 - pad;
  const c = size / 2;
  const at = (x: number, y: number) => `${round(c + x * half)} ${round(c + y * half)}`;
  const polygon = POLYGONS[shape];
  if (polygon) {
    const p = polygon();
    const pairs: string[] = [];
    for (let i = 0; i + 1 < p.length; i += 2) pairs.push(at(p[i]!, p[i + 1]!));
    return `M ${pairs.join(' L ')} Z`;
  }
  const lo = round(c - half);
  const hi = round(c + half);
  const w = round(2 * half);
  if (shape === 'round-rectangle') {
    const r = round(Math.min(w / 4, 8));
    return (
      `M ${round(lo + r)} ${lo} H ${round(hi - r)} Q ${hi} ${lo} ${hi} ${round(lo + r)} ` +
      `V ${round(hi - r)} Q ${hi} ${hi} ${round(hi - r)} ${hi} H ${round(lo + r)} ` +
      `Q ${lo} ${hi} ${lo} ${round(hi - r)} V ${round(lo + r)} Q ${lo} ${lo} ${round(lo + r)} ${lo} Z`
    );
  }
  if (shape === 'barrel') {
    // Cytoscape's barrel: straight sides, top and bottom bowed by quadratic corners.
    const wOff = round(0.25 * w);
    const hOff = round(Math.max(0.05 * w, 1.5));
    return (
      `M ${lo} ${round(lo + hOff)} V ${round(hi - hOff)} Q ${lo} ${hi} ${round(lo + wOff)} ${hi} ` +
      `H ${round(hi - wOff)} Q ${hi} ${hi} ${hi} ${round(hi - hOff)} V ${round(lo + hOff)} ` +
      `Q ${hi} ${lo} ${round(hi - wOff)} ${lo} H ${round(lo + wOff)} Q ${lo} ${lo} ${lo} ${round(lo + hOff)} Z`
    );
  }
  // ellipse
  return `M ${lo} ${round(c)} A ${round(half)} ${round(half)} 0 1 0 ${hi} ${round(c)} A ${round(half)} ${round(half)} 0 1 0 ${lo} ${round(c)} Z`;
}
