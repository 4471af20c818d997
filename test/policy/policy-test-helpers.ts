import { Job } from '../../src/model/job';
import { checkJobWith, ruleContext } from '../../src/rules/engine';
import { Completeness, Finding, Rule } from '../../src/rules/rule';

/** Options of one policy rule run. */
export interface PolicyRunOptions {
  readonly parameters?: { [name: string]: unknown };
  readonly completeness?: Completeness;
  readonly today?: string;
}

/** Runs one policy rule over a job on a fixed date, with parameters for that rule. */
export function policyFindings(rule: Rule, job: unknown, options: PolicyRunOptions = {}): Finding[] {
  const ctx = {
    ...ruleContext({ completeness: options.completeness, today: options.today ?? '2026-11-24' }),
    ...(options.parameters ? { parameters: { [rule.id]: options.parameters } } : {}),
  };
  return checkJobWith(job as Job, ctx, [rule]);
}

/** A package job that complies with every built-in policy pack. */
export function compliantJob(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    jobId: 'census_gpu_1',
    labels: { 'team': 'ml-platform', 'cost-center': 'cc_1234' },
    trainingInput: {
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 1 } },
      workerType: 'n1-standard-8',
      workerCount: 2,
      workerConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 1 } },
      packageUris: ['gs://my-ml-bucket/trainer-0.1.tar.gz'],
      pythonModule: 'trainer.task',
      args: ['--epochs=10', '--pad_token=[PAD]'],
      region: 'us-central1',
      jobDir: 'gs://my-ml-bucket/output',
      runtimeVersion: '2.11',
      pythonVersion: '3.7',
      scheduling: { maxRunningTime: '7200s', maxWaitTime: '3600s' },
      encryptionConfig: { kmsKeyName: 'projects/p/locations/us-central1/keyRings/ml/cryptoKeys/training' },
      serviceAccount: 'trainer@my-project.iam.gserviceaccount.com',
      network: 'projects/123456789012/global/networks/ml-vpc',
      ...overrides,
    },
  };
}

/** A custom container job that complies with the security pack. */
export function compliantContainerJob(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    jobId: 'pytorch_container_1',
    labels: { 'team': 'ml-platform', 'cost-center': 'cc_1234' },
    trainingInput: {
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { imageUri: 'us-central1-docker.pkg.dev/my-project/trainers/pytorch:1.0', containerArgs: ['--epochs=5'] },
      region: 'us-central1',
      encryptionConfig: { kmsKeyName: 'projects/p/locations/us-central1/keyRings/ml/cryptoKeys/training' },
      serviceAccount: 'trainer@my-project.iam.gserviceaccount.com',
      network: 'projects/123456789012/global/networks/ml-vpc',
      ...overrides,
    },
  };
}
