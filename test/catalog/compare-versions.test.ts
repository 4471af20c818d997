import { compareVersions } from '../../src/catalog/compare-versions';

describe('compareVersions', () => {
  test('orders dotted versions number by number, not as text', () => {
    expect(compareVersions('2.17', '2.9')).toBeGreaterThan(0);
    expect(compareVersions('3.7', '3.10')).toBeLessThan(0);
    expect(['2.17', '1.15', '2.9', '2.1'].sort(compareVersions)).toEqual(['1.15', '2.1', '2.9', '2.17']);
  });

  test('a missing part counts as 0', () => {
    expect(compareVersions('2', '2.0')).toBe(0);
    expect(compareVersions('2.0.1', '2')).toBeGreaterThan(0);
  });
});
