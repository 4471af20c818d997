import * as fs from 'fs';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { KmsCryptoKey } from '@cdktf/provider-google/lib/kms-crypto-key';
import { App, Testing, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import {
  Accelerator, Duration, EncryptionKey, Hyperparameter, MachineType, MlEngineTrainingJob, MlEngineTrainingJobProps, ScaleTier, ScaleType,
  TrainingCode, TuningAlgorithm, TuningGoal,
} from '../../src';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'test');
  new GoogleProvider(s, 'google', { project: 'my-project' });
  return s;
}

const packageCode = TrainingCode.pythonPackage({
  packageUris: ['gs://my-bucket/trainer-0.1.tar.gz'],
  pythonModule: 'trainer.task',
  runtimeVersion: '2.11',
  pythonVersion: '3.7',
  args: ['--epochs=10'],
});

const minimal: MlEngineTrainingJobProps = {
  region: 'us-central1',
  code: packageCode,
  master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(2) },
};

/** A stack in an app that records stack traces, so jobs record the line that created them. */
function tracedStack(): TerraformStack {
  const s = new TerraformStack(Testing.app({ stackTraces: true }), 'test');
  new GoogleProvider(s, 'google', { project: 'my-project' });
  return s;
}

/** The 1-based line of this file that creates the job `id` (once). */
function lineOf(id: string): number {
  const marker = `new MlEngineTrainingJob(s, '${id}'`;
  const lines = fs.readFileSync(__filename, 'utf8').split('\n');
  const found = lines.map((line, i) => (line.includes(marker) ? i + 1 : 0)).filter((n) => n > 0);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The lines of cdktf's validation error when `s` is synthesized (validations run). */
function synthErrorLines(s: TerraformStack): string[] {
  try {
    Testing.synth(s, true);
  } catch (error) {
    const [first, ...rest] = (error as Error).message.split('\n');
    expect(first).toBe('Validation failed with the following errors:');
    return rest.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('If you wish to ignore these validations'));
  }
  throw new Error('synth passed');
}

/** The synthesized google_ml_engine_job of a one-job stack, with validations run. */
function synthJob(props: MlEngineTrainingJobProps, id = 'train'): Record<string, any> {
  const s = stack();
  new MlEngineTrainingJob(s, id, props);
  const jobs = JSON.parse(Testing.synth(s, true)).resource.google_ml_engine_job;
  return Object.values(jobs)[0] as Record<string, any>;
}

