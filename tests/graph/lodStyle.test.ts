// The level-of-detail stylesheet on a real (headless) Cytoscape: a big graph shows names
// only around the selection; the bundled-size graph keeps every name and its curves.
import { createCy } from '../../src/graph/createCy';
import { syntheticGraph } from '../bench/syntheticGraph';
import { sampleGraph } from '../fixtures/sampleGraph';

describe('level of detail on the canvas', () => {
  it('keeps every name, curved bundles and arrowheads on a small graph', () => {
    const cy = createCy(sampleGraph());
    expect(cy.getElementById('iran').style('label')).toBe('Iran');
    expect(cy.edges()[0]!.style('curve-style')).toBe('bezier');
  });

  it('names only a shown path on a graph of thousands (the selection is on the overlay)', () => {
    const cy = createCy(syntheticGraph(1000, 4));
    const onPath = cy.getElementById('n0');
    const selected = cy.getElementById('n1');
    const other = cy.getElementById('n500');
    onPath.addClass('on-path');
    selected.addClass('selected');
    expect(onPath.style('label')).toBe('Entity 0');
    expect(selected.style('label')).toBe('');
    expect(other.style('label')).toBe('');
    expect(cy.edges()[0]!.style('curve-style')).toBe('haystack');
    expect(cy.edges()[0]!.style('target-arrow-shape')).toBe('none');
    // The generated graph has parallel relations, drawn as bundles with a count.
    const bundles = cy.edges('.bundle');
    expect(bundles.length).toBeGreaterThan(0);
    expect(bundles[0]!.style('label')).toBe('');
  });

  it('draws every relation of a big graph solid, and outlines only entities that matter', () => {
    const cy = createCy(syntheticGraph(1000, 4));
    const dashedType = cy.edges().filter((e) => e.style('line-style') !== 'solid');
    expect(dashedType.length).toBe(0);
    const onPath = cy.getElementById('n0').addClass('on-path');
    expect(cy.getElementById('n500').numericStyle('border-width')).toBe(0);
    expect(onPath.numericStyle('border-width')).toBe(4);
  });

  it('keeps dashed relation types dashed on a small graph', () => {
    const cy = createCy(sampleGraph());
    expect(cy.edges().filter((e) => e.style('line-style') !== 'solid').length).toBeGreaterThan(0);
  });
});
