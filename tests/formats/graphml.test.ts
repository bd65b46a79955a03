import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { toGraphml } from '../../src/formats/graphml';
import { exportDoc } from '../../src/formats/scope';
import { bundled, docOf, fixedDay, tricky } from './exportFixtures';

describe('toGraphml', () => {
  it('parses with graphology and holds every entity and relation, directed or not', () => {
    const loaded = bundled();
    const parsed = parse(Graph, toGraphml(docOf(loaded)));
    const g = loaded.graph;
    expect(parsed.order).toBe(g.nodes.length);
    expect(parsed.size).toBe(g.edges.length);
    expect(parsed.nodes().sort()).toEqual(g.nodes.map((n) => n.id).sort());
    expect(parsed.edges().sort()).toEqual(g.edges.map((e) => e.id).sort());
    const directed = new Map(g.relationTypes.map((t) => [t.id, t.directed]));
    for (const e of g.edges) {
      expect(parsed.isDirected(e.id)).toBe(directed.get(e.relation));
      expect(parsed.source(e.id)).toBe(e.source);
    }
  });

  it('carries type, status, claimed-by, quotes and positions as attributes', () => {
    const loaded = tricky();
    const positions = new Map([
      ['a', { x: 10.5, y: -20 }],
      ['b', { x: 30, y: 40 }],
    ]);
    const parsed = parse(Graph, toGraphml(exportDoc(loaded, null, positions, fixedDay)));
    expect(parsed.getNodeAttributes('a')).toMatchObject({
      label: '=HYPERLINK("x")',
      type: 'country',
      aliases: '+a; -b',
      quotes: '=HYPERLINK("x")',
      x: 10.5,
      y: -20,
    });
    expect(parsed.getNodeAttribute('b', 'label')).toBe('<b>@ports</b>');
    expect(parsed.getEdgeAttributes('a-b')).toMatchObject({
      relation: 'supplies',
      status: 'reported',
      status_label: 'reported',
      contested: false,
      claimed_by: '<b>@ports</b>',
      quotes: 'Ships "left", said',
      claim: '-again+',
    });
    expect(parsed.getAttribute('note')).toMatch(/^The whole graph/);
  });

  it('writes a well-formed file even from control characters in the data', () => {
    const loaded = tricky();
    loaded.graph.nodes[0]!.summary = 'bell\u0007 and nul\u0000';
    const parsed = parse(Graph, toGraphml(docOf(loaded)));
    expect(parsed.getNodeAttribute('a', 'summary')).toBe('bell\uFFFD and nul\uFFFD');
  });
});
