// The opacity our layer strokes a relation with is the one the stylesheet means for it:
// checked against Cytoscape's own computed style on the same graph with the layer's
// transparency left out, for every status, a bundle and a shown path.
import cytoscape from 'cytoscape';
import { drawPlan } from '../../src/domain/levelOfDetail';
import { edgeOpacityOf } from '../../src/graph/edgeOpacity';
import { toElements } from '../../src/graph/elements';
import { lodStyle } from '../../src/graph/lodStyle';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { createCy } from '../../src/graph/createCy';
import { syntheticGraph } from '../bench/syntheticGraph';

const graph = syntheticGraph(1000, 4);

/** The big graph's stylesheet as it would be if Cytoscape drew the relations itself. */
function withoutLayer() {
  const plan = { ...drawPlan(graph.nodes.length, graph.edges.length), edgesOnLayer: false };
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(graph),
    style: [...buildStylesheet(graph), ...lodStyle(plan)] as cytoscape.StylesheetJson,
  });
}

describe('the opacity of a relation on our layer', () => {
  const opacityOf = edgeOpacityOf(graph);

  it('is what the stylesheet gives every relation and bundle', () => {
    const cy = withoutLayer();
    const statuses = new Set<string>();
    cy.edges().forEach((edge) => {
      statuses.add(String(edge.data('status')));
      expect(opacityOf(edge)).toBeCloseTo(Number(edge.style('opacity')));
    });
    expect(statuses.size).toBeGreaterThan(2); // several statuses, and bundles, compared
    expect(cy.edges('.bundle').length).toBeGreaterThan(0);
  });

  it('follows a shown path: faint off it, full on it', () => {
    const cy = withoutLayer();
    const [on, off] = [cy.edges().not('.bundle')[0]!, cy.edges().not('.bundle')[1]!];
    on.addClass('on-path');
    off.addClass('off-path');
    expect(opacityOf(on)).toBeCloseTo(Number(on.style('opacity')));
    expect(opacityOf(off)).toBeCloseTo(Number(off.style('opacity')));
    expect(opacityOf(off)).toBeLessThan(0.2);
  });

  it('is zero for Cytoscape itself, which still hit-tests the relation', () => {
    const cy = createCy(graph);
    const edge = cy.edges().not('.bundle')[0]!;
    expect(Number(edge.style('opacity'))).toBe(0);
    expect(edge.visible()).toBe(false);
    expect((edge as unknown as { interactive(): boolean }).interactive()).toBe(true);
    // A shown path is drawn by Cytoscape, over the layer.
    edge.addClass('on-path');
    expect(Number(edge.style('opacity'))).toBe(1);
  });
});