describe('MlEngineTrainingJob', () => {
  test('a minimal job synthesizes a CUSTOM cluster with a derived job id', () => {
    // WHEN
    const job = synthJob(minimal);

    // THEN
    expect(job.job_id).toMatch(/^train_[0-9a-f]{8}$/);
    expect(job.training_input).toEqual({
      scale_tier: 'CUSTOM',
      master_type: 'n1-standard-8',
      master_config: { accelerator_config: { type: 'NVIDIA_TESLA_V100', count: 2 } },
      package_uris: ['gs://my-bucket/trainer-0.1.tar.gz'],
      python_module: 'trainer.task',
      runtime_version: '2.11',
      python_version: '3.7',
      args: ['--epochs=10'],
      region: 'us-central1',
    });
  });

  test('a changed spec changes the job id; labels and prop order do not', () => {
    const base = synthJob(minimal).job_id;
    expect(synthJob(minimal).job_id).toBe(base);
    expect(synthJob({ ...minimal, labels: { team: 'ml' } }).job_id).toBe(base);
    expect(synthJob({ code: minimal.code, master: minimal.master, region: minimal.region }).job_id).toBe(base);
    expect(synthJob({ ...minimal, master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(4) } }).job_id).not.toBe(base);
    expect(synthJob({ ...minimal, region: 'europe-west4' }).job_id).not.toBe(base);
  });

  test('an explicit job id and a prefix are honoured; construct ids are sanitized', () => {
    expect(synthJob({ ...minimal, jobId: 'census_v1' }).job_id).toBe('census_v1');
    expect(synthJob({ ...minimal, jobIdPrefix: 'census' }).job_id).toMatch(/^census_[0-9a-f]{8}$/);
    expect(synthJob(minimal, 'census-train.v2').job_id).toMatch(/^census_train_v2_[0-9a-f]{8}$/);
    expect(synthJob(minimal, '2020-run').job_id).toMatch(/^job_2020_run_[0-9a-f]{8}$/);
  });

  test('renders a custom container, workers, parameter servers, scheduling, CMEK, network and tuning', () => {
    const s = stack();
    const key = new KmsCryptoKey(s, 'key', { name: 'training', keyRing: 'projects/my-project/locations/us-central1/keyRings/ml' });
    new MlEngineTrainingJob(s, 'distributed', {
      region: 'us-central1',
      code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-project/trainer:1.0', args: ['--epochs=5'] }),
      master: { machineType: MachineType.N1_HIGHMEM_8, accelerator: Accelerator.nvidiaTeslaT4(1), disk: { sizeGb: 200, type: 'pd-ssd' } },
      workers: { machineType: MachineType.N1_HIGHMEM_8, count: 4, accelerator: Accelerator.nvidiaTeslaT4(1) },
      parameterServers: { machineType: MachineType.N1_HIGHMEM_8, count: 2 },
      scheduling: { maxRunningTime: Duration.hours(2), maxWaitTime: Duration.minutes(45), priority: 10 },
      serviceAccount: 'trainer@my-project.iam.gserviceaccount.com',
      network: 'projects/123456789012/global/networks/ml-vpc',
      encryptionKey: EncryptionKey.fromCryptoKey(key),
      useChiefInTfConfig: true,
      hyperparameterTuning: {
        goal: TuningGoal.MAXIMIZE,
        metricTag: 'accuracy',
        maxTrials: 20,
        maxParallelTrials: 4,
        algorithm: TuningAlgorithm.RANDOM_SEARCH,
        params: [
          Hyperparameter.double('learning_rate', 1e-4, 1e-1, ScaleType.LOG),
          Hyperparameter.integer('units', 16, 256),
          Hyperparameter.categorical('optimizer', ['adam', 'sgd']),
          Hyperparameter.discrete('batch_size', [32, 64, 128]),
        ],
      },
    });
    const job = Object.values(JSON.parse(Testing.synth(s, true)).resource.google_ml_engine_job)[0] as Record<string, any>;
    const input = job.training_input;
    expect(input.master_config).toEqual({
      accelerator_config: { type: 'NVIDIA_TESLA_T4', count: 1 },
      disk_config: { boot_disk_size_gb: 200, boot_disk_type: 'pd-ssd' },
      image_uri: 'gcr.io/my-project/trainer:1.0',
      container_args: ['--epochs=5'],
    });
    expect(input).toMatchObject({ worker_type: 'n1-highmem-8', worker_count: 4, parameter_server_count: 2, use_chief_in_tf_config: true });
    expect(input.scheduling).toEqual({ max_running_time: '7200s', max_wait_time: '2700s', priority: 10 });
    expect(input.encryption_config.kms_key_name).toBe('${google_kms_crypto_key.key.id}');
    expect(input.hyperparameters.params).toEqual([
      { parameter_name: 'learning_rate', type: 'DOUBLE', min_value: 0.0001, max_value: 0.1, scale_type: 'UNIT_LOG_SCALE' },
      { parameter_name: 'units', type: 'INTEGER', min_value: 16, max_value: 256 },
      { parameter_name: 'optimizer', type: 'CATEGORICAL', categorical_values: ['adam', 'sgd'] },
      { parameter_name: 'batch_size', type: 'DISCRETE', discrete_values: [32, 64, 128] },
    ]);
    expect(input.runtime_version).toBeUndefined();
  });

  test('invalid props fail synth, one short line each: [construct path] file:line:col: RULE-ID message', () => {
    // GIVEN an app that records where jobs are created (cdktf's default; Testing.app() turns it off)
    const s = tracedStack();
    new MlEngineTrainingJob(s, 'accel3', { ...minimal, master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(3) } });

    // WHEN
    const lines = synthErrorLines(s);

    // THEN the line of this file that created the job comes first
    expect(lines).toEqual([
      `[test/accel3] test/constructs/training-job.test.ts:${lineOf('accel3')}:5: MLJ-ACCEL-003 trainingInput.masterConfig.acceleratorConfig.count is 3; NVIDIA_TESLA_V100 on n1-standard-8 allows 1, 2, 4 or 8.`,
    ]);
  });

  test('a bad duration and a bad tuning spec are one line each, at the line of the job', () => {
    const s = tracedStack();
    new MlEngineTrainingJob(s, 'tuning', {
      ...minimal,
      scheduling: { maxWaitTime: Duration.minutes(10) },
      hyperparameterTuning: { goal: TuningGoal.MINIMIZE, algorithm: TuningAlgorithm.GRID_SEARCH, params: [Hyperparameter.double('lr', 0, 1, ScaleType.LOG)] },
    });
    const lines = synthErrorLines(s);
    const at = `[test/tuning] test/constructs/training-job.test.ts:${lineOf('tuning')}:5: `;
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line.startsWith(at)).toBe(true);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/: MLJ-SCHED-002 trainingInput\.scheduling\.maxWaitTime .*"600s"; the minimum is "1800s"\.$/),
      expect.stringMatching(/: MLJ-HPT-004 /),
      expect.stringMatching(/: MLJ-HPT-005 /),
    ]));
  });

  test('without stack traces (new App({ stackTraces: false })) the message has no file:line', () => {
    const s = new TerraformStack(new App({ stackTraces: false }), 'test');
    new GoogleProvider(s, 'google', { project: 'my-project' });
    new MlEngineTrainingJob(s, 'train', { ...minimal, master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(3) } });
    expect(synthErrorLines(s)).toEqual([expect.stringMatching(/^\[test\/train\] MLJ-ACCEL-003 trainingInput\.masterConfig/)]);
  });

  test('an empty container image is one error naming the job and the field (it synthesized image_uri "" and passed)', () => {
    const s = stack();
    new MlEngineTrainingJob(s, 'train', { ...minimal, code: TrainingCode.customContainer({ imageUri: '' }) });
    expect(synthErrorLines(s)).toEqual([
      '[test/train] MLJ-CODE-002 trainingInput.masterConfig.imageUri is empty, which the API reads as not set; the job has neither a container image nor Python packages to run.',
    ]);
  });

  test('warnings and infos become annotations on the construct, and do not fail synth', () => {
    const s = stack();
    const job = new MlEngineTrainingJob(s, 'train', {
      ...minimal,
      code: TrainingCode.customContainer({ imageUri: 'gcr.io/p/trainer:1' }),
      jobDir: 'gs://my-bucket/out',
      master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(2) },
      region: 'us-east1',
    });
    Testing.synth(s, true);
    const annotations = job.node.metadata.map((entry) => [entry.type, String(entry.data)]);
    expect(annotations).toEqual(expect.arrayContaining([
      // (Testing.app() records no stack traces, so no file:line here.)
      ['@cdktf/warn', expect.stringMatching(/^MLJ-ACCEL-004 trainingInput\.masterConfig\.acceleratorConfig\.type .*NVIDIA_TESLA_V100, which the catalog .* does not list in "us-east1"/)],
      ['@cdktf/info', expect.stringMatching(/^MLJ-CODE-007 trainingInput\.jobDir/)],
    ]));
  });

  test('unresolved tokens are unknown values, never violations', () => {
    const s = stack();
    const region = new TerraformVariable(s, 'region', { type: 'string' });
    const gpus = new TerraformVariable(s, 'gpus', { type: 'number' });
    new MlEngineTrainingJob(s, 'train', { ...minimal, region: region.stringValue, master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(gpus.numberValue) } });
    const job = Object.values(JSON.parse(Testing.synth(s, true)).resource.google_ml_engine_job)[0] as Record<string, any>;
    expect(job.training_input.region).toBe('${var.region}');
    expect(job.training_input.master_config.accelerator_config.count).toBe('${var.gpus}');
  });

  test('a predefined scale tier with no machines', () => {
    const job = synthJob({ region: 'us-central1', code: packageCode, scaleTier: ScaleTier.BASIC_GPU });
    expect(job.training_input.scale_tier).toBe('BASIC_GPU');
    expect(job.training_input.master_type).toBeUndefined();
  });

  test('exposes the L1 attributes as references, the same token on every read', () => {
    const s = stack();
    const job = new MlEngineTrainingJob(s, 'train', minimal);
    expect(job.state).toMatch(/TfToken/);
    expect(job.jobId).toBe(job.jobId);
    const attributes = { jobId: job.jobId, state: job.state, createTime: job.createTime, endTime: job.endTime, errorMessage: job.errorMessage };
    for (const [name, value] of Object.entries(attributes)) new TerraformOutput(s, name, { value });
    const synthesized = JSON.parse(Testing.synth(s, true));
    const address = `google_ml_engine_job.${Object.keys(synthesized.resource.google_ml_engine_job)[0]}`;
    expect(Object.fromEntries(Object.entries(synthesized.output).map(([name, output]) => [name, (output as { value: string }).value]))).toEqual({
      jobId: `\${${address}.job_id}`, state: `\${${address}.state}`, createTime: `\${${address}.create_time}`,
      endTime: `\${${address}.end_time}`, errorMessage: `\${${address}.error_message}`,
    });
    expect(job.toJob().trainingInput?.region).toBe('us-central1');
    expect(JSON.parse(job.specFingerprint()).trainingInput.masterType).toBe('n1-standard-8');
  });

  test('synth is deterministic across apps', () => {
    const render = () => {
      const app = new App();
      const s = new TerraformStack(app, 'test');
      new GoogleProvider(s, 'google', { project: 'p' });
      new MlEngineTrainingJob(s, 'train', minimal);
      return Testing.synth(s, true);
    };
    expect(render()).toBe(render());
  });
});
