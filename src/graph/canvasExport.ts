// What the exporters need from the canvas: node positions (GraphML, GEXF), the drawing as
// plain data (SVG), and a PNG at twice the resolution on an opaque background with a
// caption. Reads the instance GraphCanvas publishes on window.cy.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Drawing, DrawnEdge, DrawnNode } from '../formats/drawing';

export function liveCanvas(): Core | null {
  const cy = typeof window === 'undefined' ? undefined : window.cy;
  return cy && !cy.destroyed() ? cy : null;
}

export function nodePositions(cy: Core): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    positions.set(n.id(), { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  });
  return positions;
}

function drawnNode(n: NodeSingular): DrawnNode {
  const { x, y } = n.position();
  return {
    id: n.id(),
    x,
    y,
    width: n.width(),
    height: n.height(),
    shape: String(n.style('shape')),
    color: String(n.style('background-color')),
    label: String(n.data('label') ?? n.id()),
  };
}

function drawnEdge(e: EdgeSingular): DrawnEdge {
  const control = e.controlPoints() ?? [];
  const style = String(e.style('line-style'));
  return {
    id: e.id(),
    points: [e.sourceEndpoint(), ...control, e.targetEndpoint()].map(({ x, y }) => ({ x, y })),
    color: String(e.style('line-color')),
    width: parseFloat(String(e.style('width'))) || 1,
    style: style === 'dashed' || style === 'dotted' ? style : 'solid',
    arrow: String(e.style('target-arrow-shape')) !== 'none',
    title:
      `${e.source().data('label') ?? e.source().id()} ${e.data('relationLabel') ?? e.data('label') ?? ''} ${e.target().data('label') ?? e.target().id()}`
        .replace(/\s+/g, ' ')
        .trim(),
  };
}

/** Everything the canvas shows now (filters and bundles applied), where it shows it. */
export function readDrawing(cy: Core): Drawing {
  const shown = cy.elements(':visible');
  return { nodes: shown.nodes().map(drawnNode), edges: shown.edges().map(drawnEdge) };
}

export interface PngOptions {
  /** The whole drawing (true) or only what the viewport shows (false). */
  full: boolean;
  title: string;
  note: string;
  background: string;
  textColor: string;
}

const SCALE = 2;
const CAPTION = 56;

/** The canvas as a PNG at 2×, opaque, with the title and what it covers on top. */
export async function canvasPng(cy: Core, options: PngOptions): Promise<Blob> {
  const picture = await cy.png({
    output: 'blob-promise',
    full: options.full,
    scale: SCALE,
    bg: options.background,
  });
  const image = await createImageBitmap(picture);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return picture;
  const titleFont = `600 ${16 * SCALE}px system-ui, sans-serif`;
  const noteFont = `${11 * SCALE}px system-ui, sans-serif`;
  ctx.font = titleFont;
  const titleWidth = ctx.measureText(options.title).width;
  ctx.font = noteFont;
  const noteWidth = ctx.measureText(options.note).width;
  const pad = 20 * SCALE;
  canvas.width = Math.ceil(Math.max(image.width, titleWidth + 2 * pad, noteWidth + 2 * pad));
  canvas.height = image.height + CAPTION * SCALE;
  ctx.fillStyle = options.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, Math.round((canvas.width - image.width) / 2), CAPTION * SCALE);
  ctx.fillStyle = options.textColor;
  ctx.font = titleFont;
  ctx.fillText(options.title, pad, 26 * SCALE);
  ctx.font = noteFont;
  ctx.fillText(options.note, pad, 44 * SCALE);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
      'image/png',
    ),
  );
}
