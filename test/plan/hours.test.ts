import { hours } from '../../src/plan/hours';

describe('hours', () => {
  test('seconds as hours, two decimals at most', () => {
    expect(hours(90000)).toBe('25h');
    expect(hours(5400)).toBe('1.5h');
    expect(hours(1000)).toBe('0.28h');
  });
});
