import * as fc from 'fast-check';
import { uniqueSorted } from '../../src/plan/unique-sorted';

describe('uniqueSorted', () => {
  test('gives the distinct texts sorted, as a set and a sort give them (the list itself below two)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('b', 'a', 'A', 'é', 'ab', ''), { maxLength: 5 }), (texts) => {
      const expected = texts.length < 2 ? texts : [...new Set(texts)].sort();
      expect(uniqueSorted([...texts])).toEqual(expected);
    }));
    const one = ['x'];
    expect(uniqueSorted(one)).toBe(one);
  });
});
