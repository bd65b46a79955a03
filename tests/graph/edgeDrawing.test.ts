// The relations of a graph of thousands as our own layer draws them: one group per look,
// the looks Cytoscape's stylesheet gives, only what is shown, and one stroke per group.
import type { Core } from 'cytoscape';
import { createCy } from '../../src/graph/createCy';
import { drawGroups, groupEdges, lineWidthAt, isShown } from '../../src/graph/edgeDrawing';
import { edgeOpacityOf } from '../../src/graph/edgeOpacity';
import { syntheticGraph } from '../bench/syntheticGraph';

const graph = syntheticGraph(1000, 4);
const opacityOf = edgeOpacityOf(graph);

function segmentCount(cy: Core): number {
  let n = 0;
  for (const g of groupEdges(cy, opacityOf).values()) n += g.segments.length;
  return n;
}

/** A 2D context that records what is stroked. */
function recordingContext() {
  const calls: string[] = [];
  const widths: number[] = [];
  const ctx = {
    save: () => calls.push('save'),
    restore: () => calls.push('restore'),
    setTransform: () => calls.push('setTransform'),
    beginPath: () => calls.push('beginPath'),
    moveTo: () => calls.push('moveTo'),
    lineTo: () => calls.push('lineTo'),
    stroke: () => calls.push('stroke'),
    set strokeStyle(_: string) {},
    set globalAlpha(_: number) {},
    set lineCap(_: string) {},
    set lineWidth(w: number) {
      widths.push(w);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls, widths };
}

describe('the relations our layer draws', () => {
  it('groups every shown relation once, by the colour and width Cytoscape gives it', () => {
    const cy = createCy(graph);
    const shown = cy.edges().filter((e) => isShown(e));
    const groups = groupEdges(cy, opacityOf);
    expect(segmentCount(cy)).toBe(shown.length);
    // Each group's stroke is the style of every relation in it: pick one relation per
    // colour and compare with Cytoscape's own computed style.
    const byColour = new Map<string, string>();
    shown.forEach((e) => {
      byColour.set(String(e.style('line-color')).replace(/\s/g, ''), e.id());
    });
    const strokes = [...groups.values()].map((g) => g.stroke.color);
    for (const colour of byColour.keys()) expect(strokes).toContain(colour);
    expect(groups.size).toBeLessThan(30);
  });

  it('leaves out what a filter or a collapsed bundle hides, and a shown path', () => {
    const cy = createCy(graph);
    const before = segmentCount(cy);
    const some = cy.edges().not('.bundle').slice(0, 10);
    some.addClass('hidden');
    expect(segmentCount(cy)).toBe(before - 10);
    some.removeClass('hidden');
    const onPath = cy.edges().not('.bundle').slice(0, 3).addClass('on-path');
    expect(segmentCount(cy)).toBe(before - onPath.length);
  });

  it('hides the relations at a hidden entity', () => {
    const cy = createCy(graph);
    const before = segmentCount(cy);
    const node = cy.getElementById('n0');
    const incident = node.connectedEdges().filter((e) => isShown(e)).length;
    expect(incident).toBeGreaterThan(0);
    node.addClass('hidden');
    expect(segmentCount(cy)).toBe(before - incident);
  });

  it('strokes each group as one path, not each relation', () => {
    const cy = createCy(graph);
    const groups = groupEdges(cy, opacityOf);
    const { ctx, calls } = recordingContext();
    drawGroups(ctx, groups, { x: 0, y: 0, k: 1 });
    expect(calls.filter((c) => c === 'stroke')).toHaveLength(groups.size);
    expect(calls.filter((c) => c === 'moveTo')).toHaveLength(segmentCount(cy));
  });

  it('draws lines thinner than 1.5 screen pixels exactly one pixel wide', () => {
    expect(lineWidthAt(2, 0.5)).toBe(2); // 1 px on screen
    expect(lineWidthAt(2, 0.5) * 0.5).toBe(1);
    expect(lineWidthAt(2, 0.7) * 0.7).toBeCloseTo(1); // 1.4 px → 1 px
    expect(lineWidthAt(2, 1)).toBe(2); // 2 px stays 2 px
    expect(lineWidthAt(8, 0.25)).toBe(8); // a bundle: 2 px stays 2 px
  });
});
