import { applyEdit } from '../../../src/domain/edits/applyEdit';
import { relationsOfEntity } from '../../../src/domain/edits/entityEdits';
import { EditError, type Edit } from '../../../src/domain/edits/types';
import { uniqueId } from '../../../src/domain/edits/ids';
import type { GraphFile } from '../../../src/domain/schema';
import { sampleGraph, span } from '../../fixtures/sampleGraph';

/** Applies `edit`, checks what it did with `expectation`, then checks its inverse restores. */
function roundTrip(edit: Edit, expectation: (after: GraphFile) => void, graph = sampleGraph()) {
  const frozen = structuredClone(graph);
  const { graph: after, inverse } = applyEdit(graph, edit);
  expect(graph).toEqual(frozen); // never mutated
  expectation(after);
  expect(after).not.toEqual(frozen);
  expect(applyEdit(after, inverse).graph).toEqual(frozen);
}

const node = (g: GraphFile, id: string) => g.nodes.find((n) => n.id === id);
const edge = (g: GraphFile, id: string) => g.edges.find((e) => e.id === id);

describe('entity edits and their inverses', () => {
  it('addEntity adds a node; its inverse deletes it', () => {
    const kazan = {
      id: 'kazan',
      label: 'Kazan',
      type: 'country',
      aliases: [],
      summary: 'A city.',
      evidence: [span('Russia')],
    };
    roundTrip({ kind: 'addEntity', node: kazan }, (g) => expect(node(g, 'kazan')).toEqual(kazan));
  });

  it('deleteEntity takes its relations and its claims with it; restore puts all back in place', () => {
    const graph = sampleGraph();
    expect(relationsOfEntity(graph, 'united-states').map((e) => e.id)).toEqual(['us-accuses-iran']);
    roundTrip(
      { kind: 'deleteEntity', id: 'united-states' },
      (g) => {
        expect(node(g, 'united-states')).toBeUndefined();
        expect(edge(g, 'us-accuses-iran')).toBeUndefined();
        expect(edge(g, 'iran-supplies-russia-missiles')).not.toHaveProperty('attributedTo');
        expect(g.edges).toHaveLength(graph.edges.length - 1);
      },
      graph,
    );
    roundTrip({ kind: 'deleteEntity', id: 'iran' }, (g) => expect(g.edges).toHaveLength(1));
  });

  it('rename, retype and summary are one updateEntity, undone field by field', () => {
    roundTrip(
      { kind: 'updateEntity', id: 'putin', changes: { label: 'V. Putin', type: 'bloc' } },
      (g) => expect(node(g, 'putin')).toMatchObject({ label: 'V. Putin', type: 'bloc' }),
    );
  });

  it('addAlias and removeAlias', () => {
    roundTrip({ kind: 'addAlias', id: 'iran', alias: ' Persia ' }, (g) =>
      expect(node(g, 'iran')!.aliases).toEqual(['Tehran', 'Persia']),
    );
    roundTrip({ kind: 'removeAlias', id: 'iran', alias: 'Tehran' }, (g) =>
      expect(node(g, 'iran')!.aliases).toEqual([]),
    );
  });

  it('refuses what would break the graph, with a reason', () => {
    const g = sampleGraph();
    const bad: [Edit, RegExp][] = [
      [{ kind: 'addEntity', node: { ...g.nodes[0]! } }, /already used/],
      [{ kind: 'addEntity', node: { ...g.nodes[0]!, id: 'x', type: 'planet' } }, /entity type/],
      [{ kind: 'addEntity', node: { ...g.nodes[0]!, id: 'x', evidence: [] } }, /passage/],
      [{ kind: 'updateEntity', id: 'nobody', changes: { label: 'X' } }, /no entity/],
      [{ kind: 'updateEntity', id: 'iran', changes: { label: ' ' } }, /name/],
      [{ kind: 'addAlias', id: 'iran', alias: 'Iran' }, /already a name/],
      [{ kind: 'removeAlias', id: 'iran', alias: 'Persia' }, /not an alias/],
    ];
    for (const [edit, reason] of bad) {
      expect(() => applyEdit(g, edit)).toThrow(EditError);
      expect(() => applyEdit(g, edit)).toThrow(reason);
    }
  });
});

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

