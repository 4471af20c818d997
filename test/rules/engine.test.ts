import { Catalog } from '../../src/catalog/catalog';
import { checkJob, ruleContext } from '../../src/rules/engine';
import { Rule } from '../../src/rules/rule';
import { packageJob } from './rule-test-helpers';

const rule = (id: string, paths: string[], extra: Partial<Rule> = {}): Rule => ({
  id,
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 's',
  rationale: 'r',
  source: 'https://example.com',
  check: () => paths.map((path) => ({ path, message: `${id} at ${path}` })),
  ...extra,
});

describe('checkJob', () => {
  test('a rule that throws gives a warning that names it, and the other rules still run', () => {
    // GIVEN a rule that throws and one that works
    const throwing = rule('MLJ-T-001', [], { check: () => { throw new TypeError('x is undefined'); } });

    // WHEN both run
    const found = checkJob(packageJob() as any, { rules: [throwing, rule('MLJ-T-002', ['a'])] });

    // THEN both are reported
    expect(found.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['MLJ-T-001', 'warning', 'Rule MLJ-T-001 could not check this job: x is undefined'],
      ['MLJ-T-002', 'warning', 'MLJ-T-002 at a'],
    ]);
  });

  test('one finding per fact: a rule that supersedes another drops its findings on the same path only', () => {
    // GIVEN a rule that states the same fact as another at path a, and says so
    const weaker = rule('MLJ-T-001', ['a', 'b']);
    const stronger = rule('MLJ-T-002', ['a'], { severity: 'error', supersedes: ['MLJ-T-001'] });

    // WHEN both run, in either order
    const found = checkJob(packageJob() as any, { rules: [weaker, stronger] });
    const reversed = checkJob(packageJob() as any, { rules: [stronger, weaker] });

    // THEN the weaker finding at a is gone, the one at b stays
    expect(found.map((f) => `${f.ruleId} ${f.path}`)).toEqual(['MLJ-T-002 a', 'MLJ-T-001 b']);
    expect(reversed).toEqual(found);
  });

  test('without the superseding rule, the other rule reports as before', () => {
    expect(checkJob(packageJob() as any, { rules: [rule('MLJ-T-001', ['a'])] }).map((f) => f.ruleId)).toEqual(['MLJ-T-001']);
  });

  test('the context of a check without options is made once a day: the same object until the UTC date changes', () => {
    // GIVEN a clock just before midnight UTC
    jest.useFakeTimers().setSystemTime(new Date('2026-11-24T23:59:59.000Z'));
    try {
      // WHEN the context is asked for twice, then after midnight
      const first = ruleContext();
      const again = ruleContext({});
      jest.setSystemTime(new Date('2026-11-25T00:00:01.000Z'));
      const next = ruleContext();

      // THEN the first two are one object of that day, and the next day gets its own date
      expect(again).toBe(first);
      expect(first).toEqual({ catalog: Catalog.default(), completeness: 'complete', today: '2026-11-24' });
      expect(next.today).toBe('2026-11-25');
      expect(ruleContext({ today: '2026-01-01' }).today).toBe('2026-01-01');
    } finally {
      jest.useRealTimers();
    }
  });
});

