import * as fc from 'fast-check';
import { sortedKeys, sortStrings } from '../../src/model/sorted-keys';

describe('sortedKeys and sortStrings', () => {
  test('give the keys in the order Object.keys(value).sort() gives them', () => {
    expect(sortedKeys({ b: 1, a: 2, '10': 3, '9': 4, B: 5, é: 6 })).toEqual(['10', '9', 'B', 'a', 'b', 'é']);
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.integer(), { maxKeys: 60 }), (value) => {
      expect(sortedKeys(value)).toEqual(Object.keys(value).sort());
    }));
  });

  test('sort strings in place, small lists and long ones, as sort() does (UTF-16 code units)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 80 }), (strings) => {
      const copy = [...strings];
      const sorted = sortStrings(strings);
      expect(sorted).toBe(strings);
      expect(sorted).toEqual(copy.sort());
    }));
  });
});
