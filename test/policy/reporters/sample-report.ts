import { CheckReport, ReportFinding, SuppressedFinding, summarize } from '../../../src/report/check-report';

const SEC_001 = 'https://cloud.google.com/ai-platform/training/docs/cmek';

/** A report with every kind of finding a reporter must handle: located by line, by JSON pointer, or not at all. */
export function sampleReport(): CheckReport {
  const findings: ReportFinding[] = [
    {
      ruleId: 'MLJ-POL-001', severity: 'error', resource: 'mljob.config.yaml', path: 'suppressions[1]',
      message: 'The suppression of MLJ-SEC-003 for resources "training/**" has no reason; it does not apply until it says why the finding is accepted.',
      source: 'https://github.com/cdktf-gcp-ml-jobs/cdktf-gcp-ml-jobs/blob/main/docs/RULES.md#mlj-pol-001',
      location: { file: 'mljob.config.yaml', line: 7, column: 5 },
    },
    {
      ruleId: 'MLJ-SEC-001', severity: 'error', resource: 'training/census', path: 'trainingInput.encryptionConfig.kmsKeyName',
      message: 'trainingInput.encryptionConfig.kmsKeyName is not set; this policy requires a customer-managed encryption key.',
      fix: 'Set encryptionConfig.kmsKeyName to projects/P/locations/REGION/keyRings/R/cryptoKeys/K.',
      source: SEC_001,
      location: { file: 'src/stacks/training.ts', line: 42, column: 5 },
    },
    {
      ruleId: 'MLJ-COST-006', severity: 'warning', resource: 'training/census', path: 'trainingInput.scheduling.maxRunningTime',
      message: 'Cost 100% over budget: a, b: c | <d> & "e"\nsecond line `f`',
      source: 'https://cloud.google.com/ml-engine/docs/pricing',
      location: { file: 'cdktf.out/stacks/training/cdk.tf.json', pointer: '/resource/google_ml_engine_job/census_1A2B' },
    },
    {
      ruleId: 'MLJ-HYG-003', severity: 'info', resource: 'training/tuning', path: 'trainingInput.jobDir',
      message: 'trainingInput.jobDir is not set.', source: 'https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs#TrainingInput',
    },
  ];
  const suppressed: SuppressedFinding[] = [
    {
      ruleId: 'MLJ-SEC-003', severity: 'error', resource: 'training/legacy', path: 'trainingInput.network', message: 'trainingInput.network is not set.',
      source: 'https://cloud.google.com/ai-platform/training/docs/vpc-peering', location: { file: 'src/stacks/training.ts', line: 80 },
      suppression: { origin: 'config', reason: 'No VPC in the sandbox project.', expires: '2026-12-31' },
    },
    {
      ruleId: 'MLJ-SEC-001', severity: 'error', resource: 'training/legacy', path: 'trainingInput.encryptionConfig.kmsKeyName', message: 'not set', source: SEC_001,
      suppression: { origin: 'in-code', reason: 'CMEK rollout in Q3.' },
    },
  ];
  return {
    findings,
    summary: summarize(findings),
    rules: [
      { id: 'MLJ-COST-006', severity: 'warning', kind: 'policy', summary: 'The worst-case cost is at most maxUsd.', rationale: 'Budgets.', source: 'https://cloud.google.com/ml-engine/docs/pricing' },
      { id: 'MLJ-HYG-003', severity: 'warning', kind: 'policy', summary: 'A training job sets jobDir.', rationale: 'Outputs end up where nobody looks.', source: 'https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs#TrainingInput' },
      { id: 'MLJ-POL-001', severity: 'error', kind: 'policy', summary: 'Every suppression gives a reason.', rationale: 'Reviews.', source: 'https://github.com/cdktf-gcp-ml-jobs/cdktf-gcp-ml-jobs/blob/main/docs/RULES.md#mlj-pol-001' },
      { id: 'MLJ-SEC-001', severity: 'error', kind: 'policy', summary: 'A training job sets a CMEK key.', rationale: 'Keys the organisation controls.', source: SEC_001 },
      { id: 'MLJ-SEC-003', severity: 'error', kind: 'policy', summary: 'A training job sets network.', rationale: 'Private networking.', source: 'https://cloud.google.com/ai-platform/training/docs/vpc-peering' },
    ],
    resourceCount: 3,
    resources: ['training/census', 'training/legacy', 'training/tuning'],
    suppressed,
  };
}

/** A report without findings. */
export function cleanReport(): CheckReport {
  return { findings: [], summary: { errors: 0, warnings: 0, infos: 0 }, rules: sampleReport().rules, resourceCount: 1, resources: ['training/census'] };
}
