import { isPlainObject } from '../../src/model/plain-object';

describe('isPlainObject', () => {
  test('true for objects, mappings and blocks, including empty ones and ones with Object-method keys', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect(isPlainObject(JSON.parse('{"toString": 1, "__proto__": {}}'))).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
  });

  test('false for null, lists and every scalar', () => {
    for (const value of [null, undefined, [], [{}], 'x', '', 0, 1.5, true, false]) expect([value, isPlainObject(value)]).toEqual([value, false]);
  });
});
