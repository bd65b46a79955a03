// JSON paths as problems show them, and looking values up along a path.
import { childPath, describeJsonType, formatPath, valueAt } from '../../src/domain/jsonPath';

it('formats paths the way JavaScript would index them', () => {
  expect(formatPath([])).toBe('');
  expect(formatPath(['edges', 3, 'evidence', 0, 'start'])).toBe('edges[3].evidence[0].start');
  expect(formatPath(['$schema'])).toBe('$schema');
  expect(formatPath(['nodes', 0, 'odd key'])).toBe('nodes[0]["odd key"]');
  expect(childPath('edges[3]', 'evidence', 0)).toBe('edges[3].evidence[0]');
  expect(childPath('', 'nodes')).toBe('nodes');
});

it('tells a missing key from one that is present but null', () => {
  const raw = { nodes: [{ id: 'a', label: null }] };
  expect(valueAt(raw, ['nodes', 0, 'label'])).toEqual({ present: true, value: null });
  expect(valueAt(raw, ['nodes', 0, 'type'])).toEqual({ present: false, value: undefined });
  expect(valueAt(raw, ['nodes', 5, 'id'])).toEqual({ present: false, value: undefined });
  expect(valueAt('text', ['length'])).toEqual({ present: false, value: undefined });
});

it('names JSON types for people', () => {
  expect([[], {}, null, 'x', 1, true, Infinity].map(describeJsonType)).toEqual([
    'an array',
    'an object',
    'null',
    'a string',
    'a number',
    'a boolean',
    'a number too large for JSON',
  ]);
});
