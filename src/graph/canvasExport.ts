// What the exporters need from the canvas: node positions (GraphML, GEXF), the drawing as
// plain data (SVG), and a PNG at twice the resolution on an opaque background with a
// caption. Reads the instance GraphCanvas publishes on window.cy.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Drawing, DrawnEdge, DrawnNode } from '../formats/drawing';
import { drawGroups, groupEdges, isShown, type Transform } from './edgeDrawing';
import { edgeLayerOf } from './edgeLayer';

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
  // Not `:visible`: on graphs of thousands relations are transparent to Cytoscape (drawn
  // on our own layer), yet shown.
  const shown = cy.elements().filter((e) => isShown(e));
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

/**
 * Cytoscape's picture of the graph. Where the relations are drawn on our own layer
 * (edgeLayer.ts) Cytoscape's picture has none: they are drawn first, with the transform
 * Cytoscape used (read back from the picture's size), and its picture over them.
 */
async function graphPicture(
  cy: Core,
  options: PngOptions,
): Promise<{ picture: Blob; image: ImageBitmap }> {
  const layer = edgeLayerOf(cy);
  const bg = layer ? undefined : options.background;
  const picture = await cy.png({ output: 'blob-promise', full: options.full, scale: SCALE, bg });
  const image = await createImageBitmap(picture);
  if (!layer) return { picture, image };
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return { picture, image };
  let at: Transform;
  if (options.full) {
    const bb = cy.elements().boundingBox();
    const k = image.width / Math.max(1, Math.ceil(bb.w));
    at = { x: -bb.x1 * k, y: -bb.y1 * k, k };
  } else {
    const s = image.width / Math.max(1, cy.width());
    at = { x: cy.pan().x * s, y: cy.pan().y * s, k: cy.zoom() * s };
  }
  ctx.fillStyle = options.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  drawGroups(ctx, groupEdges(cy, layer.opacityOf), at);
  ctx.drawImage(image, 0, 0);
  return { picture, image: await createImageBitmap(canvas) };
}

/** The canvas as a PNG at 2×, opaque, with the title and what it covers on top. */
export async function canvasPng(cy: Core, options: PngOptions): Promise<Blob> {
  const { picture, image } = await graphPicture(cy, options);
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
