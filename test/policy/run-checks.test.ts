import { parseConfig } from '../../src/policy/load-config';
import { buildPolicy } from '../../src/policy/policy';
import { inCodeSuppressions, suppressionsOfResource } from '../../src/policy/resource-suppressions';
import { CheckTarget, CustomJobCheckTarget, runChecks } from '../../src/policy/run-checks';
import { compliantJob } from './policy-test-helpers';

const TODAY = '2024-06-01';

describe('runChecks', () => {
  test('runs a policy over jobs and returns the report every reporter renders', () => {
    const config = parseConfig('packs: [security, hygiene]\nsuppressions:\n  - { rule: MLJ-SEC-003, resource: "training/*", reason: No VPC in the sandbox project. }\n', '/repo/mljob.config.yaml');
    const targets: CheckTarget[] = [
      { resource: 'training/census', job: compliantJob() as never },
      { resource: 'training/legacy', job: compliantJob({ network: undefined, encryptionConfig: undefined }) as never, location: { file: 'cdktf.out/stacks/training/cdk.tf.json', pointer: '/resource/google_ml_engine_job/legacy' } },
    ];
    const report = runChecks(targets, buildPolicy(config), { today: TODAY });
    expect(report.findings.map((f) => `${f.resource} ${f.ruleId}`)).toEqual(['training/legacy MLJ-SEC-001']);
    expect(report.findings[0].location).toEqual({ file: 'cdktf.out/stacks/training/cdk.tf.json', pointer: '/resource/google_ml_engine_job/legacy' });
    expect(report.suppressed!.map((f) => `${f.resource} ${f.ruleId} ${f.suppression.reason}`)).toEqual(['training/legacy MLJ-SEC-003 No VPC in the sandbox project.']);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(report.resourceCount).toBe(2);
    expect(report.resources).toEqual(['training/census', 'training/legacy']);
    expect(report.rules.map((r) => r.id)).toContain('MLJ-HYG-001');
    expect(report.rules.find((r) => r.id === 'MLJ-SEC-001')).toMatchObject({ kind: 'policy', severity: 'error' });
  });

  test('honours in-code suppressions read from cdk.tf.json and skips rules per target', () => {
    const resourceJson = { '//': { metadata: { path: 'training/census/Resource' }, mljob: { suppressions: [{ rule: 'MLJ-SEC-001', reason: 'Key rollout in Q3.' }, { rule: 7 }] } } };
    expect(suppressionsOfResource(resourceJson)).toEqual([{ rule: 'MLJ-SEC-001', reason: 'Key rollout in Q3.' }]);
    expect(suppressionsOfResource({})).toEqual([]);
    const job = compliantJob({ encryptionConfig: undefined, pythonVersion: undefined });
    const report = runChecks(
      [{ resource: 'training/census', job: job as never, suppressions: inCodeSuppressions('training/census', resourceJson), skipRuleIds: ['MLJ-CODE-006'] }],
      buildPolicy(parseConfig('packs: [security]\n', 'c.yaml')),
      { today: TODAY },
    );
    expect(report.findings).toEqual([]);
    expect(report.suppressed!.map((f) => [f.ruleId, f.suppression.origin])).toEqual([['MLJ-SEC-001', 'in-code']]);
  });

  test('is deterministic: the same input gives the same report', () => {
    const policy = buildPolicy(parseConfig('packs: [security, cost, hygiene]\n', 'c.yaml'));
    const targets: CheckTarget[] = ['b', 'a', 'c'].map((name) => ({ resource: `s/${name}`, job: compliantJob({ serviceAccount: undefined, jobDir: undefined }) as never }));
    const first = runChecks(targets, policy, { today: TODAY });
    expect(runChecks([...targets].reverse(), policy, { today: TODAY })).toEqual(first);
    expect(first.findings.map((f) => f.resource)).toEqual(['s/a', 's/a', 's/b', 's/b', 's/c', 's/c']);
  });

  test('runs the Vertex AI rules on custom jobs (in their region, by completeness) and lists them only when it did', () => {
    const customJob = { displayName: 'train', jobSpec: { workerPoolSpecs: [{ replicaCount: 2, machineSpec: { machineType: 'n1-standard-8' }, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] } };
    const targets: CustomJobCheckTarget[] = [
      { resource: 'vertex/bad', customJob, region: 'us-central1', location: { file: 'bad.json' } },
      { resource: 'vertex/config', customJob: { jobSpec: customJob.jobSpec } as never, completeness: 'partial' },
    ];
    const report = runChecks(targets, buildPolicy(), { today: TODAY });
    expect(report.findings.map((f) => `${f.resource} ${f.ruleId} ${f.severity}`)).toEqual([
      'vertex/bad MLJ-VERTEX-002 error',
      'vertex/config MLJ-VERTEX-002 error',
      'vertex/config MLJ-VERTEX-010 info',
    ]);
    expect(report.findings[0].location).toEqual({ file: 'bad.json' });
    expect(report.rules.some((rule) => rule.id === 'MLJ-VERTEX-002')).toBe(true);
    expect(runChecks([], buildPolicy(), { today: TODAY }).rules.some((rule) => rule.id.startsWith('MLJ-VERTEX'))).toBe(false);
  });
});
