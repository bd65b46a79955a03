// The "did you mean" suggestions: near typos get one, unrelated names do not.
import { closest, didYouMean, editDistance } from '../../src/domain/closest';

it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
  expect(editDistance('iran', 'iran')).toBe(0);
  expect(editDistance('iram', 'iran')).toBe(1);
  expect(editDistance('irn', 'iran')).toBe(1);
  expect(editDistance('lable', 'label')).toBe(1);
  expect(editDistance('', 'abc')).toBe(3);
});

it('suggests the nearest candidate only when it is plausibly a typo', () => {
  const ids = ['russia', 'iran', 'united-states'];
  expect(closest('iram', ids)).toBe('iran');
  expect(closest('united_states', ids)).toBe('united-states');
  expect(closest('Russia', ids)).toBe('russia');
  expect(closest('usa', ids)).toBeUndefined();
  expect(closest('x', [])).toBeUndefined();
});

it('phrases the suggestion, or says nothing', () => {
  expect(didYouMean('iram', ['iran'])).toBe(' (did you mean "iran"?)');
  expect(didYouMean('kremlin', ['iran'])).toBe('');
});
