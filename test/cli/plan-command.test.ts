import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  Accelerator, ComputeMachineType, Duration, MachineType, MlEngineTrainingJob, TrainingCode, TuningGoal, Hyperparameter, ScaleType, VertexAccelerator, VertexAiCustomJob,
  VertexCustomJob, VertexCustomJobProps, VertexTrainingCode,
} from '../../src';
import { loadGenerated } from '../import/generated-code';
import { customJobState, expectOneLineError, mljob, synthApp, synthesizedCustomJobs, synthesizedJobs, tempDir, terraformState, writeFile } from '../plan/plan-test-helpers';

const TODAY = '2026-11-24';

interface JobOptions {
  machineType?: MachineType;
  labels?: Record<string, string>;
  accelerator?: Accelerator;
  workers?: number;
  jobId?: string;
  maxRunning?: Duration;
  maxWait?: Duration;
  priority?: number;
  parallelTrials?: number;
}

/** A realistic custom-container training job; options vary what the scenarios need. */
function trainingJob(stack: TerraformStack, id: string, options: JobOptions = {}): MlEngineTrainingJob {
  return new MlEngineTrainingJob(stack, id, {
    region: 'us-central1',
    ...(options.jobId ? { jobId: options.jobId } : {}),
    labels: options.labels ?? { team: 'vision' },
    code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:1.4.2', args: ['--epochs=10'] }),
    master: { machineType: options.machineType ?? MachineType.N1_STANDARD_8, ...(options.accelerator ? { accelerator: options.accelerator } : {}) },
    ...(options.workers ? { workers: { machineType: options.machineType ?? MachineType.N1_STANDARD_8, count: options.workers, ...(options.accelerator ? { accelerator: options.accelerator } : {}) } } : {}),
    scheduling: {
      maxRunningTime: options.maxRunning ?? Duration.hours(6),
      ...(options.maxWait ? { maxWaitTime: options.maxWait } : {}),
      ...(options.priority !== undefined ? { priority: options.priority } : {}),
    },
    ...(options.parallelTrials
      ? {
        hyperparameterTuning: {
          goal: TuningGoal.MAXIMIZE,
          metricTag: 'accuracy',
          maxTrials: 16,
          maxParallelTrials: options.parallelTrials,
          params: [Hyperparameter.double('learning_rate', 1e-4, 1e-1, ScaleType.LOG)],
        },
      }
      : {}),
  });
}

function planJson(stdout: string): any {
  return JSON.parse(stdout);
}

