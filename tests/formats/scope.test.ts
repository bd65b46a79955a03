import { loadGraph } from '../../src/domain/loadGraph';
import { exportDoc, exportFileName } from '../../src/formats/scope';
import { bundled, fixedDay } from './exportFixtures';

describe('exportDoc', () => {
  it('exports the whole graph self-contained, saying so', () => {
    const loaded = bundled();
    const doc = exportDoc(loaded, null, undefined, fixedDay);
    expect(doc.filtered).toBe(false);
    expect(doc.graph.nodes).toHaveLength(loaded.graph.nodes.length);
    expect(doc.graph.sources.every((s) => s.text && !s.file)).toBe(true);
    expect(doc.note).toMatch(
      /^The whole graph ".+": 28 entities and \d+ relations, exported 2026-11-27\.$/,
    );
  });

  it('keeps only what is visible, stays valid, and says it is filtered', () => {
    const loaded = bundled();
    const g = loaded.graph;
    // hide one entity that others attribute claims to, keep everything else
    const attributed = g.edges.find((e) => e.attributedTo && e.attributedTo.length > 0)!;
    const hidden = attributed.attributedTo![0]!;
    const nodes = new Set(g.nodes.map((n) => n.id).filter((id) => id !== hidden));
    const edges = new Set(
      g.edges.filter((e) => e.source !== hidden && e.target !== hidden).map((e) => e.id),
    );
    const doc = exportDoc(loaded, { nodes, edges }, undefined, fixedDay);
    expect(doc.filtered).toBe(true);
    expect(doc.graph.nodes.map((n) => n.id)).not.toContain(hidden);
    expect(doc.graph.edges).toHaveLength(edges.size);
    expect(doc.graph.edges.flatMap((e) => e.attributedTo ?? [])).not.toContain(hidden);
    expect(doc.note).toBe(
      `Filtered view of "${g.title}": 27 of 28 entities and ${edges.size} of ${g.edges.length} relations, as the explorer's filters showed them on 2026-11-27.`,
    );
    expect(doc.graph.description).toMatch(/^Filtered view of/);
    const check = loadGraph(doc.graph, () => undefined);
    expect(check.ok ? [] : check.problems).toEqual([]);
  });
});

describe('exportFileName', () => {
  it('names files after the title, marking filtered views', () => {
    const graph = { ...bundled().graph, title: 'Iran & Russia: “Déjà vu” — 2024!' };
    expect(exportFileName({ graph, filtered: false }, '.graphml')).toBe(
      'iran-russia-deja-vu-2024.graphml',
    );
    expect(exportFileName({ graph, filtered: true }, '.svg')).toBe(
      'iran-russia-deja-vu-2024-filtered.svg',
    );
    expect(exportFileName({ graph: { ...graph, title: '!!!' }, filtered: false }, '.png')).toBe(
      'graph.png',
    );
  });
});
