import { matchedAlias, matchReason } from '../../src/domain/searchHints';
import { sampleGraph } from '../fixtures/sampleGraph';

const iran = sampleGraph().nodes.find((n) => n.id === 'iran')!;

describe('matchedAlias', () => {
  it('names the alias that matched when the name does not show why', () => {
    expect(matchedAlias(iran, 'teh')).toBe('Tehran');
    expect(matchedAlias(iran, ' TÉH ')).toBe('Tehran');
  });

  it('is null when the name itself matches, or nothing does', () => {
    expect(matchedAlias(iran, 'ira')).toBeNull();
    expect(matchedAlias(iran, 'xyz')).toBeNull();
    expect(matchedAlias(iran, '')).toBeNull();
  });
});

describe('matchReason', () => {
  it('says whether an alias or the summary matched', () => {
    expect(matchReason(iran, 'teh')).toEqual({ kind: 'alias', alias: 'Tehran' });
    expect(matchReason(iran, 'supplies')).toEqual({ kind: 'summary' });
    expect(matchReason(iran, 'iran')).toBeNull();
    expect(matchReason(iran, 'zzz')).toBeNull();
  });
});