describe('mljob plan: what applying the code does to each job', () => {
  test('first deploy: every job is created', async () => {
    // GIVEN two stacks, no prior state
    const out = synthApp({
      vision: (stack) => {
        trainingJob(stack, 'resnet');
        trainingJob(stack, 'vit', { machineType: MachineType.N1_HIGHMEM_8 });
      },
      nlp: (stack) => trainingJob(stack, 'bert', { accelerator: Accelerator.nvidiaTeslaT4(1) }),
    });

    // WHEN
    const text = await mljob('plan', out, '--today', TODAY);
    const json = await mljob('plan', out, '--today', TODAY, '--format', 'json');

    // THEN
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('Plan: 3 to add, 0 to change, 0 to replace, 0 to cancel. 0 errors');
    expect(text.stdout).toMatch(/# vision\/google_ml_engine_job\.resnet_\w+ will be created\n {2}\+ resource "google_ml_engine_job" "resnet_\w+" \{/);
    const plan = planJson(json.stdout);
    expect(plan.format_version).toBe('1.2');
    expect(plan.resource_changes.map((c: any) => [c.stack, c.change.actions])).toEqual([
      ['nlp', ['create']],
      ['vision', ['create']],
      ['vision', ['create']],
    ]);
    const bert = plan.resource_changes[0];
    expect(bert.change.before).toBeNull();
    expect(bert.change.after.training_input[0].master_config[0].accelerator_config[0]).toEqual({ count: 1, type: 'NVIDIA_TESLA_T4' });
    expect(bert.change.after.project).toBe('my-ml-project');
  });

  test('labels changed: the job is updated in place and keeps its id', async () => {
    // GIVEN a deployed job, and the same job with new labels in code
    const before = synthApp({ vision: (stack) => trainingJob(stack, 'resnet', { labels: { team: 'vision' } }) });
    const [[name, deployed]] = Object.entries(synthesizedJobs(before, 'vision'));
    const dir = tempDir();
    const state = writeFile(dir, 'terraform.vision.tfstate', terraformState([{ name, job: deployed, state: 'RUNNING' }]));
    const after = synthApp({ vision: (stack) => trainingJob(stack, 'resnet', { labels: { team: 'vision', owner: 'ana' } }) });

    // WHEN
    const text = await mljob('plan', after, '--state', state, '--today', TODAY);
    const json = planJson((await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'json')).stdout);

    // THEN
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('will be updated in place (labels only)');
    expect(text.stdout).toContain('+ "owner" = "ana"');
    expect(text.stdout).toContain('Plan: 0 to add, 1 to change, 0 to replace, 0 to cancel.');
    const change = json.resource_changes[0].change;
    expect(change.actions).toEqual(['update']);
    expect(change.before.job_id).toBe(change.after.job_id);
    expect(change.after.labels).toEqual({ owner: 'ana', team: 'vision' });
  });

  test('timeouts changed: an update in place that only writes the Terraform state, as terraform plans it', async () => {
    // GIVEN a deployed job (no timeouts block in its state), and the same job with a create timeout in code
    const before = synthApp({ vision: (stack) => trainingJob(stack, 'resnet') });
    const [[name, deployed]] = Object.entries(synthesizedJobs(before, 'vision'));
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', terraformState([{ name, job: deployed, state: 'RUNNING' }]));
    const after = synthApp({ vision: (stack) => trainingJob(stack, 'resnet').resource.putTimeouts({ create: '10m' }) });

    // WHEN
    const text = await mljob('plan', after, '--state', state, '--today', TODAY);
    const json = planJson((await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'json')).stdout);
    const markdown = await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'markdown');

    // THEN an update, not a replacement, and the plan says no API call is made
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('will be updated in place (Terraform state only; no API call)');
    expect(text.stdout).toContain('~ timeouts = null -> {create: 10m} # Terraform state only; no API call');
    expect(text.stdout).not.toContain('~ labels');
    expect(text.stdout).toContain('Plan: 0 to add, 1 to change, 0 to replace, 0 to cancel.');
    expect(json.resource_changes[0].change.actions).toEqual(['update']);
    expect(json.resource_changes[0].mljob_state_only).toEqual(['timeouts: {create: 10m} (Terraform state only; no API call)']);
    expect(markdown.stdout).toMatch(/\| ~ update in place \| job `[^`]+`; timeouts: \{create: 10m\} \(Terraform state only; no API call\) \|/);
  });

  test('timeouts equal to the state\'s: no change; a label change beside a timeouts change names both', async () => {
    // GIVEN a job deployed with a create timeout (the state holds every timeouts entry, unset ones null)
    const withTimeouts = (labels?: Record<string, string>) => synthApp({ vision: (stack) => trainingJob(stack, 'resnet', labels ? { labels } : {}).resource.putTimeouts({ create: '10m' }) });
    const deployedOut = withTimeouts();
    const [[name, deployed]] = Object.entries(synthesizedJobs(deployedOut, 'vision'));
    const document: any = terraformState([{ name, job: deployed }]);
    document.resources[0].instances[0].attributes.timeouts = { create: '10m', delete: null, read: null, update: null };
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', document);

    // WHEN the same code is planned, then new labels with the timeout removed
    const same = await mljob('plan', deployedOut, '--state', state, '--today', TODAY);
    const both = await mljob('plan', synthApp({ vision: (stack) => trainingJob(stack, 'resnet', { labels: { team: 'vision', owner: 'ana' } }) }), '--state', state, '--today', TODAY);

    // THEN
    expect(same.stdout).toContain('No changes. The jobs match the prior state.');
    expect(both.stdout).toContain('will be updated in place (labels; timeouts: Terraform state only)');
    expect(both.stdout).toContain('+ "owner" = "ana"');
    expect(both.stdout).toContain('~ timeouts = {create: 10m} -> null # Terraform state only; no API call');
  });

  test('unchanged code against its own state: no changes', async () => {
    const out = synthApp({ vision: (stack) => trainingJob(stack, 'resnet') });
    const [[name, job]] = Object.entries(synthesizedJobs(out, 'vision'));
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', terraformState([{ name, job }]));

    const run = await mljob('plan', out, '--state', state, '--today', TODAY);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No changes. The jobs match the prior state.');
    expect(run.stdout).toContain('Plan: 0 to add, 0 to change, 0 to replace, 0 to cancel.');
  });

  test('spec changed: the running job is cancelled and replaced by a job with a new id', async () => {
    // GIVEN a running job, and the code now asks for a bigger machine (the L2 derives a new id)
    const before = synthApp({ vision: (stack) => trainingJob(stack, 'resnet') });
    const [[name, deployed]] = Object.entries(synthesizedJobs(before, 'vision'));
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', terraformState([{ name, job: deployed, state: 'RUNNING' }]));
    const after = synthApp({ vision: (stack) => trainingJob(stack, 'resnet', { machineType: MachineType.N1_STANDARD_16 }) });

    // WHEN
    const text = await mljob('plan', after, '--state', state, '--today', TODAY);
    const json = planJson((await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'json')).stdout);

    // THEN
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('must be replaced (the old job is RUNNING: it is cancelled first)');
    expect(text.stdout).toContain('~ training_input.master_type = "n1-standard-8" -> "n1-standard-16" # forces replacement');
    // The cancel is part of the replace block: it is counted as a replace only.
    expect(text.stdout).toContain('Plan: 0 to add, 0 to change, 1 to replace, 0 to cancel.');
    const change = json.resource_changes[0];
    expect(change.change.actions).toEqual(['delete', 'create']);
    expect(change.action_reason).toBe('replace_because_cannot_update');
    expect(change.change.replace_paths).toEqual([['job_id'], ['training_input', 0, 'master_type']]);
    expect(change.change.after.job_id).not.toBe(change.change.before.job_id);
    expect(change.mljob_cancels_job).toBe('RUNNING');
  });

  test('a running job on runtime 2.1 with code on 2.10 is a replacement, not "1 job unchanged"', async () => {
    // GIVEN a running job on runtime 2.1 with an explicit id, and the code moved to 2.10 (a different version)
    const pythonJob = (stack: TerraformStack, runtimeVersion: string) => new MlEngineTrainingJob(stack, 'census', {
      region: 'us-central1',
      jobId: 'census_v1',
      code: TrainingCode.pythonPackage({ packageUris: ['gs://my-ml-project/trainer-0.1.tar.gz'], pythonModule: 'trainer.task', runtimeVersion, pythonVersion: '3.7' }),
    });
    const before = synthApp({ vision: (stack) => pythonJob(stack, '2.1') });
    const [[name, deployed]] = Object.entries(synthesizedJobs(before, 'vision'));
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', terraformState([{ name, job: deployed, state: 'RUNNING' }]));
    const after = synthApp({ vision: (stack) => pythonJob(stack, '2.10') });

    // WHEN
    const run = await mljob('plan', after, '--state', state, '--today', TODAY, '--fail-on', 'never');

    // THEN the version change replaces the job (and its unchanged id is MLJ-PLAN-003)
    expect(run.stdout).not.toContain('unchanged');
    expect(run.stdout).toContain('~ training_input.runtime_version = "2.1" -> "2.10" # forces replacement');
    expect(run.stdout).toContain('MLJ-PLAN-003');
  });

  test('an escaped $${ in cdk.tf.json is the literal the state holds: no MLJ-PLAN-004, and a change inside it shows', async () => {
    // GIVEN a deployed container job whose args use a shell variable (escaped for Terraform)
    const containerJob = (stack: TerraformStack, file: string) => new MlEngineTrainingJob(stack, 'resnet', {
      region: 'us-central1',
      jobId: 'resnet_v1',
      code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:1.4.2', args: [`--out=$\${AIP_MODEL_DIR}/${file}`] }),
      master: { machineType: MachineType.N1_STANDARD_8 },
    });
    const deployed = synthApp({ vision: (stack) => containerJob(stack, 'model') });
    const config = fs.readFileSync(path.join(deployed, 'stacks', 'vision', 'cdk.tf.json'), 'utf8');
    expect(config).toContain('--out=$${AIP_MODEL_DIR}/model');
    const [[name, job]] = Object.entries(synthesizedJobs(deployed, 'vision'));
    // The state holds what Terraform sent: the unescaped text.
    const sent = { ...job, trainingInput: { ...job.trainingInput!, masterConfig: { ...job.trainingInput!.masterConfig, containerArgs: ['--out=${AIP_MODEL_DIR}/model'] } } };
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', terraformState([{ name, job: sent }]));

    // WHEN the same code is planned, and code that writes elsewhere
    const same = await mljob('plan', deployed, '--state', state, '--today', TODAY, '--format', 'json');
    const changed = await mljob('plan', synthApp({ vision: (stack) => containerJob(stack, 'model-v2') }), '--state', state, '--today', TODAY, '--format', 'json', '--fail-on', 'never');

    // THEN
    const unchanged = planJson(same.stdout);
    expect(unchanged.resource_changes[0].change.actions).toEqual(['no-op']);
    expect(unchanged.diagnostics.filter((d: any) => d.rule_id === 'MLJ-PLAN-004')).toEqual([]);
    const replaced = planJson(changed.stdout).resource_changes[0].change;
    expect(replaced.replace_paths).toEqual([['training_input', 0, 'master_config', 0, 'container_args']]);
    // AND the plan shows the text the service receives, not "(known after apply)"
    expect(replaced.after.training_input[0].master_config[0].container_args).toEqual(['--out=${AIP_MODEL_DIR}/model-v2']);
    expect(replaced.after_unknown).toEqual({});
    const text = await mljob('plan', synthApp({ vision: (stack) => containerJob(stack, 'model-v2') }), '--state', state, '--today', TODAY, '--fail-on', 'never');
    expect(text.stdout).toContain('~ training_input.master_config.container_args = ["--out=${AIP_MODEL_DIR}/model"] -> ["--out=${AIP_MODEL_DIR}/model-v2"] # forces replacement');
  });

  test('spec changed with an explicit id that stays: MLJ-PLAN-003, exit 1', async () => {
    const before = synthApp({ vision: (stack) => trainingJob(stack, 'resnet', { jobId: 'resnet_v1' }) });
    const [[name, deployed]] = Object.entries(synthesizedJobs(before, 'vision'));
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', terraformState([{ name, job: deployed, state: 'SUCCEEDED' }]));
    const after = synthApp({ vision: (stack) => trainingJob(stack, 'resnet', { jobId: 'resnet_v1', machineType: MachineType.N1_STANDARD_16 }) });

    const run = await mljob('plan', after, '--state', state, '--today', TODAY);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error {3}MLJ-PLAN-003 {2}vision\/google_ml_engine_job\.resnet_\w+ jobId: The spec changes \(trainingInput\.masterType\) but jobId stays "resnet_v1"/);
    expect(run.stdout).toContain('must be replaced (the old job is SUCCEEDED)');
  });

  test('job removed from the code while running: it is cancelled; an ended one is only forgotten', async () => {
    const before = synthApp({ vision: (stack) => {
      trainingJob(stack, 'resnet');
      trainingJob(stack, 'vit', { machineType: MachineType.N1_HIGHMEM_8 });
      trainingJob(stack, 'old', { machineType: MachineType.N1_HIGHCPU_16 });
    } });
    const jobs = synthesizedJobs(before, 'vision');
    const names = Object.keys(jobs).sort();
    const [oldName, resnetName, vitName] = names;
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', terraformState([
      { name: resnetName, job: jobs[resnetName], state: 'SUCCEEDED' },
      { name: vitName, job: jobs[vitName], state: 'RUNNING' },
      { name: oldName, job: jobs[oldName], state: 'SUCCEEDED' },
    ]));
    const after = synthApp({ vision: (stack) => trainingJob(stack, 'resnet') });

    const text = await mljob('plan', after, '--state', state, '--today', TODAY);
    const json = planJson((await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'json')).stdout);

    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`# vision/google_ml_engine_job.${vitName} will be cancelled (it is RUNNING) and removed from the state`);
    expect(text.stdout).toContain(`# vision/google_ml_engine_job.${oldName} will be removed from the state (it is SUCCEEDED; nothing to cancel)`);
    expect(text.stdout).toContain('Plan: 0 to add, 0 to change, 0 to replace, 1 to cancel, 1 to forget.');
    const actions = Object.fromEntries(json.resource_changes.map((c: any) => [c.name, c.change.actions]));
    expect(actions).toEqual({ [oldName]: ['delete'], [resnetName]: ['no-op'], [vitName]: ['delete'] });
  });

  test('a job whose state is unknown is cancelled if still active, counted on its own; --jobs settles it', async () => {
    // GIVEN a state that recorded no job state (the provider's zero value "") for two jobs
    const before = synthApp({ vision: (stack) => {
      trainingJob(stack, 'resnet');
      trainingJob(stack, 'vit', { machineType: MachineType.N1_HIGHMEM_8 });
    } });
    const jobs = synthesizedJobs(before, 'vision');
    const [resnetName, vitName] = Object.keys(jobs).sort();
    const dir = tempDir();
    const state = writeFile(dir, 'terraform.vision.tfstate', terraformState([
      { name: resnetName, job: jobs[resnetName], state: '' },
      { name: vitName, job: jobs[vitName], state: '' },
    ]));
    // AND code that changes resnet's spec and removes vit
    const after = synthApp({ vision: (stack) => trainingJob(stack, 'resnet', { machineType: MachineType.N1_STANDARD_16 }) });

    // WHEN
    const text = await mljob('plan', after, '--state', state, '--today', TODAY);
    const json = planJson((await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'json')).stdout);

    // THEN neither is called "nothing to cancel": the plan says what it does not know
    expect(text.stdout).toContain(`# vision/google_ml_engine_job.${vitName} will be cancelled if still active and removed from the state (its state is unknown; pass --jobs with the project's job list to know)`);
    expect(text.stdout).toMatch(/must be replaced \(the old job's state is unknown: it is cancelled first if still active; pass --jobs/);
    expect(text.stdout).toContain('Plan: 0 to add, 0 to change, 1 to replace, 0 to cancel, 1 to cancel if still active.');
    expect(json.summary).toMatchObject({ replace: 1, cancel: 0, cancel_if_active: 1, forget: 0 });
    expect(json.resource_changes.map((c: any) => c.mljob_cancels_job_if_active)).toEqual([true, true]);

    // AND with the project's job list, the removed job is known to have ended: forgotten
    const list = writeFile(dir, 'jobs.json', { jobs: [{ ...jobs[vitName], state: 'SUCCEEDED', createTime: '2026-11-20T08:00:00Z' }] });
    const known = await mljob('plan', after, '--state', state, '--jobs', list, '--today', TODAY);
    expect(known.stdout).toContain('Plan: 0 to add, 0 to change, 1 to replace, 0 to cancel, 1 to forget.');
  });

  test('the project job list is newer than the state: a job the state saw running but that ended is forgotten', async () => {
    const before = synthApp({ vision: (stack) => trainingJob(stack, 'resnet') });
    const [[name, job]] = Object.entries(synthesizedJobs(before, 'vision'));
    const dir = tempDir();
    const state = writeFile(dir, 'terraform.vision.tfstate', terraformState([{ name, job, state: 'RUNNING' }]));
    const list = writeFile(dir, 'jobs.json', { jobs: [{ ...job, state: 'FAILED', createTime: '2026-11-20T08:00:00Z' }] });
    const empty = synthApp({ vision: () => undefined });

    const run = await mljob('plan', empty, '--state', state, '--jobs', list, '--today', TODAY);

    expect(run.stdout).toContain('will be removed from the state (it is FAILED; nothing to cancel)');
  });

  test('a new job whose id already exists in the project: MLJ-PLAN-002', async () => {
    const out = synthApp({ vision: (stack) => trainingJob(stack, 'resnet', { jobId: 'resnet_v1' }) });
    const list = writeFile(tempDir(), 'jobs.json', [{ jobId: 'resnet_v1', state: 'SUCCEEDED', trainingInput: { region: 'us-central1', scaleTier: 'BASIC' } }]);

    const run = await mljob('plan', out, '--jobs', list, '--today', TODAY);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('MLJ-PLAN-002');
    expect(run.stdout).toContain('jobId "resnet_v1" already exists in the project (SUCCEEDED)');
  });

  test('two stacks with the same explicit id in one project: MLJ-PLAN-001 on both', async () => {
    const out = synthApp({
      a: (stack) => trainingJob(stack, 'resnet', { jobId: 'shared_id' }),
      b: (stack) => trainingJob(stack, 'resnet', { jobId: 'shared_id' }),
    });

    const run = await mljob('plan', out, '--format', 'json', '--today', TODAY);

    const duplicates = planJson(run.stdout).diagnostics.filter((d: any) => d.rule_id === 'MLJ-PLAN-001');
    expect(duplicates.map((d: any) => d.resource.split('/')[0])).toEqual(['a', 'b']);
    expect(run.code).toBe(1);
  });

  test('the plan is byte-identical from run to run', async () => {
    const out = synthApp({ vision: (stack) => {
      trainingJob(stack, 'resnet', { accelerator: Accelerator.nvidiaTeslaV100(4), maxWait: Duration.hours(1) });
      trainingJob(stack, 'vit', { accelerator: Accelerator.nvidiaTeslaV100(8) });
    } });
    for (const format of ['text', 'json', 'markdown']) {
      const first = await mljob('plan', out, '--format', format, '--today', TODAY);
      const second = await mljob('plan', out, '--format', format, '--today', TODAY);
      expect(second.stdout).toBe(first.stdout);
    }
  });

  test('--out writes the plan, and refuses to overwrite without --force', async () => {
    const out = synthApp({ vision: (stack) => trainingJob(stack, 'resnet') });
    const file = path.join(tempDir(), 'plan.md');

    expect((await mljob('plan', out, '--format', 'markdown', '--out', file, '--today', TODAY)).code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('## mljob plan');
    const again = await mljob('plan', out, '--out', file, '--today', TODAY);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`mljob: ${file}: the file exists; pass --force to overwrite it\n`);
    expect((await mljob('plan', out, '--out', file, '--force', '--today', TODAY)).code).toBe(0);
  });
});

