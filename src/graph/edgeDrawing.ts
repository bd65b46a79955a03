// How the relations of a graph of thousands are drawn on our own layer (edgeLayer.ts):
// grouped by look, each group stroked as one path, straight and centre to centre as
// Cytoscape's haystack lines, and one pixel wide where they would be thinner on screen.
// Also used for the PNG export, which draws the same relations under Cytoscape's picture.
import type { Core, EdgeSingular, SingularElementArgument } from 'cytoscape';

/** Cytoscape's parsed style, which its typings leave out: what its renderers read, without
 * building strings. */
interface Internals {
  pstyle(name: string): { value: unknown; pfValue?: number };
}
const internals = (ele: SingularElementArgument) => ele as unknown as Internals;

/**
 * Whether the element is shown: not hidden by a filter or inside a collapsed bundle, and for
 * a relation both ends shown. Unlike `visible()` it ignores opacity, which is zero for the
 * relations on our layer. Read from `display` itself: Cytoscape's cached `takesUpSpace()`
 * keeps its first answer after a class change.
 */
export function isShown(ele: SingularElementArgument): boolean {
  const displayed = (e: SingularElementArgument) =>
    internals(e).pstyle('display').value === 'element';
  if (!displayed(ele)) return false;
  if (!ele.isEdge()) return true;
  const edge = ele as EdgeSingular;
  return displayed(edge.source()) && displayed(edge.target());
}

/** What one relation is stroked with. */
export interface Stroke {
  color: string;
  /** In graph units: it scales with the zoom, as Cytoscape's own lines do. */
  width: number;
  opacity: number;
}

/** Maps a relation to its stroke; `opacityOf` gives the opacity the stylesheet means for it
 * (Cytoscape's own is zero, so that it skips drawing it). */
export function strokeOf(edge: EdgeSingular, opacityOf: (edge: EdgeSingular) => number): Stroke {
  const style = internals(edge);
  const rgb = style.pstyle('line-color').value as readonly number[];
  return {
    color: `rgb(${rgb[0]},${rgb[1]},${rgb[2]})`,
    width: style.pstyle('width').pfValue ?? 1,
    opacity: opacityOf(edge),
  };
}

/** A viewport transform: screen = graph × k + (x, y). */
export interface Transform {
  x: number;
  y: number;
  k: number;
}

/** A relation to stroke: its ends' live positions (Cytoscape moves these objects in place). */
interface Segment {
  s: { x: number; y: number };
  t: { x: number; y: number };
}

/** The relations drawn, grouped by look: one path per group. */
export type Groups = Map<string, { stroke: Stroke; segments: Segment[] }>;

/** Groups every relation that takes up space by look. A shown path's relations are left
 * out: Cytoscape draws those itself, highlighted (lodStyle). */
export function groupEdges(cy: Core, opacityOf: (edge: EdgeSingular) => number): Groups {
  const groups: Groups = new Map();
  cy.edges().forEach((edge) => {
    // Hidden by a filter or inside a collapsed bundle (display: none), or at a hidden end.
    if (!isShown(edge) || edge.hasClass('on-path')) return;
    const stroke = strokeOf(edge, opacityOf);
    const key = `${stroke.color}|${stroke.width}|${stroke.opacity}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { stroke, segments: [] }));
    group.segments.push({ s: edge.source().position(), t: edge.target().position() });
  });
  return groups;
}

/** Lines thinner than this on screen (device px) are drawn one pixel wide. */
const HAIRLINE_PX = 1.5;

/** The width to stroke with, in graph units: a line that would be drawn under 1.5 device
 * pixels wide is drawn exactly one pixel wide. The canvas rasterises one-pixel lines several
 * times faster than wider ones (measured here: 8,000 relations in ~20 ms against ~80 ms at
 * 1.2 px), and a zoomed-out graph of thousands is where both the lines are that thin and
 * their number is large. */
export function lineWidthAt(width: number, k: number): number {
  return width * k < HAIRLINE_PX ? 1 / k : width;
}

/** Strokes the groups, straight and centre to centre as Cytoscape's haystack lines. */
export function drawGroups(ctx: CanvasRenderingContext2D, groups: Groups, at: Transform): void {
  ctx.save();
  ctx.setTransform(at.k, 0, 0, at.k, at.x, at.y);
  ctx.lineCap = 'butt';
  for (const { stroke, segments } of groups.values()) {
    ctx.strokeStyle = stroke.color;
    ctx.globalAlpha = stroke.opacity;
    ctx.lineWidth = lineWidthAt(stroke.width, at.k);
    ctx.beginPath();
    for (const { s, t } of segments) {
      ctx.moveTo(s.x, s.y);
      ctx.lineTo(t.x, t.y);
    }
    ctx.stroke();
  }
  ctx.restore();
}
