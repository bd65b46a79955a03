import { applyEdit } from '../../../src/domain/edits/applyEdit';
import { sampleGraph } from '../../fixtures/sampleGraph';
import { roundTrip } from './roundTrip';

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

  it('relation groups: add one, put a type in it, and refuse to remove it while used', () => {
    const grouped = applyEdit(sampleGraph(), {
      kind: 'addVocabulary',
      vocabulary: 'relationGroups',
      item: { id: 'military', label: 'Military', description: 'Arms.' },
    }).graph;
    expect(grouped.relationGroups).toEqual([
      { id: 'military', label: 'Military', description: 'Arms.' },
    ]);
    roundTrip(
      {
        kind: 'updateVocabulary',
        vocabulary: 'relationTypes',
        id: 'supplies',
        changes: { group: 'military' },
      },
      (g) => expect(g.relationTypes[0]!.group).toBe('military'),
      grouped,
    );
    const used = applyEdit(grouped, {
      kind: 'updateVocabulary',
      vocabulary: 'relationTypes',
      id: 'supplies',
      changes: { group: 'military' },
    }).graph;
    expect(() =>
      applyEdit(used, { kind: 'removeVocabulary', vocabulary: 'relationGroups', id: 'military' }),
    ).toThrow('the relation group "military" is used 1 time');
    expect(() =>
      applyEdit(grouped, {
        kind: 'updateVocabulary',
        vocabulary: 'relationTypes',
        id: 'supplies',
        changes: { group: 'naval' },
      }),
    ).toThrow('no relation group with id "naval"');
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
