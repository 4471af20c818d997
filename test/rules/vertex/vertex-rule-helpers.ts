import { CustomJob } from '../../../src/model/custom-job';
import { Finding } from '../../../src/rules/rule';
import { checkCustomJob, CustomJobCheckOptions } from '../../../src/rules/vertex/check-custom-job';
import { CustomJobRule } from '../../../src/rules/vertex/custom-job-rule';

/** Runs one Vertex rule over a job on a fixed date in us-central1 unless said otherwise. */
export function vertexFindings(rule: CustomJobRule, job: unknown, options: CustomJobCheckOptions = {}): Finding[] {
  return checkCustomJob(job as CustomJob, { rules: [rule], today: '2026-12-02', location: 'us-central1', ...options });
}

/** A valid distributed container job: chief, 2 workers with T4s, a reduction-server-free PS placeholder, an evaluator. */
export function containerCustomJob(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    displayName: 'census-distributed',
    labels: { team: 'ml-platform', '2024-q1': 'yes' },
    jobSpec: {
      workerPoolSpecs: [
        { machineSpec: { machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 1 }, replicaCount: 1, diskSpec: { bootDiskType: 'pd-ssd', bootDiskSizeGb: 200 }, containerSpec: { imageUri: 'us-central1-docker.pkg.dev/my-project/trainers/census:1.0', args: ['--epochs=10'], env: [{ name: 'TF_CPP_MIN_LOG_LEVEL', value: '2' }] } },
        { machineSpec: { machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 2 }, replicaCount: '2', containerSpec: { imageUri: 'us-central1-docker.pkg.dev/my-project/trainers/census:1.0' } },
        {},
        { machineSpec: { machineType: 'e2-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'us-central1-docker.pkg.dev/my-project/trainers/census:1.0' } },
      ],
      scheduling: { timeout: '7200s', restartJobOnWorkerRestart: false },
      serviceAccount: 'trainer@my-project.iam.gserviceaccount.com',
      network: 'projects/123456789012/global/networks/ml-vpc',
      baseOutputDirectory: { outputUriPrefix: 'gs://my-ml-bucket/census/' },
    },
    encryptionSpec: { kmsKeyName: 'projects/my-project/locations/us-central1/keyRings/ml/cryptoKeys/training' },
    ...overrides,
  };
}

/** A valid single-pool Python package job on a prebuilt TensorFlow container. */
export function packageCustomJob(pool: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    displayName: 'mnist-package',
    jobSpec: {
      workerPoolSpecs: [{
        machineSpec: { machineType: 'g2-standard-8', acceleratorType: 'NVIDIA_L4', acceleratorCount: 1 },
        replicaCount: 1,
        pythonPackageSpec: {
          executorImageUri: 'us-docker.pkg.dev/vertex-ai/training/tf-gpu.2-17.py310:latest',
          packageUris: ['gs://my-ml-bucket/trainer-0.1.tar.gz'],
          pythonModule: 'trainer.task',
          args: ['--epochs=5'],
        },
        ...pool,
      }],
    },
    ...overrides,
  };
}

/** The job of `packageCustomJob` with its first pool's machineSpec replaced. */
export function withMachine(machineSpec: Record<string, unknown>): Record<string, any> {
  return packageCustomJob({ machineSpec });
}