describe('vocabulary edits and their inverses', () => {
  it('add, update, move and remove types and statuses', () => {
    roundTrip(
      {
        kind: 'addVocabulary',
        vocabulary: 'statuses',
        item: { id: 'rumoured', label: 'Rumoured', description: 'Hearsay.' },
        index: 2,
      },
      (g) =>
        expect(g.statuses.map((s) => s.id)).toEqual([
          'stated',
          'reported',
          'rumoured',
          'alleged',
          'denied',
        ]),
    );
    roundTrip({ kind: 'moveVocabulary', vocabulary: 'statuses', id: 'denied', to: 0 }, (g) =>
      expect(g.statuses.map((s) => s.id)).toEqual(['denied', 'stated', 'reported', 'alleged']),
    );
    roundTrip(
      {
        kind: 'updateVocabulary',
        vocabulary: 'relationTypes',
        id: 'leads',
        changes: { label: 'heads', directed: false },
      },
      (g) =>
        expect(g.relationTypes.find((t) => t.id === 'leads')).toMatchObject({
          label: 'heads',
          directed: false,
        }),
    );
    roundTrip(
      {
        kind: 'updateVocabulary',
        vocabulary: 'statuses',
        id: 'denied',
        changes: { contested: undefined },
      },
      (g) => expect(g.statuses.find((s) => s.id === 'denied')).not.toHaveProperty('contested'),
    );
    const unused = applyEdit(sampleGraph(), {
      kind: 'addVocabulary',
      vocabulary: 'entityTypes',
      item: { id: 'city', label: 'City', description: 'A city.' },
    }).graph;
    roundTrip(
      { kind: 'removeVocabulary', vocabulary: 'entityTypes', id: 'city' },
      (g) => expect(g.entityTypes.map((t) => t.id)).not.toContain('city'),
      unused,
    );
  });

  it('refuses to remove what is in use and misplaced fields', () => {
    const g = sampleGraph();
    expect(() =>
      applyEdit(g, { kind: 'removeVocabulary', vocabulary: 'statuses', id: 'stated' }),
    ).toThrow('the status "stated" is used 4 times');
    expect(() =>
      applyEdit(g, {
        kind: 'updateVocabulary',
        vocabulary: 'statuses',
        id: 'stated',
        changes: { directed: true },
      }),
    ).toThrow(/only relation types/);
    expect(() =>
      applyEdit(g, {
        kind: 'addVocabulary',
        vocabulary: 'entityTypes',
        item: { id: 'country', label: 'C', description: 'D' },
      }),
    ).toThrow(/already exists/);
  });

  it('title and source metadata', () => {
    roundTrip({ kind: 'updateGraph', changes: { title: 'New', description: 'About.' } }, (g) =>
      expect(g).toMatchObject({ title: 'New', description: 'About.' }),
    );
    roundTrip(
      {
        kind: 'updateSource',
        id: 'article',
        changes: { publisher: 'Daily', url: 'https://example.org/a' },
      },
      (g) =>
        expect(g.sources[0]).toMatchObject({ publisher: 'Daily', url: 'https://example.org/a' }),
    );
  });
});

describe('uniqueId', () => {
  it('makes kebab-case ids from names, numbered when taken', () => {
    expect(uniqueId('U.S. officials', new Set())).toBe('u-s-officials');
    expect(uniqueId('Iran', new Set(['iran', 'iran-2']))).toBe('iran-3');
    expect(uniqueId('Ōsaka’s “mayor”', new Set())).toBe('osaka-s-mayor');
    expect(uniqueId('!!!', new Set())).toBe('item');
  });
});
