import { Job } from '../../src/model/job';
import { checkJob } from '../../src/rules/engine';
import { Completeness, Finding, Rule } from '../../src/rules/rule';

/** Runs one rule over a job (complete unless said otherwise) on a fixed date, so results do not drift. */
export function findings(rule: Rule, job: unknown, completeness: Completeness = 'complete', today = '2026-11-24'): Finding[] {
  return checkJob(job as Job, { rules: [rule], completeness, today });
}

/** A valid custom-cluster package job with GPUs, tuning and scheduling. */
export function packageJob(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    jobId: 'census_gpu_1',
    labels: { team: 'ml-platform', 'cost-center': 'cc_1234' },
    trainingInput: {
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 2 } },
      workerType: 'n1-standard-8',
      workerCount: 2,
      workerConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 2 } },
      parameterServerType: 'n1-highmem-8',
      parameterServerCount: 1,
      packageUris: ['gs://my-ml-bucket/trainer-0.1.tar.gz'],
      pythonModule: 'trainer.task',
      args: ['--epochs=10'],
      region: 'us-central1',
      jobDir: 'gs://my-ml-bucket/output',
      runtimeVersion: '2.11',
      pythonVersion: '3.7',
      scheduling: { maxRunningTime: '7200s', maxWaitTime: '3600s', priority: 10 },
      ...overrides,
    },
  };
}

/** A valid custom container job on a legacy machine type. */
export function containerJob(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    jobId: 'pytorch_container_1',
    trainingInput: {
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { imageUri: 'gcr.io/my-project/trainer:latest', containerArgs: ['--epochs=5'] },
      region: 'us-east1',
      ...overrides,
    },
  };
}

/** A valid hyperparameter tuning spec. */
export function tuning(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    goal: 'MAXIMIZE',
    hyperparameterMetricTag: 'accuracy',
    maxTrials: 20,
    maxParallelTrials: 2,
    params: [
      { parameterName: 'learning_rate', type: 'DOUBLE', minValue: 0.0001, maxValue: 0.5, scaleType: 'UNIT_LOG_SCALE' },
      { parameterName: 'hidden_units', type: 'INTEGER', minValue: 16, maxValue: 256, scaleType: 'UNIT_LINEAR_SCALE' },
      { parameterName: 'optimizer', type: 'CATEGORICAL', categoricalValues: ['adam', 'sgd'] },
      { parameterName: 'batch_size', type: 'DISCRETE', discreteValues: [32, 64, 128] },
    ],
    ...overrides,
  };
}

/** A valid batch prediction job. */
export function predictionJob(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    jobId: 'batch_predict_1',
    predictionInput: {
      dataFormat: 'JSON',
      inputPaths: ['gs://my-ml-bucket/instances/*.json'],
      outputPath: 'gs://my-ml-bucket/predictions/',
      region: 'us-central1',
      versionName: 'projects/my-project/models/census/versions/v1',
      ...overrides,
    },
  };
}
