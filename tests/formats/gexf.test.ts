import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { toGexf } from '../../src/formats/gexf';
import { exportDoc } from '../../src/formats/scope';
import { bundled, docOf, fixedDay, tricky } from './exportFixtures';

describe('toGexf', () => {
  it('parses with graphology and holds every entity and relation, directed or not', () => {
    const loaded = bundled();
    const parsed = parse(Graph, toGexf(docOf(loaded), fixedDay));
    const g = loaded.graph;
    expect(parsed.order).toBe(g.nodes.length);
    expect(parsed.size).toBe(g.edges.length);
    expect(parsed.edges().sort()).toEqual(g.edges.map((e) => e.id).sort());
    const directed = new Map(g.relationTypes.map((t) => [t.id, t.directed]));
    for (const e of g.edges) expect(parsed.isDirected(e.id)).toBe(directed.get(e.relation));
    expect(parsed.getAttribute('title')).toBe(g.title);
  });

  it('carries type, status, claimed-by, quotes and viz positions', () => {
    const positions = new Map([
      ['a', { x: 10.5, y: 20 }],
      ['b', { x: 30, y: 40 }],
    ]);
    const parsed = parse(Graph, toGexf(exportDoc(tricky(), null, positions, fixedDay), fixedDay));
    // GEXF's y axis points up, the canvas's down: the file flips it so Gephi shows the same picture
    expect(parsed.getNodeAttributes('a')).toMatchObject({
      label: '=HYPERLINK("x")',
      type: 'country',
      quotes: '=HYPERLINK("x")',
      x: 10.5,
      y: -20,
    });
    expect(parsed.getEdgeAttributes('a-b')).toMatchObject({
      label: 'supplies: -again+',
      status: 'reported',
      contested: false,
      claimed_by: '<b>@ports</b>',
      quotes: 'Ships "left", said',
    });
    expect(parsed.getAttribute('description')).toMatch(/^The whole graph/);
  });
});
