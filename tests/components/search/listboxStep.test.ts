import { stepActive } from '../../../src/components/search/listboxStep';

describe('stepActive', () => {
  it('starts at the first option going down and at the last going up', () => {
    expect(stepActive(-1, 'ArrowDown', 4)).toBe(0);
    expect(stepActive(-1, 'ArrowUp', 4)).toBe(3);
  });

  it('moves one option and wraps round at either end', () => {
    expect(stepActive(1, 'ArrowDown', 4)).toBe(2);
    expect(stepActive(3, 'ArrowDown', 4)).toBe(0);
    expect(stepActive(0, 'ArrowUp', 4)).toBe(3);
  });

  it('highlights nothing when there are no options', () => {
    expect(stepActive(-1, 'ArrowDown', 0)).toBe(-1);
  });
});
