import { applyEdit } from '../../../src/domain/edits/applyEdit';
import { relationsOfEntity } from '../../../src/domain/edits/entityEdits';
import { EditError, type Edit } from '../../../src/domain/edits/types';
import { takenIds, uniqueId } from '../../../src/domain/edits/ids';
import { sampleGraph, span } from '../../fixtures/sampleGraph';
import { edge, node, roundTrip } from './roundTrip';

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

  it('deleteEntity takes it out of who disputes a claim too; restore puts it back', () => {
    const graph = sampleGraph();
    graph.edges[2]!.disputedBy = ['iran', 'putin'];
    roundTrip(
      { kind: 'deleteEntity', id: 'putin' },
      (g) => expect(edge(g, 'iran-supplies-russia-missiles')!.disputedBy).toEqual(['iran']),
      graph,
    );
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

describe('uniqueId', () => {
  it('makes kebab-case ids from names, numbered when taken', () => {
    expect(uniqueId('U.S. officials', new Set())).toBe('u-s-officials');
    expect(uniqueId('Iran', new Set(['iran', 'iran-2']))).toBe('iran-3');
    expect(uniqueId('Ōsaka’s “mayor”', new Set())).toBe('osaka-s-mayor');
    expect(uniqueId('!!!', new Set())).toBe('item');
  });
});

describe('takenIds', () => {
  it('puts entity and relation ids in one namespace', () => {
    const taken = takenIds({ nodes: [{ id: 'iran' }], edges: [{ id: 'iran-2' }] });
    expect([...taken].sort()).toEqual(['iran', 'iran-2']);
    expect(uniqueId('Iran', taken)).toBe('iran-3');
  });
});
