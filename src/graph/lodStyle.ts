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
    // …but a shown path's keep theirs (the selection's are drawn on the highlight overlay).
    blocks.push({ selector: 'node.on-path', style: { 'border-width': 4 } });
  }
  if (plan.edgesOnLayer) {
    // Drawn on our own layer (edgeLayer.ts): transparent here, so Cytoscape skips drawing
    // them but still hit-tests them. A shown path stays Cytoscape's, drawn over the layer.
    edge.opacity = 0;
  }
  if (Object.keys(edge).length > 0) blocks.push({ selector: 'edge', style: edge });
  if (plan.edgesOnLayer) blocks.push({ selector: 'edge.on-path', style: { opacity: 1 } });
  if (!plan.nodeLabels) {
    // Entities are dots, small enough not to pile on each other at the fitted zoom, named
    // only along a shown path: the selection's and the pointer's names are drawn on the
    // highlight overlay (highlightOverlay.ts). Bundles' counts are not drawn either.
    blocks.push({ selector: 'node', style: { label: '', width: 16, height: 16 } });
    blocks.push({ selector: 'node.on-path', style: { label: 'data(label)' } });
    blocks.push({ selector: 'edge.bundle', style: { label: '' } });
  }
  // Cytoscape's typings model each property separately; the headless tests check these.
  return blocks as unknown as StylesheetJson;
}
