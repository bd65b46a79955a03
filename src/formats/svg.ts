// SVG written from the canvas's own positions (not cytoscape-svg, which is GPL-3.0): node
// shapes, lines with arrowheads, labels as real <text> a vector editor can edit, and a
// caption with the title and what the picture covers. Whole, or cropped to a frame (the
// view on screen), what crosses the frame's edge cut there as on screen.
import { cropDrawing, type Drawing, type Frame } from './drawing';
import { xmlAttrs, xmlText } from './xml';

export interface SvgOptions {
  title: string;
  note: string;
  /** The outline of a node shape as a path `d` in a 100×100 box. */
  shapePath: (shape: string) => string;
  background?: string;
  textColor?: string;
  /** Only this part of the drawing (the view), clipped at its edges. */
  frame?: Frame;
}

const MARGIN = 40;
const CAPTION = 52;
const LABEL_SIZE = 12;
const r = (v: number) => Math.round(v * 10) / 10;
const DASH = { solid: undefined, dashed: '6 4', dotted: '1.5 3' } as const;

function bounds(drawing: Drawing) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of drawing.nodes) {
    xs.push(n.x - n.width / 2, n.x + n.width / 2);
    // room for the label under the node
    ys.push(n.y - n.height / 2, n.y + n.height / 2 + LABEL_SIZE * 1.8);
  }
  for (const e of drawing.edges)
    for (const p of e.points) {
      xs.push(p.x);
      ys.push(p.y);
    }
  if (xs.length === 0) return { x: 0, y: 0, w: 400, h: 200 };
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

function edgePath(points: { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length === 2) {
    // one control point between the ends: a quadratic curve, as Cytoscape's bezier edges
    const [c, end] = rest as [{ x: number; y: number }, { x: number; y: number }];
    return `M ${r(first.x)} ${r(first.y)} Q ${r(c.x)} ${r(c.y)} ${r(end.x)} ${r(end.y)}`;
  }
  return `M ${r(first.x)} ${r(first.y)} ${rest.map((p) => `L ${r(p.x)} ${r(p.y)}`).join(' ')}`;
}

export function toSvg(whole: Drawing, options: SvgOptions): string {
  const { background = '#ffffff', textColor = '#111827', frame } = options;
  const drawing = frame ? cropDrawing(whole, frame) : whole;
  const b = frame
    ? { x: frame.x1, y: frame.y1, w: frame.x2 - frame.x1, h: frame.y2 - frame.y1 }
    : bounds(drawing);
  const width = Math.ceil(b.w + 2 * MARGIN);
  const height = Math.ceil(b.h + 2 * MARGIN + CAPTION);
  const ox = MARGIN - b.x;
  const oy = MARGIN + CAPTION - b.y;
  const colors = [...new Set(drawing.edges.filter((e) => e.arrow).map((e) => e.color))];
  const markerId = (color: string) => `arrow-${colors.indexOf(color)}`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `  <title>${xmlText(options.title)}</title>`,
    `  <desc>${xmlText(options.note)}</desc>`,
    '  <defs>',
    ...colors.map(
      (c) =>
        `    <marker id="${markerId(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z"${xmlAttrs({ fill: c })}/></marker>`,
    ),
    ...(frame
      ? [
          `    <clipPath id="view"><rect${xmlAttrs({ x: r(b.x), y: r(b.y), width: r(b.w), height: r(b.h) })}/></clipPath>`,
        ]
      : []),
    '  </defs>',
    `  <rect width="100%" height="100%"${xmlAttrs({ fill: background })}/>`,
    `  <text x="${MARGIN / 2}" y="26" font-size="16" font-weight="600"${xmlAttrs({ fill: textColor })}>${xmlText(options.title)}</text>`,
    `  <text x="${MARGIN / 2}" y="44" font-size="11"${xmlAttrs({ fill: textColor })}>${xmlText(options.note)}</text>`,
    // The clip sits in the drawing's coordinates, so on a group inside the translation.
    `  <g transform="translate(${r(ox)} ${r(oy)})"${frame ? ' clip-path="url(#view)"' : ''}>`,
    `  <g id="edges" fill="none">`,
  ];
  for (const e of drawing.edges) {
    const attrs = xmlAttrs({
      id: `edge-${e.id}`,
      d: edgePath(e.points),
      stroke: e.color,
      'stroke-width': e.width,
      'stroke-dasharray': DASH[e.style],
      'marker-end': e.arrow ? `url(#${markerId(e.color)})` : undefined,
    });
    out.push(`    <path${attrs}><title>${xmlText(e.title)}</title></path>`);
  }
  out.push('  </g>', `  <g id="nodes">`);
  for (const n of drawing.nodes) {
    const transform = `translate(${r(n.x - n.width / 2)} ${r(n.y - n.height / 2)}) scale(${r(n.width) / 100} ${r(n.height) / 100})`;
    out.push(
      `    <g${xmlAttrs({ id: `node-${n.id}` })}>`,
      `      <path${xmlAttrs({ d: options.shapePath(n.shape), transform, fill: n.color, stroke: '#ffffff', 'stroke-width': 3, 'vector-effect': 'non-scaling-stroke' })}/>`,
      `      <text${xmlAttrs({ x: r(n.x), y: r(n.y + n.height / 2 + LABEL_SIZE + 2), 'font-size': LABEL_SIZE, 'text-anchor': 'middle', fill: textColor, stroke: background, 'stroke-width': 3, 'paint-order': 'stroke' })}>${xmlText(n.label)}</text>`,
      '    </g>',
    );
  }
  out.push('  </g>', '  </g>', '</svg>', '');
  return out.join('\n');
}
