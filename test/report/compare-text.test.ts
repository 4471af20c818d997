import { compareText } from '../../src/report/compare-text';

describe('compareText', () => {
  test('orders by code point, not by locale: upper case before lower case, accented letters after z', () => {
    // GIVEN names that localeCompare would interleave
    const names = ['b', 'é', 'a', 'Z', 'z', 'A'];

    // WHEN sorted
    const sorted = [...names].sort(compareText);

    // THEN the order is the code-point order on every machine
    expect(sorted).toEqual(['A', 'Z', 'a', 'b', 'z', 'é']);
    expect(compareText('x', 'x')).toBe(0);
  });
});
