import { CustomJob } from '../../../src/model/custom-job';
import { VERTEX_RULES } from '../../../src/rules/vertex/all-vertex-rules';
import { checkCustomJob } from '../../../src/rules/vertex/check-custom-job';
import { containerCustomJob, packageCustomJob } from './vertex-rule-helpers';

describe('checkCustomJob', () => {
  test('a valid distributed container job and a valid package job have no finding', () => {
    expect(checkCustomJob(containerCustomJob() as CustomJob, { location: 'us-central1', today: '2026-01-01' })).toEqual([]);
    expect(checkCustomJob(packageCustomJob() as CustomJob, { location: 'us-central1', today: '2026-01-01' })).toEqual([]);
  });

  test('findings are ordered errors first, then by path, and carry the rule id and source', () => {
    const job = packageCustomJob({ replicaCount: 3, machineSpec: { machineType: 'e2-standard-4', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 1 } }, { labels: { Bad: 'x' } });
    const found = checkCustomJob(job as CustomJob, { location: 'us-central1', today: '2026-01-01' });
    expect(found.map((f) => f.ruleId)).toEqual(['MLJ-VERTEX-006', 'MLJ-VERTEX-002', 'MLJ-VERTEX-011']);
    expect(found.every((f) => f.severity === 'error' && f.source.startsWith('https://'))).toBe(true);
  });

  test('odd input is reported, never thrown', () => {
    expect(checkCustomJob('x' as unknown as CustomJob)[0]).toMatchObject({ ruleId: 'MLJ-VERTEX-001', severity: 'error' });
    expect(() => checkCustomJob({ displayName: 'x', jobSpec: { workerPoolSpecs: [null, 5, 'x'] } } as unknown as CustomJob)).not.toThrow();
  });

  test('rule ids are unique, sorted and MLJ-VERTEX-NNN; every rule has an https source', () => {
    const ids = VERTEX_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => /^MLJ-VERTEX-\d{3}$/.test(id))).toBe(true);
    expect(VERTEX_RULES.every((rule) => rule.source.startsWith('https://') && rule.summary.length > 20 && rule.rationale.length > 20)).toBe(true);
  });
});
