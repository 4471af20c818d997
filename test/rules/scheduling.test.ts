import { DURATION_FORMAT } from '../../src/rules/scheduling/duration-format';
import { MAX_WAIT_TIME_MINIMUM } from '../../src/rules/scheduling/max-wait-time-minimum';
import { PRIORITY_RANGE } from '../../src/rules/scheduling/priority-range';
import { findings, packageJob } from './rule-test-helpers';

const scheduled = (scheduling: Record<string, unknown>) => packageJob({ scheduling });

describe('MLJ-SCHED-001 duration format', () => {
  test.each(['7200s', '1.5s', '0.000000001s', '604800s'])('accepts %s', (maxRunningTime) => {
    expect(findings(DURATION_FORMAT, scheduled({ maxRunningTime }))).toEqual([]);
  });

  test.each([
    ['2h', 'Use "7200s".'],
    ['3600', 'Use "3600s".'],
    ['1.0000000001s', undefined],
  ])('rejects %s', (maxRunningTime, fix) => {
    const [finding] = findings(DURATION_FORMAT, scheduled({ maxRunningTime }));
    expect(finding).toMatchObject({ path: 'trainingInput.scheduling.maxRunningTime', severity: 'error' });
    expect(finding.fix).toBe(fix);
  });

  test.each([['-300s'], [-300]])('a negative length (%p) says so, with no fix to guess', (maxWaitTime) => {
    const [finding] = findings(DURATION_FORMAT, scheduled({ maxWaitTime }));
    expect(finding.message).toBe(`trainingInput.scheduling.maxWaitTime is ${typeof maxWaitTime === 'string' ? `"${maxWaitTime}"` : maxWaitTime}; a duration cannot be negative.`);
    expect(finding.fix).toBeUndefined();
  });
});

describe('MLJ-SCHED-002 maxWaitTime minimum', () => {
  test('accepts 1800s and more', () => {
    expect(findings(MAX_WAIT_TIME_MINIMUM, scheduled({ maxWaitTime: '1800s' }))).toEqual([]);
    expect(findings(MAX_WAIT_TIME_MINIMUM, scheduled({ maxWaitTime: '86400s' }))).toEqual([]);
  });

  test('rejects less than 1800s', () => {
    expect(findings(MAX_WAIT_TIME_MINIMUM, scheduled({ maxWaitTime: '600s' }))[0].message).toBe('trainingInput.scheduling.maxWaitTime is "600s"; the minimum is "1800s".');
  });
});

describe('MLJ-SCHED-003 priority', () => {
  test.each([0, 1000, '500'])('accepts %s', (priority) => {
    expect(findings(PRIORITY_RANGE, scheduled({ priority }))).toEqual([]);
  });

  test.each([-1, 1001, 2.5])('rejects %s', (priority) => {
    expect(findings(PRIORITY_RANGE, scheduled({ priority }))[0].message).toMatch(/whole number from 0 to 1000/);
  });
});
