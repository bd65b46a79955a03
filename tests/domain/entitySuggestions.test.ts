import { suggestEntities } from '../../src/domain/entitySuggestions';

const TEXT =
  'Vladimir Putin met Masoud Pezeshkian in Ashgabat, Turkmenistan. ' +
  'Putin’s aides said NATO was worried. 🚀 Later, Putin flew home.';

describe('suggestEntities', () => {
  const found = suggestEntities(TEXT);
  const named = (name: string) => found.find((s) => s.name === name);

  it('finds people, places and organisations with exact offsets', () => {
    expect(named('Masoud Pezeshkian')).toMatchObject({ kind: 'person' });
    expect(named('Ashgabat')).toMatchObject({ kind: 'place' });
    expect(named('Turkmenistan')).toMatchObject({ kind: 'place' });
    expect(named('NATO')).toMatchObject({ kind: 'organization' });
    for (const s of found)
      for (const m of s.mentions)
        expect(TEXT.slice(m.start, m.end).replace(/\s+/g, ' ')).toMatch(
          new RegExp(s.name.split(' ').at(-1)!),
        );
  });

  it('counts a surname (possessive dropped, after an astral character too) as a mention of the full name', () => {
    const putin = named('Vladimir Putin')!;
    expect(putin.mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual([
      'Vladimir Putin',
      'Putin',
      'Putin',
    ]);
    expect(putin.mentions[2]!.start).toBe(TEXT.lastIndexOf('Putin'));
    expect(named('Putin')).toBeUndefined();
    expect(found[0]).toBe(putin); // most mentioned first
  });

  it('finds nothing in text without names', () => {
    expect(suggestEntities('the weather was mild and nothing happened.')).toEqual([]);
  });
});
