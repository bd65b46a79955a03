import { applyEdit } from '../../src/domain/edits/applyEdit';
import type { Edit } from '../../src/domain/edits/types';
import type { GraphFile } from '../../src/domain/schema';
import { createCy } from '../../src/graph/createCy';
import { toElements } from '../../src/graph/elements';
import { diffElements, followDocument } from '../../src/graph/followDocument';
import { loadForceLayout, runLayout } from '../../src/graph/layout';
import { sampleGraph, span } from '../fixtures/sampleGraph';

// fcose is loaded on demand in the app (src/graph/layout.ts); these tests run it directly.
beforeAll(() => loadForceLayout());

const edit = (graph: GraphFile, ...edits: Edit[]) =>
  edits.reduce((g, e) => applyEdit(g, e).graph, graph);

const kazan: Edit = {
  kind: 'addEntity',
  node: {
    id: 'kazan',
    label: 'Kazan',
    type: 'country',
    aliases: [],
    summary: 'A city.',
    evidence: [span('Russia')],
  },
};
const kazanInRussia: Edit = {
  kind: 'addRelation',
  edge: {
    id: 'kazan-in-russia',
    source: 'kazan',
    target: 'russia',
    relation: 'allies_with',
    status: 'stated',
    evidence: [span('Russia')],
  },
};

describe('diffElements', () => {
  it('lists added, removed and changed elements by id', () => {
    const before = sampleGraph();
    const after = edit(
      before,
      kazan,
      { kind: 'deleteRelation', id: 'russia-rivals-iran' },
      { kind: 'updateEntity', id: 'putin', changes: { label: 'V. Putin' } },
    );
    const diff = diffElements(toElements(before), toElements(after));
    expect(diff.added.map((e) => e.data.id)).toEqual(['kazan']);
    expect(diff.removed).toEqual(['russia-rivals-iran']);
    // Putin renamed; Russia and Iran lost a relation, so their sizes and bundle spacing changed.
    expect(diff.changed.map((e) => e.data.id)).toContain('putin');
    expect(diff.changed.map((e) => e.data.id)).not.toContain('united-states');
  });
});

describe('followDocument', () => {
  it('applies only the difference: nothing else moves, nothing is rebuilt', () => {
    const before = sampleGraph();
    const cy = createCy(before);
    runLayout(cy);
    const russia = cy.getElementById('russia');
    const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

    const after = edit(before, kazan, kazanInRussia, {
      kind: 'updateEntity',
      id: 'putin',
      changes: { label: 'V. Putin' },
    });
    followDocument(cy, before, after);

    expect(cy.getElementById('russia')).toBe(russia); // same element object: no rebuild
    for (const [id, p] of positions) expect(cy.getElementById(id).position()).toEqual(p);
    expect(cy.getElementById('putin').data('label')).toBe('V. Putin');
    expect(cy.getElementById('kazan-in-russia').nonempty()).toBe(true);

    // Kazan, added with its relation to Russia, lands near Russia, clear of every entity.
    const k = cy.getElementById('kazan').position();
    const r = russia.position();
    expect(Math.hypot(k.x - r.x, k.y - r.y)).toBeLessThan(300);
    for (const p of positions.values())
      expect(Math.hypot(k.x - p.x, k.y - p.y)).toBeGreaterThan(99);

    followDocument(cy, after, before);
    expect(cy.getElementById('kazan').empty()).toBe(true);
    expect(cy.getElementById('kazan-in-russia').empty()).toBe(true);
    expect(cy.nodes().length).toBe(before.nodes.length);
    cy.destroy();
  });
});

describe('followDocument and bundles', () => {
  it('adds the bundle edge when a pair gains a second relation, and removes it with it', () => {
    const before = edit(sampleGraph(), kazan, kazanInRussia);
    const cy = createCy(before);
    const second: Edit = {
      kind: 'addRelation',
      edge: {
        ...(kazanInRussia as { edge: GraphFile['edges'][number] }).edge,
        id: 'kazan-leads',
        relation: 'leads',
      },
    };
    const after = edit(before, second);
    const diff = followDocument(cy, before, after);
    const bundles = diff.added.filter((el) => el.classes === 'bundle');
    expect(bundles).toHaveLength(1);
    expect(cy.getElementById(bundles[0]!.data.id!).hasClass('bundle')).toBe(true);
    followDocument(cy, after, before);
    expect(cy.getElementById(bundles[0]!.data.id!).empty()).toBe(true);
    cy.destroy();
  });
});
