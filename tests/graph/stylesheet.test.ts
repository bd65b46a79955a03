// The stylesheet, checked through Cytoscape's own computed styles on a headless instance:
// what a user would see drawn, per relation type, status and state class.
import { createCy } from '../../src/graph/createCy';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { looksOf, CONTESTED_COLOR } from '../../src/domain/appearance';
import { sampleGraph } from '../fixtures/sampleGraph';

const graph = sampleGraph();
const cy = createCy(graph);
const edge = (id: string) => cy.getElementById(id);
const node = (id: string) => cy.getElementById(id);

describe('buildStylesheet', () => {
  it('has a block for every entity type, relation type and status of the graph', () => {
    const selectors = buildStylesheet(graph).map((block) => block.selector);
    for (const t of graph.entityTypes) expect(selectors).toContain(`node[type = "${t.id}"]`);
    for (const t of graph.relationTypes) expect(selectors).toContain(`edge[relation = "${t.id}"]`);
    for (const s of graph.statuses) expect(selectors).toContain(`edge[status = "${s.id}"]`);
  });

  it('colours and shapes entities as the legend does', () => {
    const look = looksOf(graph).entity.get('person');
    expect(node('putin').style('shape')).toBe(look?.shape);
    expect(node('putin').style('background-color')).toBe(hexToRgb(look?.color ?? ''));
    expect(node('putin').style('shape')).not.toBe(node('russia').style('shape'));
  });

  it('draws a target arrow on directed relations only', () => {
    expect(edge('iran-supplies-russia-drones').style('target-arrow-shape')).toBe('triangle');
    expect(edge('putin-leads-russia').style('target-arrow-shape')).toBe('triangle');
    expect(edge('iran-allies-russia').style('target-arrow-shape')).toBe('none');
    expect(edge('russia-rivals-iran').style('target-arrow-shape')).toBe('none');
  });

  it('marks a contested (denied) claim with the contested bar at mid-edge', () => {
    const denied = edge('iran-supplies-russia-missiles');
    expect(denied.style('mid-target-arrow-shape')).toBe('tee');
    expect(denied.style('mid-target-arrow-color')).toBe(hexToRgb(CONTESTED_COLOR));
    expect(edge('iran-supplies-russia-drones').style('mid-target-arrow-shape')).not.toBe('tee');
    // A stated claim carries no marker and full opacity; a reported one a hollow marker.
    expect(edge('iran-allies-russia').style('mid-target-arrow-shape')).toBe('none');
    expect(Number(edge('iran-allies-russia').style('opacity'))).toBe(1);
    expect(edge('iran-supplies-russia-drones').style('mid-target-arrow-fill')).toBe('hollow');
    expect(Number(denied.style('opacity'))).toBeLessThan(1);
  });

  it('tells supplies and allies_with apart by colour and line style', () => {
    const supplies = edge('iran-supplies-russia-drones');
    const allies = edge('iran-allies-russia');
    expect(supplies.style('line-color')).not.toBe(allies.style('line-color'));
    expect(supplies.style('line-style')).not.toBe(allies.style('line-style'));
    expect(allies.style('line-style')).toBe(looksOf(graph).relation.get('allies_with')?.lineStyle);
  });

  it('spreads parallel edges apart with bezier curves', () => {
    expect(edge('iran-allies-russia').style('curve-style')).toBe('bezier');
    expect(parseFloat(edge('iran-allies-russia').style('control-point-step-size'))).toBeGreaterThan(
      10,
    );
  });

  it('hides .hidden elements entirely', () => {
    const e = edge('us-accuses-iran');
    expect(e.style('display')).toBe('element');
    e.addClass('hidden');
    expect(e.style('display')).toBe('none');
    node('putin').addClass('hidden');
    expect(node('putin').style('display')).toBe('none');
    e.removeClass('hidden');
    node('putin').removeClass('hidden');
  });

  it('shows edge labels only on hovered, selected or incident edges', () => {
    const e = edge('iran-supplies-russia-drones');
    expect(e.style('label')).toBe('');
    for (const cls of ['hovered', 'selected']) {
      e.addClass(cls);
      expect(e.style('label')).toBe('supplies: drones');
      e.removeClass(cls);
    }
    // Around a selected entity, just the relation, so many labels do not pile up.
    e.addClass('incident');
    expect(e.style('label')).toBe('supplies');
    e.addClass('hovered');
    expect(e.style('label')).toBe('supplies: drones');
    e.removeClass('incident hovered');
  });

  it('fades .faded elements and labels nodes with their own label text', () => {
    expect(node('putin').style('label')).toBe('Vladimir Putin');
    node('putin').addClass('faded');
    expect(Number(node('putin').style('opacity'))).toBeLessThan(0.5);
    node('putin').addClass('hovered');
    expect(Number(node('putin').style('opacity'))).toBeGreaterThan(0.5);
    node('putin').removeClass('faded hovered');
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

describe('bundle edges', () => {
  it('style without a Cytoscape warning (they have no parallel-edge spacing to map)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const bundles = createCy(graph).edges('.bundle');
      expect(bundles.length).toBeGreaterThan(0);
      bundles.forEach((e) => void e.style('control-point-step-size'));
      expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });
});
