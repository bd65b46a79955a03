// The opacity the stylesheet means for a relation, for the relations we draw ourselves
// (edgeLayer.ts): Cytoscape's own opacity for them is zero on graphs of thousands, so that
// it skips drawing them. Mirrors the stylesheet's opacity rules in the order they win;
// tests/graph/edgeOpacity.test.ts checks it against Cytoscape's computed style.
import type { EdgeSingular } from 'cytoscape';
import type { GraphFile } from '../domain/schema';
import { looksOf } from '../domain/appearance';
import { BUNDLE_OPACITY } from './bundleStyle';
import { OFF_PATH_EDGE_OPACITY } from './pathClasses';

export function edgeOpacityOf(graph: GraphFile): (edge: EdgeSingular) => number {
  // Statuses as they were when the canvas was made; a status added while editing draws
  // at full opacity until the graph is reopened.
  const byStatus = new Map([...looksOf(graph).status].map(([id, look]) => [id, look.opacity]));
  return (edge) => {
    if (edge.hasClass('on-path')) return 1;
    if (edge.hasClass('off-path')) return OFF_PATH_EDGE_OPACITY;
    if (edge.hasClass('bundle')) return BUNDLE_OPACITY;
    return byStatus.get(String(edge.data('status'))) ?? 1;
  };
}
