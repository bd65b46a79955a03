import { includesRef, refKey, sameRef } from '../../src/domain/refs';

describe('refs', () => {
  it('compares by kind and id', () => {
    expect(sameRef({ kind: 'node', id: 'a' }, { kind: 'node', id: 'a' })).toBe(true);
    expect(sameRef({ kind: 'node', id: 'a' }, { kind: 'edge', id: 'a' })).toBe(false);
    expect(sameRef(null, null)).toBe(false);
    expect(includesRef([{ kind: 'edge', id: 'e' }], { kind: 'edge', id: 'e' })).toBe(true);
    expect(includesRef([{ kind: 'edge', id: 'e' }], null)).toBe(false);
    expect(refKey({ kind: 'node', id: 'iran' })).toBe('node:iran');
  });
});
