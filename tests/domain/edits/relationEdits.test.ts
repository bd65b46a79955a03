import { applyEdit } from '../../../src/domain/edits/applyEdit';
import { type Edit } from '../../../src/domain/edits/types';
import { sampleGraph, span } from '../../fixtures/sampleGraph';
import { edge, node, roundTrip } from './roundTrip';

describe('relation and evidence edits and their inverses', () => {
  const newEdge = {
    id: 'putin-allies-iran',
    source: 'putin',
    target: 'iran',
    relation: 'allies_with',
    status: 'reported',
    attributedTo: ['united-states'],
    evidence: [span('Putin leads Russia')],
  };

  it('addRelation and deleteRelation (back at its index)', () => {
    roundTrip({ kind: 'addRelation', edge: newEdge }, (g) =>
      expect(edge(g, 'putin-allies-iran')).toEqual(newEdge),
    );
    roundTrip({ kind: 'deleteRelation', id: 'iran-supplies-russia-drones' }, (g) =>
      expect(g.edges.map((e) => e.id)).not.toContain('iran-supplies-russia-drones'),
    );
  });

  it('setStatus, setClaimant, label and direction are updateRelation; absent fields come back absent', () => {
    roundTrip(
      {
        kind: 'updateRelation',
        id: 'iran-supplies-russia-drones',
        changes: { status: 'alleged', attributedTo: ['united-states'] },
      },
      (g) =>
        expect(edge(g, 'iran-supplies-russia-drones')).toMatchObject({
          status: 'alleged',
          attributedTo: ['united-states'],
        }),
    );
    roundTrip(
      { kind: 'updateRelation', id: 'iran-supplies-russia-drones', changes: { label: undefined } },
      (g) => expect(edge(g, 'iran-supplies-russia-drones')).not.toHaveProperty('label'),
    );
    roundTrip(
      {
        kind: 'updateRelation',
        id: 'putin-leads-russia',
        changes: { source: 'russia', target: 'putin' },
      },
      (g) =>
        expect(edge(g, 'putin-leads-russia')).toMatchObject({ source: 'russia', target: 'putin' }),
    );
  });

  it('addEvidence, removeEvidence and moveEvidence', () => {
    const passage = span('a history of rivalry');
    roundTrip(
      { kind: 'addEvidence', ref: { kind: 'node', id: 'russia' }, evidence: passage },
      (g) => expect(node(g, 'russia')!.evidence.at(-1)).toEqual(passage),
    );
    const two = applyEdit(sampleGraph(), {
      kind: 'addEvidence',
      ref: { kind: 'node', id: 'russia' },
      evidence: passage,
      index: 0,
    }).graph;
    roundTrip(
      { kind: 'removeEvidence', ref: { kind: 'node', id: 'russia' }, index: 0 },
      (g) => expect(node(g, 'russia')!.evidence).toHaveLength(1),
      two,
    );
    roundTrip(
      {
        kind: 'moveEvidence',
        from: { kind: 'node', id: 'russia' },
        index: 0,
        to: { kind: 'edge', id: 'putin-leads-russia' },
      },
      (g) => {
        expect(node(g, 'russia')!.evidence).toEqual([
          span('Russia and Iran deepened their alliance'),
        ]);
        expect(edge(g, 'putin-leads-russia')!.evidence).toEqual([
          span('Putin leads Russia'),
          passage,
        ]);
      },
      two,
    );
  });

  it('refuses broken relations and the last passage', () => {
    const g = sampleGraph();
    const bad: [Edit, RegExp][] = [
      [{ kind: 'addRelation', edge: { ...newEdge, target: 'putin' } }, /two different/],
      [{ kind: 'addRelation', edge: { ...newEdge, target: 'mars' } }, /no entity/],
      [{ kind: 'addRelation', edge: { ...newEdge, status: 'rumoured' } }, /no status/],
      [{ kind: 'addRelation', edge: { ...newEdge, relation: 'loves' } }, /relation type/],
      [{ kind: 'addRelation', edge: { ...newEdge, attributedTo: ['mars'] } }, /attribute/],
      [{ kind: 'updateRelation', id: 'putin-leads-russia', changes: { label: '' } }, /no label/],
      [{ kind: 'removeEvidence', ref: { kind: 'node', id: 'iran' }, index: 0 }, /at least one/],
      [
        {
          kind: 'moveEvidence',
          from: { kind: 'node', id: 'iran' },
          index: 0,
          to: { kind: 'node', id: 'russia' },
        },
        /at least one/,
      ],
      [
        {
          kind: 'addEvidence',
          ref: { kind: 'node', id: 'iran' },
          evidence: g.nodes[1]!.evidence[0]!,
        },
        /already evidence/,
      ],
    ];
    for (const [edit, reason] of bad) expect(() => applyEdit(g, edit)).toThrow(reason);
  });
});
