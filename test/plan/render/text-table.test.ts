import { dollars, textTable, thousands } from '../../../src/plan/render/text-table';

describe('textTable', () => {
  test('left-aligned columns two spaces apart, indented, trailing spaces trimmed', () => {
    expect(textTable(['job', 'cost'], [['a', '$1.00'], ['long-name', '']])).toEqual([
      '  job        cost',
      '  a          $1.00',
      '  long-name',
    ]);
  });

  test('a last cell that ends in spaces or a tab is trimmed like an empty one; wide cells widen their column', () => {
    expect(textTable(['a', 'b', 'c'], [['x', 'y ', 'z  '], ['wide cell', '', 'w\t'], ['', '', '']], '')).toEqual([
      'a          b   c',
      'x          y   z',
      'wide cell      w',
      '',
    ]);
  });
});

describe('dollars', () => {
  test('two decimals with thousands separators; unknown is ?', () => {
    expect(dollars(1234.5)).toBe('$1,234.50');
    expect(dollars(0)).toBe('$0.00');
    expect(dollars(1234567.891)).toBe('$1,234,567.89');
    expect(dollars(undefined)).toBe('?');
  });

  test('amounts just below and at the first separator, and negative ones', () => {
    expect([999.994, 999.995, 1000, 12.3, -5, -1234.5].map(dollars)).toEqual(['$999.99', '$1,000.00', '$1,000.00', '$12.30', '$-5.00', '$-1,234.50']);
  });
});

describe('thousands', () => {
  test('a count with thousands separators, whatever the locale', () => {
    expect([0, 7, 999, 1000, 4801, 1234567].map(thousands)).toEqual(['0', '7', '999', '1,000', '4,801', '1,234,567']);
  });
});
