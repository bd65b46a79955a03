// The highlight of a graph of thousands (highlight.ts), drawn on a canvas of our own over
// Cytoscape's: the rest dimmed by one translucent fill, then the picked relations, entities
// and their names at a readable on-screen size. Selecting or pointing touches no Cytoscape
// element, so Cytoscape does not repaint its thousands of elements; only this canvas is
// redrawn — on a change, and when the view or positions move. Clicks pass through to
// Cytoscape (pointer-events: none), so hit-testing stays Cytoscape's own.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Highlight, Role } from './highlight';
import { NO_HIGHLIGHT } from './highlight';
import { labelsToHide, type LabelBox } from './labelLevel';
import type { Palette } from './themeStyles';

const RADIUS: Record<Role, number> = { selected: 9, hovered: 7, neighbour: 6, incident: 0 };
const LINE: Record<Role, number> = { selected: 4, hovered: 3.5, neighbour: 2.5, incident: 2.5 };
const FONT_PX = 12;
const FONT = `${FONT_PX}px system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif`;
/** How much of the ground colour covers what is not highlighted. */
const DIM = 0.75;

export interface HighlightOverlay {
  show(highlight: Highlight, palette: Palette): void;
  destroy(): void;
}

export function createHighlightOverlay(cy: Core): HighlightOverlay {
  const container = cy.container();
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas__highlight';
  canvas.setAttribute('aria-hidden', 'true');
  container?.appendChild(canvas);
  let current: Highlight = NO_HIGHLIGHT;
  let palette: Palette | null = null;
  let frame = 0;

  const draw = () => {
    frame = 0;
    if (cy.destroyed() || !container) return;
    const ratio = window.devicePixelRatio || 1;
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (
      canvas.width !== Math.round(width * ratio) ||
      canvas.height !== Math.round(height * ratio)
    ) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (current.roles.size === 0 || !palette) return;
    if (current.dimRest) {
      ctx.globalAlpha = DIM;
      ctx.fillStyle = palette.ground;
      ctx.fillRect(0, 0, width, height);
      ctx.globalAlpha = 1;
    }
    const nodes: [NodeSingular, Role][] = [];
    ctx.lineCap = 'round';
    for (const [id, role] of current.roles) {
      const ele = cy.getElementById(id);
      if (ele.empty() || ele.hasClass('hidden')) continue;
      if (ele.group() === 'nodes') {
        nodes.push([ele as NodeSingular, role]);
        continue;
      }
      const edge = ele as EdgeSingular;
      const from = edge.source().renderedPosition();
      const to = edge.target().renderedPosition();
      ctx.strokeStyle = role === 'selected' ? palette.highlight : String(edge.style('line-color'));
      ctx.lineWidth = LINE[role];
      ctx.beginPath();
      ctx.moveTo(from.x, from.y);
      ctx.lineTo(to.x, to.y);
      ctx.stroke();
    }
    // Entities over relations, the selection last (on top).
    nodes.sort((a, b) => Number(a[1] === 'selected') - Number(b[1] === 'selected'));
    const boxes = new Map<string, LabelBox>();
    ctx.font = FONT;
    for (const [node, role] of nodes) {
      const { x, y } = node.renderedPosition();
      const r = Math.max(RADIUS[role], node.renderedWidth() / 2);
      ctx.fillStyle = String(node.style('background-color'));
      ctx.strokeStyle = palette.highlight;
      ctx.lineWidth = role === 'selected' ? 3 : 2;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      const label = String(node.data('label') ?? '');
      const w = ctx.measureText(label).width;
      boxes.set(node.id(), {
        id: node.id(),
        x,
        y: y + r + 3,
        w: w + 6,
        h: FONT_PX + 6,
        rank: role === 'selected' ? 1e9 : role === 'hovered' ? 1e8 : node.degree(false),
      });
    }
    // Names where they do not collide; the selection's and the pointer's always win.
    const hidden = labelsToHide([...boxes.values()]);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const [node] of nodes) {
      const box = boxes.get(node.id());
      if (!box || hidden.has(box.id)) continue;
      ctx.globalAlpha = 0.9;
      ctx.fillStyle = palette.ground;
      ctx.fillRect(box.x - box.w / 2, box.y, box.w, box.h);
      ctx.globalAlpha = 1;
      ctx.fillStyle = palette.text;
      ctx.fillText(String(node.data('label') ?? ''), box.x, box.y + 3);
    }
  };
  const later = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  cy.on('viewport resize position', later);
  return {
    show(highlight, nextPalette) {
      current = highlight;
      palette = nextPalette;
      // At once, in the same task as the change: the next frame shows it.
      cancelAnimationFrame(frame);
      draw();
    },
    destroy() {
      cancelAnimationFrame(frame);
      cy.removeListener('viewport resize position', later);
      canvas.remove();
    },
  };
}