describe('mljob plan: quotas and the queue', () => {
  test('a job larger than the quota file allows can never start (error); against the catalog default it is a warning', async () => {
    const out = synthApp({ vision: (stack) => trainingJob(stack, 'big', { accelerator: Accelerator.nvidiaTeslaV100(8), workers: 2 }) });
    const quotas = writeFile(tempDir(), 'quotas.yaml', 'quotas:\n  acceleratorsPerRegion:\n    us-central1:\n      NVIDIA_TESLA_V100: 16\n');

    const withFile = await mljob('plan', out, '--quotas', quotas, '--today', TODAY);
    const withDefaults = await mljob('plan', out, '--today', TODAY);

    expect(withFile.code).toBe(1);
    expect(withFile.stdout).toMatch(/error {3}MLJ-QUOTA-001 .*The job needs 24 NVIDIA_TESLA_V100 in us-central1 at once; your quota file allows 16, so it can never start\./);
    expect(withDefaults.code).toBe(0);
    expect(withDefaults.stdout).toMatch(/warning MLJ-QUOTA-001 .*the catalog's default quota \(unconfirmed\) allows 8/);
  });

  test('a quota no job draws on, spelt close to one the plan takes from the catalog: one warning line on stderr, the plan as usual', async () => {
    const out = synthApp({ vision: (stack) => trainingJob(stack, 'big', { accelerator: Accelerator.nvidiaTeslaV100(8), workers: 1 }) });
    const quotas = writeFile(tempDir(), 'quotas.yaml', 'acceleratorsPerRegion:\n  us-central1:\n    NVIDIA_TESLA_V10: 16\n');

    const run = await mljob('plan', out, '--quotas', quotas, '--today', TODAY);

    expect(run.stderr).toBe(`mljob: warning: ${quotas}: acceleratorsPerRegion.us-central1.NVIDIA_TESLA_V10: no job draws on this quota; did you mean NVIDIA_TESLA_V100 in us-central1? The plan takes that one from the catalog's defaults\n`);
    expect(run.stdout).toMatch(/warning MLJ-QUOTA-001 .*The job needs 16 NVIDIA_TESLA_V100 in us-central1 at once; the catalog's default quota \(unconfirmed\) allows 8/);
    expect(run.code).toBe(0);
  });

  test('a job that waits behind another for longer than its maxWaitTime: MLJ-QUEUE-001 names the job it waits for', async () => {
    const out = synthApp({ vision: (stack) => {
      trainingJob(stack, 'first', { accelerator: Accelerator.nvidiaTeslaV100(8), maxRunning: Duration.hours(6), priority: 10 });
      trainingJob(stack, 'second', { accelerator: Accelerator.nvidiaTeslaV100(8), maxWait: Duration.hours(1) });
    } });
    const quotas = writeFile(tempDir(), 'quotas.json', { acceleratorsPerRegion: { 'us-central1': { NVIDIA_TESLA_V100: 8 } } });

    const run = await mljob('plan', out, '--quotas', quotas, '--format', 'json', '--today', TODAY);
    const plan = planJson(run.stdout);

    const [first, second] = plan.schedule;
    expect(first).toMatchObject({ priority: 10, worst_case_start_seconds: 0 });
    expect(second).toMatchObject({ priority: 0, worst_case_start_seconds: 6 * 3600, max_wait_seconds: 3600 });
    expect(second.waits_behind).toEqual([first.resource]);
    const wait = plan.diagnostics.find((d: any) => d.rule_id === 'MLJ-QUEUE-001');
    expect(wait).toMatchObject({ severity: 'warning', resource: second.resource, path: 'trainingInput.scheduling.maxWaitTime' });
    expect(wait.summary).toContain(`starts after 6h, waiting behind ${first.resource}; its maxWaitTime is 1h`);
    expect(run.code).toBe(0);
  });

  test('higher priority goes first: the same two jobs with priorities swapped swap places', async () => {
    const out = synthApp({ vision: (stack) => {
      trainingJob(stack, 'first', { accelerator: Accelerator.nvidiaTeslaV100(8) });
      trainingJob(stack, 'second', { accelerator: Accelerator.nvidiaTeslaV100(8), priority: 500, maxWait: Duration.hours(1) });
    } });
    const quotas = writeFile(tempDir(), 'quotas.json', { acceleratorsPerRegion: { 'us-central1': { NVIDIA_TESLA_V100: 8 } } });

    const plan = planJson((await mljob('plan', out, '--quotas', quotas, '--format', 'json', '--today', TODAY)).stdout);

    expect(plan.schedule.map((e: any) => [e.resource.replace(/_\w+$/, '').split('.')[1], e.worst_case_start_seconds])).toEqual([['second', 0], ['first', 6 * 3600]]);
    expect(plan.diagnostics.map((d: any) => d.rule_id)).not.toContain('MLJ-QUEUE-001');
  });

  test('a tuning job takes accelerators for every parallel trial', async () => {
    // 4 parallel trials × (master + 1 worker) × 2 T4 = 16 T4
    const out = synthApp({ tune: (stack) => trainingJob(stack, 'sweep', { accelerator: Accelerator.nvidiaTeslaT4(2), workers: 1, parallelTrials: 4 }) });
    const dir = tempDir();
    const tight = writeFile(dir, 'tight.yaml', 'acceleratorsPerRegion:\n  us-central1:\n    NVIDIA_TESLA_T4: 8\n');
    const enough = writeFile(dir, 'enough.yaml', 'acceleratorsPerRegion:\n  us-central1:\n    NVIDIA_TESLA_T4: 16\n');

    const tooSmall = await mljob('plan', out, '--quotas', tight, '--today', TODAY);
    const fits = planJson((await mljob('plan', out, '--quotas', enough, '--format', 'json', '--today', TODAY)).stdout);

    expect(tooSmall.code).toBe(1);
    expect(tooSmall.stdout).toContain('The job needs 16 NVIDIA_TESLA_T4 in us-central1 at once; your quota file allows 8');
    expect(fits.schedule[0]).toMatchObject({ worst_case_start_seconds: 0, exceeds: [] });
    // Cost: 4 parallel clusters for the whole maxRunningTime.
    expect(fits.cost.jobs[0].hours).toBe(6);
  });

  test('a job still running from the prior state holds its accelerators: a new job waits for it', async () => {
    const before = synthApp({ vision: (stack) => trainingJob(stack, 'running', { accelerator: Accelerator.nvidiaTeslaV100(8), maxRunning: Duration.hours(12) }) });
    const [[name, job]] = Object.entries(synthesizedJobs(before, 'vision'));
    const dir = tempDir();
    const state = writeFile(dir, 'terraform.vision.tfstate', terraformState([{ name, job, state: 'RUNNING' }]));
    const quotas = writeFile(dir, 'quotas.yaml', 'acceleratorsPerRegion: { us-central1: { NVIDIA_TESLA_V100: 8 } }\n');
    const after = synthApp({ vision: (stack) => {
      trainingJob(stack, 'running', { accelerator: Accelerator.nvidiaTeslaV100(8), maxRunning: Duration.hours(12) });
      trainingJob(stack, 'next', { accelerator: Accelerator.nvidiaTeslaV100(4), maxWait: Duration.hours(2) });
    } });

    const plan = planJson((await mljob('plan', after, '--state', state, '--quotas', quotas, '--format', 'json', '--today', TODAY)).stdout);

    expect(plan.schedule).toHaveLength(1);
    expect(plan.schedule[0]).toMatchObject({ worst_case_start_seconds: 12 * 3600, waits_behind: [`vision/google_ml_engine_job.${name}`] });
    expect(plan.diagnostics.filter((d: any) => d.rule_id === 'MLJ-QUEUE-001')).toHaveLength(1);
  });

  test('worst-case cost per job and per stack, with the price date', async () => {
    const out = synthApp({ vision: (stack) => {
      trainingJob(stack, 'a', { machineType: MachineType.of('complex_model_m'), maxRunning: Duration.hours(10) });
    } });

    const text = await mljob('plan', out, '--today', TODAY);
    const plan = planJson((await mljob('plan', out, '--format', 'json', '--today', TODAY)).stdout);

    // Pinned: complex_model_m is 1.1576 ML units per hour at $0.49 per unit-hour (Americas) = $0.567224/h; 10 hours.
    expect(plan.cost.jobs[0]).toMatchObject({ hours: 10, per_hour: 0.57, worst_case: 5.67 });
    expect(plan.cost.stacks).toEqual([{ stack: 'vision', worst_case_new_jobs: plan.cost.jobs[0].worst_case }]);
    expect(plan.cost.price_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text.stdout).toContain(`Cost (worst case, USD, catalog prices read ${plan.cost.price_date}`);
  });

  test('GPUs on Compute Engine machine types are priced (10 × V100 is not the price of the machines alone), and each note names its job', async () => {
    const out = synthApp({ vision: (stack) => {
      trainingJob(stack, 'big', { accelerator: Accelerator.nvidiaTeslaV100(2), workers: 4 });
      trainingJob(stack, 'small', { accelerator: Accelerator.nvidiaTeslaT4(1) });
    } });

    const plan = planJson((await mljob('plan', out, '--format', 'json', '--today', TODAY)).stdout);
    const text = (await mljob('plan', out, '--today', TODAY)).stdout;

    // Pinned: 5 × n1-standard-8 (0.7755) + 10 × V100 (5.4498, the catalog's estimate) = 58.3755 units × $0.49 = $28.604/h; 6 hours.
    const big = plan.cost.jobs.find((job: any) => /\.big_/.test(job.resource));
    expect(big).toMatchObject({ per_hour: 28.6, worst_case: 171.62 });
    expect(big.notes).toEqual(['GPU prices are estimates (the catalog\'s price note says how they are derived): NVIDIA_TESLA_V100 at an estimated 5.4498 ML units/h each']);
    // T4 has no price in the catalog: the machine alone, a lower bound.
    const small = plan.cost.jobs.find((job: any) => /\.small_/.test(job.resource));
    expect(small).toMatchObject({ per_hour: 0.38 });
    expect(small.notes).toEqual(['NVIDIA_TESLA_T4 on Compute Engine machine types has no price in the catalog', 'part of the cluster has no published price: the cost is a lower bound']);
    expect(text).toContain(`  note (${big.resource}): GPU prices are estimates`);
    expect(text).toContain(`  note (${small.resource}): NVIDIA_TESLA_T4 on Compute Engine machine types has no price in the catalog\n  note (${small.resource}): part of the cluster has no published price: the cost is a lower bound\n`);
  });
});

interface CustomJobOptions {
  labels?: Record<string, string>;
  /** Fields of the primary pool added to the L1 struct (as the API names them). */
  primaryExtra?: Record<string, unknown>;
  machineType?: string;
  workers?: number;
  location?: string;
}

/** A realistic Vertex AI custom job through the generated L1: a V100 primary and n1 workers, a 3-hour timeout. */
function customJob(stack: TerraformStack, id: string, options: CustomJobOptions = {}): VertexAiCustomJob {
  const container = { imageUri: 'us-docker.pkg.dev/my-ml-project/train/resnet:1.4.2', args: ['--epochs=10'] };
  return new VertexAiCustomJob(stack, id, {
    displayName: `train-${id}`,
    location: options.location ?? 'us-central1',
    labels: options.labels ?? { team: 'vision' },
    jobSpec: {
      workerPoolSpecs: [
        { replicaCount: 1, machineSpec: { machineType: options.machineType ?? 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_V100', acceleratorCount: 1 }, containerSpec: container, ...options.primaryExtra },
        ...(options.workers ? [{ replicaCount: options.workers, machineSpec: { machineType: 'n1-standard-8' }, containerSpec: container }] : []),
      ],
      scheduling: { timeout: '10800s' },
      baseOutputDirectory: { outputUriPrefix: 'gs://my-ml-project-models/resnet' },
    },
  });
}

/** A state of the custom jobs of a synthesized stack, as the provider recorded them after creating them. */
function deployedCustomJobs(outdir: string, states: Record<string, string>): object {
  return customJobState(Object.entries(synthesizedCustomJobs(outdir, 'vision')).map(([name, customJob], i) => ({
    name,
    customJob,
    id: String(8000 + i),
    ...(name in states ? { state: states[name] } : {}),
  })));
}

describe('mljob plan: Vertex AI custom jobs (google_vertex_ai_custom_job)', () => {
  test('first deploy: the custom job is created beside an ML Engine job, with its cost and place in the queue', async () => {
    // GIVEN a stack with an L1 VertexAiCustomJob and an L2 ML Engine job
    const out = synthApp({ vision: (stack) => {
      customJob(stack, 'resnet', { workers: 2 });
      trainingJob(stack, 'vit');
    } });

    // WHEN
    const text = await mljob('plan', out, '--today', TODAY);
    const json = planJson((await mljob('plan', out, '--today', TODAY, '--format', 'json')).stdout);
    const markdown = await mljob('plan', out, '--today', TODAY, '--format', 'markdown');
    const html = await mljob('plan', out, '--today', TODAY, '--format', 'html');

    // THEN
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('mljob plan (offline): 1 stack, 2 jobs in code.');
    expect(text.stdout).toContain('# vision/google_vertex_ai_custom_job.resnet will be created');
    expect(text.stdout).toContain('+ resource "google_vertex_ai_custom_job" "resnet" {');
    expect(text.stdout).toContain('+ display_name = "train-resnet"');
    expect(text.stdout).toContain('+ location     = "us-central1"');
    expect(text.stdout).toContain('+ machine_type      = "n1-standard-8"');
    expect(text.stdout).toContain('Plan: 2 to add, 0 to change, 0 to replace, 0 to cancel.');
    // 3 × n1-standard-8 (0.7755 units/h) + 1 V100 (5.4498, estimate) = 7.7763 units/h × $0.49, for the 3-hour timeout
    expect(text.stdout).toMatch(/vision\/google_vertex_ai_custom_job\.resnet +create +\$3\.81 +3h +\$11\.43/);
    expect(text.stdout).toContain('note: Vertex AI custom jobs are priced with the same AI Platform Training units, which Vertex AI keeps for custom training (https://cloud.google.com/vertex-ai/pricing)');
    const resource = json.resource_changes.find((c: any) => c.type === 'google_vertex_ai_custom_job');
    expect(resource).toMatchObject({ address: 'google_vertex_ai_custom_job.resnet', name: 'resnet', stack: 'vision', change: { actions: ['create'] } });
    expect(resource.change.after).toMatchObject({ display_name: 'train-resnet', location: 'us-central1', project: 'my-ml-project', labels: { team: 'vision' } });
    expect(resource.change.after.job_spec[0].worker_pool_specs).toHaveLength(2);
    expect(json.schedule.map((entry: any) => entry.resource)).toContain('vision/google_vertex_ai_custom_job.resnet');
    expect(json.cost.jobs.find((job: any) => job.resource === 'vision/google_vertex_ai_custom_job.resnet')).toMatchObject({ per_hour: 3.81, hours: 3, worst_case: 11.43 });
    expect(markdown.stdout).toContain('| `vision/google_vertex_ai_custom_job.resnet` | + create | custom job `train-resnet` |');
    expect(html.stdout).toContain('custom job <code>train-resnet</code>');
  });

  test('unchanged code against its own state: no changes', async () => {
    const out = synthApp({ vision: (stack) => customJob(stack, 'resnet') });
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', deployedCustomJobs(out, {}));

    const run = await mljob('plan', out, '--state', state, '--today', TODAY);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No changes. The jobs match the prior state.');
    expect(run.stdout).toContain('Plan: 0 to add, 0 to change, 0 to replace, 0 to cancel.');
  });

  test('labels changed: replaced, not updated (customJobs has no patch method); the running job is cancelled, then deleted', async () => {
    // GIVEN a running custom job, and the same job with new labels in code
    const before = synthApp({ vision: (stack) => customJob(stack, 'resnet') });
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', deployedCustomJobs(before, { resnet: 'JOB_STATE_RUNNING' }));
    const after = synthApp({ vision: (stack) => customJob(stack, 'resnet', { labels: { team: 'vision', owner: 'ana' } }) });

    // WHEN
    const text = await mljob('plan', after, '--state', state, '--today', TODAY);
    const json = planJson((await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'json')).stdout);

    // THEN
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('# vision/google_vertex_ai_custom_job.resnet must be replaced (the old job is JOB_STATE_RUNNING: it is cancelled, then deleted)');
    expect(text.stdout).toContain('~ name = "projects/my-ml-project/locations/us-central1/customJobs/8000" -> (known after apply)');
    expect(text.stdout).toContain('~ labels = { "team" = "vision" } -> { "owner" = "ana", "team" = "vision" } # forces replacement');
    expect(text.stdout).toContain('Plan: 0 to add, 0 to change, 1 to replace, 0 to cancel.');
    const change = json.resource_changes[0];
    expect(change.change.actions).toEqual(['delete', 'create']);
    expect(change.change.replace_paths).toEqual([['labels']]);
    expect(change).toMatchObject({ action_reason: 'replace_because_cannot_update', mljob_cancels_job: 'JOB_STATE_RUNNING', mljob_deletes_job: true });
    expect(change.change.before.name).toBe('projects/my-ml-project/locations/us-central1/customJobs/8000');
  });

  test('spec changed: the path inside the worker pool forces the replacement', async () => {
    const before = synthApp({ vision: (stack) => customJob(stack, 'resnet') });
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', deployedCustomJobs(before, { resnet: 'JOB_STATE_SUCCEEDED' }));
    const after = synthApp({ vision: (stack) => customJob(stack, 'resnet', { machineType: 'n1-standard-16' }) });

    const text = await mljob('plan', after, '--state', state, '--today', TODAY);
    const json = planJson((await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'json')).stdout);

    expect(text.stdout).toContain('must be replaced (the old job is JOB_STATE_SUCCEEDED: it is deleted)');
    expect(text.stdout).toContain('~ job_spec.worker_pool_specs.0.machine_spec.machine_type = "n1-standard-8" -> "n1-standard-16" # forces replacement');
    expect(json.resource_changes[0].change.replace_paths).toEqual([['job_spec', 0, 'worker_pool_specs', 0, 'machine_spec', 0, 'machine_type']]);
  });

  test('custom jobs removed from the code: a running one is cancelled, then deleted; an ended one is deleted', async () => {
    const before = synthApp({ vision: (stack) => {
      customJob(stack, 'resnet');
      customJob(stack, 'vit');
      customJob(stack, 'old');
    } });
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', deployedCustomJobs(before, { resnet: 'JOB_STATE_SUCCEEDED', vit: 'JOB_STATE_RUNNING', old: 'JOB_STATE_FAILED' }));
    const after = synthApp({ vision: (stack) => customJob(stack, 'resnet') });

    const text = await mljob('plan', after, '--state', state, '--today', TODAY);
    const markdown = await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'markdown');
    const json = planJson((await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'json')).stdout);

    expect(text.code).toBe(0);
    expect(text.stdout).toContain('# vision/google_vertex_ai_custom_job.vit will be cancelled (it is JOB_STATE_RUNNING), then deleted');
    expect(text.stdout).toContain('# vision/google_vertex_ai_custom_job.old will be deleted (it is JOB_STATE_FAILED; nothing to cancel)');
    expect(text.stdout).toContain('- display_name = "train-old"');
    expect(text.stdout).toContain('Plan: 0 to add, 0 to change, 0 to replace, 1 to cancel, 1 to delete.');
    expect(markdown.stdout).toContain('| `vision/google_vertex_ai_custom_job.vit` | - delete | cancels the JOB_STATE_RUNNING job, then deletes it |');
    expect(markdown.stdout).toContain('| `vision/google_vertex_ai_custom_job.old` | - delete | deletes the ended job |');
    expect(json.summary).toMatchObject({ cancel: 1, destroy: 1, forget: 0, no_op: 1 });
  });

  test('--jobs with the project\'s custom job list settles a state the Terraform state did not record', async () => {
    const before = synthApp({ vision: (stack) => customJob(stack, 'vit') });
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', deployedCustomJobs(before, { vit: '' }));
    const after = synthApp({ vision: () => undefined });
    const list = writeFile(tempDir(), 'custom-jobs.json', [{ ...synthesizedCustomJobs(before, 'vision').vit, name: 'projects/my-ml-project/locations/us-central1/customJobs/8000', state: 'JOB_STATE_RUNNING' }]);

    const unknown = await mljob('plan', after, '--state', state, '--today', TODAY);
    const settled = await mljob('plan', after, '--state', state, '--jobs', list, '--today', TODAY);

    expect(unknown.stdout).toContain("will be cancelled if still active, then deleted (its state is unknown; pass --jobs with the project's custom job list to know)");
    expect(settled.stdout).toContain('# vision/google_vertex_ai_custom_job.vit will be cancelled (it is JOB_STATE_RUNNING), then deleted');
    const nameless = writeFile(tempDir(), 'nameless.json', { customJobs: [{ displayName: 'x', jobSpec: { workerPoolSpecs: [] } }] });
    expectOneLineError(await mljob('plan', after, '--jobs', nameless), /nameless\.json: customJobs\[0\]: a custom job of the project without its resource name/);
  });

  test('the Vertex AI rules run in the plan: a V100 on an E2 machine is an error finding and exit 1', async () => {
    const out = synthApp({ vision: (stack) => customJob(stack, 'resnet', { machineType: 'e2-standard-8' }) });

    const run = await mljob('plan', out, '--today', TODAY);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error +MLJ-VERTEX-\d{3} +vision\/google_vertex_ai_custom_job\.resnet jobSpec\.workerPoolSpecs\[0\]\.machineSpec/);
  });

  test('a machine type the catalog does not know: the cost is unknown and the note says why, never a guess', async () => {
    const out = synthApp({ vision: (stack) => customJob(stack, 'resnet', { machineType: 'g2-standard-8' }) });

    const text = await mljob('plan', out, '--today', TODAY);
    const json = planJson((await mljob('plan', out, '--today', TODAY, '--format', 'json')).stdout);

    expect(text.stdout).toMatch(/vision\/google_vertex_ai_custom_job\.resnet +create +\?  +3h +\?/);
    expect(text.stdout).toContain('note (vision/google_vertex_ai_custom_job.resnet): jobSpec.workerPoolSpecs[0].machineSpec.machineType "g2-standard-8" has no published ML units');
    expect(json.cost.jobs[0]).toMatchObject({ per_hour: null, worst_case: null });
  });

  test('the ported fields (nfsMounts, disableRetries, enableDashboardAccess, persistentResourceId, pscInterfaceConfig): no change against their own state, and each change replaces the job at its path', async () => {
    // GIVEN an L2 job with the five fields, deployed and running
    const props = (change: Partial<VertexCustomJobProps> = {}): VertexCustomJobProps => ({
      displayName: 'train-resnet',
      location: 'us-central1',
      code: VertexTrainingCode.container({ imageUri: 'us-docker.pkg.dev/my-ml-project/train/resnet:1.4.2' }),
      primary: { machineType: ComputeMachineType.N1_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaV100(1), nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' }] },
      scheduling: { timeout: Duration.hours(3), disableRetries: true },
      enableDashboardAccess: true,
      persistentResourceId: 'v100-pool',
      pscInterfaceConfig: { networkAttachment: 'vertex-attach', dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }] },
      ...change,
    });
    const before = synthApp({ vision: (stack) => new VertexCustomJob(stack, 'resnet', props()) });
    const [address] = Object.keys(synthesizedCustomJobs(before, 'vision'));
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', deployedCustomJobs(before, { [address]: 'JOB_STATE_RUNNING' }));

    // WHEN planned unchanged, THEN nothing changes and no rule reports anything
    const same = await mljob('plan', before, '--state', state, '--today', TODAY);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No changes. The jobs match the prior state.');
    expect(same.stdout).not.toMatch(/MLJ-VERTEX-02[5-8]/);

    // WHEN each field changes, THEN the job is replaced and the path of the field forces it
    const changes: Array<[Partial<VertexCustomJobProps>, Array<string | number>]> = [
      [{ primary: { ...props().primary, nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data2' }] } }, ['job_spec', 0, 'worker_pool_specs', 0, 'nfs_mounts', 0, 'mount_point']],
      [{ scheduling: { timeout: Duration.hours(3), disableRetries: false } }, ['job_spec', 0, 'scheduling', 0, 'disable_retries']],
      [{ enableDashboardAccess: false }, ['job_spec', 0, 'enable_dashboard_access']],
      [{ persistentResourceId: 'v100-pool-2' }, ['job_spec', 0, 'persistent_resource_id']],
      [{ pscInterfaceConfig: { networkAttachment: 'vertex-attach', dnsPeeringConfigs: [{ domain: 'corp2.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }] } }, ['job_spec', 0, 'psc_interface_config', 0, 'dns_peering_configs', 0, 'domain']],
    ];
    for (const [change, replacePath] of changes) {
      const after = synthApp({ vision: (stack) => new VertexCustomJob(stack, 'resnet', props(change)) });
      const json = planJson((await mljob('plan', after, '--state', state, '--today', TODAY, '--format', 'json')).stdout);
      expect(json.resource_changes[0].change.actions).toEqual(['delete', 'create']);
      expect(json.resource_changes[0].change.replace_paths).toEqual([replacePath]);
      expect(json.resource_changes[0]).toMatchObject({ action_reason: 'replace_because_cannot_update', mljob_cancels_job: 'JOB_STATE_RUNNING' });
    }
  });

  test('the rules of the ported fields run in plan and check: an NFS path without its leading / is an error finding and exit 1', async () => {
    const out = synthApp({ vision: (stack) => customJob(stack, 'resnet', { primaryExtra: { nfsMounts: [{ server: '10.76.0.10', path: 'vol1', mountPoint: 'data' }] } }) });

    const plan = await mljob('plan', out, '--today', TODAY);
    const check = await mljob('check', out, '--today', TODAY);

    expect(plan.code).toBe(1);
    expect(plan.stdout).toMatch(/error +MLJ-VERTEX-025 +vision\/google_vertex_ai_custom_job\.resnet jobSpec\.workerPoolSpecs\[0\]\.nfsMounts\[0\]\.path/);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('MLJ-VERTEX-025');
    expect(check.stdout).toContain('jobSpec.workerPoolSpecs[0].nfsMounts[0].path is "vol1"; the exported path has to start with "/".');
  });
});

describe('mljob plan: bad input exits 2 with one line', () => {
  const oneLine = (run: { code: number; stderr: string; stdout: string }): void => {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  };

  test('a missing cdktf.out says to run cdktf synth first', async () => {
    const run = await mljob('plan', '/nonexistent/cdktf.out');
    oneLine(run);
    expect(run.stderr).toBe('mljob: /nonexistent/cdktf.out: no such directory; run `cdktf synth` first to synthesize the stacks into it\n');
  });

  test('without arguments in a project that was not synthesized yet, the default cdktf.out gets the same hint', async () => {
    const cwd = process.cwd();
    process.chdir(tempDir());
    try {
      const run = await mljob('plan');
      oneLine(run);
      expect(run.stderr).toBe('mljob: cdktf.out: no such directory; run `cdktf synth` first to synthesize the stacks into it\n');
    } finally {
      process.chdir(cwd);
    }
  });

  test('another missing input is only missing', async () => {
    const run = await mljob('plan', '/nonexistent/stacks/cdk.tf.json');
    oneLine(run);
    expect(run.stderr).toBe('mljob: /nonexistent/stacks/cdk.tf.json: no such file or directory\n');
  });

  test('malformed cdk.tf.json names the line and column', async () => {
    const file = writeFile(tempDir(), 'cdk.tf.json', '{\n  "resource": {\n    "google_ml_engine_job": { "x": { "job_id": "a", } }\n  }\n}\n');
    const run = await mljob('plan', file);
    oneLine(run);
    expect(run.stderr).toMatch(/^mljob: .*cdk\.tf\.json:3:\d+: invalid JSON/);
  });

  test('malformed quota YAML names the line', async () => {
    const out = synthApp({ vision: (stack) => trainingJob(stack, 'resnet') });
    const quotas = writeFile(tempDir(), 'quotas.yaml', 'acceleratorsPerRegion:\n  us-central1: [NVIDIA_TESLA_V100: 8\n');
    const run = await mljob('plan', out, '--quotas', quotas);
    oneLine(run);
    expect(run.stderr).toMatch(/quotas\.yaml:\d+:\d+: /);
  });

  test('a quota that is not a number names the field', async () => {
    const out = synthApp({ vision: (stack) => trainingJob(stack, 'resnet') });
    const quotas = writeFile(tempDir(), 'quotas.yaml', 'acceleratorsPerRegion:\n  us-central1:\n    NVIDIA_TESLA_V100: lots\n');
    const run = await mljob('plan', out, '--quotas', quotas);
    oneLine(run);
    expect(run.stderr).toBe(`mljob: ${quotas}: acceleratorsPerRegion.us-central1.NVIDIA_TESLA_V100: expected a number\n`);
  });

  test('a state of an unknown version', async () => {
    const out = synthApp({ vision: (stack) => trainingJob(stack, 'resnet') });
    const state = writeFile(tempDir(), 'terraform.vision.tfstate', { version: 3, serial: 1, modules: [] });
    const run = await mljob('plan', out, '--state', state);
    oneLine(run);
    expect(run.stderr).toContain('terraform.vision.tfstate: version: unsupported state version 3; expected 4');
  });

  test('a state that cannot be matched to one of several stacks', async () => {
    const out = synthApp({ a: (stack) => trainingJob(stack, 'x'), b: (stack) => trainingJob(stack, 'y') });
    const [[name, job]] = Object.entries(synthesizedJobs(out, 'a'));
    const state = writeFile(tempDir(), 'prod.tfstate', terraformState([{ name, job }]));
    const run = await mljob('plan', out, '--state', state);
    oneLine(run);
    expect(run.stderr).toContain('cannot tell which of 2 stacks the state belongs to; name it: --state STACK=');
    expect((await mljob('plan', out, '--state', `a=${state}`)).code).toBe(0);
  });

  test('--state STACK=FILE with a stack the input does not have names the stacks it has', async () => {
    const out = synthApp({ a: (stack) => trainingJob(stack, 'x'), b: (stack) => trainingJob(stack, 'y') });
    const state = writeFile(tempDir(), 'prod.tfstate', terraformState([]));
    const run = await mljob('plan', out, '--state', `prod=${state}`);
    oneLine(run);
    expect(run.stderr).toBe(`mljob: --state prod=${state}: no stack "prod" in the input (stacks: a, b)\n`);
  });

  test('a directory with no stacks', async () => {
    const run = await mljob('plan', tempDir());
    oneLine(run);
    expect(run.stderr).toMatch(/no stacks here: expected a cdktf output directory with manifest\.json/);
  });

  test('an unknown option and a bad --format', async () => {
    oneLine(await mljob('plan', '--frobnicate'));
    const bad = await mljob('plan', '--format', 'yaml');
    oneLine(bad);
    expect(bad.stderr).toBe('mljob: --format: "yaml" is not one of text, json, markdown, html\n');
  });
});

describe('mljob plan: jobs that import blocks adopt', () => {
  /** `mljob import` of a real job's describe output, its generated stack synthesized: the flow the import's header gives. */
  async function importedAndSynthesized(fixture: string): Promise<string> {
    const dir = tempDir();
    const imported = await mljob('import', fixture, '--project', 'my-ml-project', '--out', path.join(dir, 'stack.ts'));
    expect(imported.code).toBe(0);
    const exports = loadGenerated(fs.readFileSync(path.join(dir, 'stack.ts'), 'utf8'));
    const outdir = tempDir('mljob-out-');
    const app = new App({ outdir, stackTraces: false });
    new (exports.ImportedJobsStack as new (scope: Construct, id: string) => TerraformStack)(app, 'imported');
    app.synth();
    return outdir;
  }

  const FIXTURE = path.join(__dirname, '..', 'fixtures', 'jobs', 'valid', 'workflows-cancelled-container-describe.json');

  test('an imported job is imported, not created: no MLJ-PLAN-002 for its existing id, not queued, not a new cost', async () => {
    // GIVEN a real job, imported and synthesized (an import block targets its resource)
    const out = await importedAndSynthesized(FIXTURE);

    // WHEN planned with the project's job list, which has the job
    const run = await mljob('plan', out, '--jobs', FIXTURE);

    // THEN Terraform imports it and changes nothing: the code is the job
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/# imported\/google_ml_engine_job\.serverlesstesting_\w+ will be imported\n {4}resource "google_ml_engine_job" "serverlesstesting_\w+" \{\n {8}id = "projects\/my-ml-project\/jobs\/serverlesstesting"/);
    expect(run.stdout).not.toContain('will be created');
    expect(run.stdout).not.toContain('MLJ-PLAN-002');
    expect(run.stdout).not.toContain('Schedule');
    expect(run.stdout).toContain('Plan: 1 to import, 0 to add, 0 to change, 0 to replace, 0 to cancel.');

    // and the JSON plan says it as Terraform's does
    const json = planJson((await mljob('plan', out, '--jobs', FIXTURE, '--format', 'json')).stdout);
    expect(json.resource_changes[0].change).toMatchObject({ actions: ['no-op'], importing: { id: 'projects/my-ml-project/jobs/serverlesstesting' } });
    expect(json.resource_changes[0].mljob_import_not_compared).toBeUndefined();
    expect(json.summary).toMatchObject({ import: 1, add: 0, no_op: 0 });
  });

  test('without the project job list, the import is all the plan can tell, and it says so', async () => {
    const out = await importedAndSynthesized(FIXTURE);

    const run = await mljob('plan', out);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain("will be imported\n  # (not compared with the existing job: pass --jobs with the project's job list; terraform plan compares them)");
    expect(run.stdout).toContain('Plan: 1 to import, 0 to add,');
    const json = planJson((await mljob('plan', out, '--format', 'json')).stdout);
    expect(json.resource_changes[0].mljob_import_not_compared).toBe(true);
  });

  test('a Vertex AI custom job imported from its describe output is imported too, matched in --jobs by location and id', async () => {
    // GIVEN a custom job imported from `gcloud ai custom-jobs describe` output (its import id names the project by id,
    // the project's list names it by number)
    const describe = path.join(__dirname, '..', 'fixtures', 'vertex', 'describe.json');
    const out = await importedAndSynthesized(describe);

    const run = await mljob('plan', out, '--jobs', describe);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/google_vertex_ai_custom_job\.\w+ will be imported\n {4}resource "google_vertex_ai_custom_job"/);
    expect(run.stdout).toContain('Plan: 1 to import, 0 to add, 0 to change, 0 to replace, 0 to cancel.');
  });

  test('an imported job the code changes: imported, then updated in place or replaced as a job of the state is', async () => {
    // GIVEN code that imports two existing jobs, one with new labels, one with a new machine type
    const out = synthApp({
      vision: (stack) => {
        trainingJob(stack, 'relabelled', { jobId: 'resnet_1', labels: { team: 'nlp' } }).resource.importFrom('projects/my-ml-project/jobs/resnet_1');
        trainingJob(stack, 'resized', { jobId: 'vit_1', machineType: MachineType.N1_HIGHMEM_8 }).resource.importFrom('vit_1');
      },
    });
    const jobs = Object.values(synthesizedJobs(out, 'vision')).map((job) => ({ ...job, labels: { team: 'vision' }, trainingInput: { ...job.trainingInput, masterType: 'n1-standard-8' }, state: 'SUCCEEDED' }));
    const list = writeFile(tempDir(), 'jobs.json', { jobs });

    // WHEN planned with the project's job list
    const run = await mljob('plan', out, '--jobs', list);

    // THEN the labels are updated in place and the machine type replaces the job, each after its import
    expect(run.stdout).toMatch(/relabelled_\w+ will be updated in place \(labels only\)\n {2}# \(imported from "projects\/my-ml-project\/jobs\/resnet_1"\)\n {2}~ resource/);
    expect(run.stdout).toMatch(/resized_\w+ must be replaced \(the old job is SUCCEEDED\)\n {2}# \(imported from "vit_1"\)\n-\/\+ resource/);
    // replacing a job under its own id fails: the service never reuses one
    expect(run.stdout).toContain('MLJ-PLAN-003');
    expect(run.stdout).toContain('Plan: 2 to import, 0 to add, 1 to change, 1 to replace, 0 to cancel.');
  });
});
