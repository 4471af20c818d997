import { recentMemo } from '../../src/rules/recent-memo';

describe('recentMemo', () => {
  function counted(): { memo: (key: object, context?: string) => string; calls: () => number } {
    let calls = 0;
    const memo = recentMemo((key: { name?: string }, context?: string) => {
      calls++;
      return `${key.name}/${context}`;
    });
    return { memo, calls: () => calls };
  }

  test('computes once for the same key asked again and again', () => {
    const { memo, calls } = counted();
    const job = { name: 'a' };
    expect(memo(job)).toBe('a/undefined');
    expect(memo(job)).toBe('a/undefined');
    expect(memo(job)).toBe('a/undefined');
    expect(calls()).toBe(1);
  });

  test('keeps two keys: a copy asked in between does not evict the job', () => {
    const { memo, calls } = counted();
    const job = { name: 'a' };
    const copy = { ...job };
    memo(job);
    memo(copy);
    memo(job);
    memo(copy);
    expect(calls()).toBe(2);
    // A third key evicts the oldest.
    memo({ name: 'c' });
    memo(job);
    expect(calls()).toBe(4);
  });

  test('compares keys by identity and the context too', () => {
    const { memo, calls } = counted();
    const job = { name: 'a' };
    expect(memo(job, 'x')).toBe('a/x');
    expect(memo(job, 'y')).toBe('a/y');
    expect(memo({ name: 'a' }, 'y')).toBe('a/y');
    expect(calls()).toBe(3);
  });
});
