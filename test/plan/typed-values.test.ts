import { ApiField, apiJobShape } from '../../src/model/api-schema';
import { integerText, isZeroValue, jsonEqual, scalarsEqual } from '../../src/plan/typed-values';

const training = apiJobShape().fields?.trainingInput as ApiField;
const field = (name: string): ApiField => training.fields?.[name] as ApiField;

describe('isZeroValue', () => {
  test('the zero value of each schema type, and absence', () => {
    expect(isZeroValue('', field('runtimeVersion'))).toBe(true);
    expect(isZeroValue(0, field('workerCount'))).toBe(true);
    expect(isZeroValue('0', field('workerCount'))).toBe(true); // an int64 as REST writes it
    expect(isZeroValue(false, field('enableWebAccess'))).toBe(true);
    expect(isZeroValue([], field('args'))).toBe(true);
    expect(isZeroValue({}, apiJobShape().fields?.labels as ApiField)).toBe(true);
    expect(isZeroValue({ priority: 0, maxWaitTime: '' }, field('scheduling'))).toBe(true);
    expect(isZeroValue(undefined, field('runtimeVersion'))).toBe(true);
    expect(isZeroValue(null, field('scheduling'))).toBe(true);
  });

  test('only by type: "0" is not the zero of a string, [""] is not an empty list, an unknown field is not zero', () => {
    expect(isZeroValue('0', field('runtimeVersion'))).toBe(false);
    expect(isZeroValue(false, field('runtimeVersion'))).toBe(false);
    expect(isZeroValue([''], field('args'))).toBe(false);
    expect(isZeroValue({ priority: 1 }, field('scheduling'))).toBe(false);
    expect(isZeroValue({ future: '' }, field('scheduling'))).toBe(false);
    expect(isZeroValue('0', field('scheduling').fields?.priority as ApiField)).toBe(false); // int32 is a JSON number
  });
});

describe('scalarsEqual', () => {
  test('strings compare exactly', () => {
    expect(scalarsEqual('2.1', '2.10', field('runtimeVersion'))).toBe(false);
    expect(scalarsEqual('2.1', '2.1', field('runtimeVersion'))).toBe(true);
  });

  test('int64 compares as integers across numbers and strings, past 2^53 too', () => {
    const count = field('workerCount');
    expect(scalarsEqual('12', 12, count)).toBe(true);
    expect(scalarsEqual('012', 12, count)).toBe(true);
    expect(scalarsEqual('9007199254740993', '9007199254740993', count)).toBe(true);
    expect(scalarsEqual('9007199254740993', 9007199254740992, count)).toBe(false);
    expect(scalarsEqual('12', 13, count)).toBe(false);
    expect(scalarsEqual('twelve', 12, count)).toBe(false);
  });

  test('other numbers compare as numbers only: a string is not the number', () => {
    const priority = field('scheduling').fields?.priority as ApiField;
    expect(scalarsEqual(100, 100, priority)).toBe(true);
    expect(scalarsEqual('100', 100, priority)).toBe(false);
  });
});

describe('integerText and jsonEqual', () => {
  test('integerText is the canonical decimal text of an integer, or undefined', () => {
    expect(integerText(7)).toBe('7');
    expect(integerText('-007')).toBe('-7');
    expect(integerText(1e21)).toBe('1000000000000000000000');
    expect(integerText(1.5)).toBeUndefined();
    expect(integerText('1.0')).toBeUndefined();
    expect(integerText(true)).toBeUndefined();
  });

  test('jsonEqual compares structure, keys in any order', () => {
    expect(jsonEqual({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });
});
