// The inputs the HTML report's tests plan: shared by the page's own test and the headless Chromium test.
import { TerraformStack } from 'cdktf';
import { Accelerator, Duration, MachineType, MlEngineTrainingJob, TrainingCode } from '../../../src';
import { synthApp, synthesizedJobs, tempDir, terraformState, writeFile } from '../plan-test-helpers';

const TODAY = '2026-11-24';

/** A job with `gpus` V100 on its master and on each of `workers` workers. */
function gpuJob(stack: TerraformStack, id: string, gpus: number, hours: number, maxWait?: Duration, workers = 0): void {
  new MlEngineTrainingJob(stack, id, {
    region: 'us-central1',
    labels: { team: 'vision' },
    code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:1.4.2' }),
    master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(gpus) },
    ...(workers ? { workers: { machineType: MachineType.N1_STANDARD_8, count: workers, accelerator: Accelerator.nvidiaTeslaV100(gpus) } } : {}),
    scheduling: { maxRunningTime: Duration.hours(hours), ...(maxWait ? { maxWaitTime: maxWait } : {}) },
  });
}

/**
 * A plan with every kind of schedule row: a job still running from the state, two new jobs that queue behind it (the
 * second past its maxWaitTime), and one that can never start. Returns the plan's arguments.
 */
export function htmlScenario(): string[] {
  const before = synthApp({ vision: (stack) => gpuJob(stack, 'running', 8, 12) });
  const [[name, job]] = Object.entries(synthesizedJobs(before, 'vision'));
  const dir = tempDir();
  const state = writeFile(dir, 'terraform.vision.tfstate', terraformState([{ name, job, state: 'RUNNING' }]));
  const quotas = writeFile(dir, 'quotas.yaml', 'acceleratorsPerRegion: { us-central1: { NVIDIA_TESLA_V100: 8 } }\n');
  const after = synthApp({ vision: (stack) => {
    gpuJob(stack, 'running', 8, 12);
    gpuJob(stack, 'next', 4, 6, Duration.hours(24));
    gpuJob(stack, 'late', 8, 6, Duration.hours(2));
    gpuJob(stack, 'huge', 8, 6, undefined, 1);
  } });
  return ['plan', after, '--state', state, '--quotas', quotas, '--today', TODAY];
}

/** A hand-written cdk.tf.json whose resource names are markup (Terraform checks names only at plan time). */
export function hostileInput(): string {
  const dir = tempDir();
  const training = { region: 'us-central1', scale_tier: 'CUSTOM', master_type: 'n1-standard-8', master_config: [{ image_uri: 'gcr.io/p/t:1' }], scheduling: [{ max_running_time: '3600s' }] };
  writeFile(dir, 'cdk.tf.json', { resource: { google_ml_engine_job: {
    '<img src=x onerror="console.error(1)">': { job_id: 'j1', training_input: [training] },
    '"><script>console.error(2)</script><link rel=stylesheet href=https://evil.example/x.css>': { job_id: 'j2', training_input: [training] },
    '</style><style>body{background:url(https://evil.example/y.png)}</style>': { job_id: 'j3', training_input: [training] },
  } } });
  return dir;
}

/**
 * A hand-written cdk.tf.json with `count` training jobs of 4 V100 for an hour each, on a quota of 8 V100: two run at
 * a time, so the queue is `count / 2` hours long. The last job needs 16 V100 and can never start. Returns the plan's
 * arguments.
 */
export function manyJobs(count: number): string[] {
  const dir = tempDir();
  const job = (gpus: number) => ({
    region: 'us-central1', scale_tier: 'CUSTOM', master_type: 'n1-standard-8',
    master_config: [{ image_uri: 'gcr.io/p/t:1', accelerator_config: [{ type: 'NVIDIA_TESLA_V100', count: gpus }] }],
    scheduling: [{ max_running_time: '3600s' }],
  });
  const jobs: Record<string, object> = {};
  for (let i = 0; i < count; i++) {
    const name = `job_${String(i).padStart(5, '0')}`;
    jobs[name] = { job_id: name, training_input: [job(i === count - 1 ? 16 : 4)] };
  }
  writeFile(dir, 'cdk.tf.json', { provider: { google: [{ project: 'my-ml-project' }] }, resource: { google_ml_engine_job: jobs } });
  const quotas = writeFile(dir, 'quotas.yaml', 'acceleratorsPerRegion: { us-central1: { NVIDIA_TESLA_V100: 8 } }\n');
  return ['plan', dir, '--quotas', quotas, '--today', TODAY];
}
