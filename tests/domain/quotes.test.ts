// Finding quotes in a source text, exactly and up to typographic look-alikes.
import {
  findLookAlikeOccurrences,
  findOccurrences,
  formatOccurrences,
  formatRange,
} from '../../src/domain/quotes';

it('writes ranges with an en dash', () => {
  expect(formatRange(120, 164)).toBe('120–164');
  expect(formatOccurrences([130, 900], 44)).toBe('130–174, 900–944');
});

it('finds every occurrence, overlapping ones included', () => {
  expect(findOccurrences('abcabc', 'abc')).toEqual([0, 3]);
  expect(findOccurrences('aaa', 'aa')).toEqual([0, 1]);
  expect(findOccurrences('abc', 'x')).toEqual([]);
  expect(findOccurrences('abc', '')).toEqual([]);
});

it('finds a quote typed with straight quotes and hyphens in curly, dashed text', () => {
  const text = 'thousands of ‘Shahed’ drones — “a claim Tehran denies”';
  expect(findOccurrences(text, "'Shahed' drones")).toEqual([]);
  expect(findLookAlikeOccurrences(text, "'Shahed' drones - \"a claim")).toEqual({
    starts: [13],
    count: 1,
  });
});
