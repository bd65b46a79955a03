// Stylesheet blocks that apply a level-of-detail plan (domain/levelOfDetail) on top of the
// full stylesheet. Appended last, they only ever take detail away; the state classes
// (.selected, .hidden, …) keep working because no block here touches what they set.
import type { StylesheetJson } from 'cytoscape';
import type { DrawPlan } from '../domain/levelOfDetail';

export function lodStyle(plan: DrawPlan): StylesheetJson {
  const edge: Record<string, string | number> = {};
  if (plan.straightEdges) edge['curve-style'] = plan.arrows ? 'straight' : 'haystack';
  if (!plan.arrows) {
    edge['target-arrow-shape'] = 'none';
    edge['mid-target-arrow-shape'] = 'none';
  }
  const blocks: { selector: string; style: Record<string, string | number> }[] = [
    { selector: 'node', style: { 'min-zoomed-font-size': plan.nodeLabelMinPx } },
  ];
  if (plan.plainLines) {
    edge['line-style'] = 'solid';
    blocks.push({ selector: 'node', style: { 'border-width': 0 } });
    // …but the outlines that mark state come back (widths as in the stylesheet's states).
    blocks.push({ selector: 'node.neighbour', style: { 'border-width': 2 } });
    blocks.push({ selector: 'node.hovered', style: { 'border-width': 3 } });
    blocks.push({ selector: 'node.selected, node.on-path', style: { 'border-width': 4 } });
  }
  if (Object.keys(edge).length > 0) blocks.push({ selector: 'edge', style: edge });
  if (!plan.nodeLabels) {
    // Names only where the reader is looking: the selection, its neighbours, the pointer.
    // Entities are dots, small enough not to pile on each other at the fitted zoom.
    blocks.push({ selector: 'node', style: { label: '', width: 16, height: 16 } });
    blocks.push({
      selector: 'node.selected, node.neighbour, node.hovered, node.on-path',
      style: { label: 'data(label)' },
    });
    // Bundles' counts too ("2 relations"): only around the selection and under the pointer.
    blocks.push({ selector: 'edge.bundle', style: { label: '' } });
    blocks.push({
      selector: 'edge.bundle.incident, edge.bundle.hovered, edge.bundle.selected',
      style: { label: 'data(bundleLabel)' },
    });
  }
  // Cytoscape's typings model each property separately; the headless tests check these.
  return blocks as unknown as StylesheetJson;
}
