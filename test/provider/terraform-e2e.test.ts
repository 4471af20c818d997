// The provider with the real Terraform binary: init from a filesystem mirror laid out by `mljob provider install`,
// plan, apply, a no-change plan, a label change (update in place), a spec change (replace: new job id, the old job
// cancelled), import and destroy, against the API emulator (src/emulator) on 127.0.0.1. Without a terraform binary these tests say so
// loudly and are skipped; test/provider/plugin-protocol.test.ts still runs every RPC.
import * as fs from 'fs';
import * as path from 'path';
import { PROVIDER_SOURCE } from '../../src/provider/provider-settings';
import { mljob } from '../plan/plan-test-helpers';
import { describeWithTerraform, PACKAGE_VERSION, TerraformWorkspace, openTerraformWorkspace } from './terraform-workspace';
import { TRAINING_INPUT } from './sample-training-input';


describeWithTerraform('terraform drives the mljobs provider', () => {
  let ws: TerraformWorkspace;
  let api: TerraformWorkspace['api'];
  const tf = (...args: string[]) => ws.run(...args);
  const ok = (...args: string[]) => ws.ok(...args);
  const writeConfig = (job: object): void => {
    fs.writeFileSync(path.join(ws.dir, 'main.tf.json'), JSON.stringify({
      terraform: { required_providers: { mljobs: { source: PROVIDER_SOURCE, version: PACKAGE_VERSION } } },
      provider: { mljobs: [{ project: 'p1', access_token: 'token-1', ml_engine_custom_endpoint: api.endpoint }] },
      resource: { google_ml_engine_job: { train: { provider: 'mljobs', ...job } } },
    }, null, 2));
  };
  /** The actions of the saved plan's one resource change. */
  const planActions = async (): Promise<{ actions: string[]; replacePaths: unknown }> => {
    const change = (await ws.plan()).find((c) => c.type === 'google_ml_engine_job')!;
    return { actions: change.actions, replacePaths: change.replacePaths };
  };

  beforeAll(async () => {
    ws = await openTerraformWorkspace({ prefix: 'mljob-tf-' });
    api = ws.api;
    writeConfig({ job_id: 'train_1', labels: { team: 'ml' }, training_input: [TRAINING_INPUT] });
    await ok('init', '-input=false', '-no-color');
  }, 180_000);

  afterAll(async () => {
    await ws?.close();
  });

  test('init installs the provider from the mirror and records its hash in the lock file', async () => {
    const lock = fs.readFileSync(path.join(ws.dir, '.terraform.lock.hcl'), 'utf8');
    expect(lock).toContain(`provider "${PROVIDER_SOURCE}"`);
    expect(lock).toMatch(/h1:[A-Za-z0-9+/=]{44}/);
  });

  test('plan creates, apply creates the job through the API, and a second plan has no changes', async () => {
    expect((await planActions()).actions).toEqual(['create']);
    await ok('apply', '-input=false', '-auto-approve', 'tfplan');
    expect(api.store.get('p1', 'train_1')).toMatchObject({ jobId: 'train_1', labels: { team: 'ml' }, trainingInput: { masterType: 'n1-standard-8' } });
    const state = JSON.parse(await ok('show', '-json')).values.root_module.resources[0].values;
    expect(state).toMatchObject({ id: 'projects/p1/jobs/train_1', project: 'p1', state: 'QUEUED' });
    expect((await tf('plan', '-detailed-exitcode', '-input=false')).status).toBe(0);
  }, 120_000);

  test('a label change is an update in place (PATCH with the etag)', async () => {
    writeConfig({ job_id: 'train_1', labels: { team: 'ml', stage: 'prod' }, training_input: [TRAINING_INPUT] });
    expect((await planActions()).actions).toEqual(['update']);
    await ok('apply', '-input=false', '-auto-approve', 'tfplan');
    expect(api.requests().filter((r) => r.method === 'PATCH').map((r) => [r.url, r.status])).toEqual([['/v1/projects/p1/jobs/train_1?updateMask=labels%2Cetag', 200]]);
    expect(api.store.get('p1', 'train_1').labels).toEqual({ team: 'ml', stage: 'prod' });
    expect((await tf('plan', '-detailed-exitcode', '-input=false')).status).toBe(0);
  }, 120_000);

  test('a timeouts-only change: terraform and mljob plan agree on an update in place, and apply calls no API', async () => {
    writeConfig({ job_id: 'train_1', labels: { team: 'ml', stage: 'prod' }, training_input: [TRAINING_INPUT], timeouts: { create: '10m' } });
    // mljob plans the same configuration against the state terraform wrote.
    const mljobPlan = async (): Promise<any> => {
      const input = path.join(ws.dir, 'mljob-in');
      fs.mkdirSync(input, { recursive: true });
      fs.copyFileSync(path.join(ws.dir, 'main.tf.json'), path.join(input, 'cdk.tf.json'));
      const run = await mljob('plan', path.join(input, 'cdk.tf.json'), '--state', path.join(ws.dir, 'terraform.tfstate'), '--format', 'json', '--today', '2026-11-24');
      return JSON.parse(run.stdout).resource_changes.find((c: any) => c.type === 'google_ml_engine_job');
    };
    expect((await planActions()).actions).toEqual(['update']);
    const predicted = await mljobPlan();
    expect(predicted.change.actions).toEqual(['update']);
    expect(predicted.mljob_state_only).toEqual(['timeouts: {create: 10m} (Terraform state only; no API call)']);

    const served = api.requests().length;
    await ok('apply', '-input=false', '-auto-approve', 'tfplan');
    // Applying a saved plan does not refresh: the update wrote the state and sent no request at all.
    expect(api.requests().slice(served).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const state = JSON.parse(await ok('show', '-json')).values.root_module.resources[0].values;
    expect(state.timeouts).toEqual({ create: '10m', delete: null, read: null, update: null });
    expect((await tf('plan', '-detailed-exitcode', '-input=false')).status).toBe(0);
    expect((await mljobPlan()).change.actions).toEqual(['no-op']);
  }, 120_000);

  test('a spec change replaces the job: the old one is cancelled, the new id created', async () => {
    writeConfig({ job_id: 'train_2', labels: { team: 'ml', stage: 'prod' }, training_input: [{ ...TRAINING_INPUT, master_type: 'n1-highmem-8' }] });
    const { actions, replacePaths } = await planActions();
    expect(actions).toEqual(['delete', 'create']);
    expect(replacePaths).toEqual(expect.arrayContaining([['job_id'], ['training_input', 0, 'master_type']]));
    await ok('apply', '-input=false', '-auto-approve', 'tfplan');
    expect(api.store.get('p1', 'train_1').state).toBe('CANCELLING');
    expect(api.store.get('p1', 'train_2')).toMatchObject({ state: 'QUEUED', trainingInput: { masterType: 'n1-highmem-8' } });
    expect((await tf('plan', '-detailed-exitcode', '-input=false')).status).toBe(0);
  }, 120_000);

  test('import adopts an existing job with no changes planned afterwards', async () => {
    await ok('state', 'rm', 'google_ml_engine_job.train');
    await ok('import', '-input=false', 'google_ml_engine_job.train', 'projects/p1/jobs/train_2');
    const state = JSON.parse(await ok('show', '-json')).values.root_module.resources[0].values;
    expect(state.training_input[0].master_type).toBe('n1-highmem-8');
    expect((await tf('plan', '-detailed-exitcode', '-input=false')).status).toBe(0);
  }, 120_000);

  test('destroy cancels the running job', async () => {
    api.advance(2 * 60_000); // QUEUED 5 s, PREPARING 60 s: RUNNING
    expect(api.store.get('p1', 'train_2').state).toBe('RUNNING');
    await ok('destroy', '-input=false', '-auto-approve');
    expect(api.store.get('p1', 'train_2').state).toBe('CANCELLING');
    expect(JSON.parse(await ok('show', '-json')).values).toBeUndefined();
  }, 120_000);

  test('an API error is a Terraform diagnostic and leaves the state as it was', async () => {
    writeConfig({ job_id: 'train_3', training_input: [TRAINING_INPUT] });
    api.injectFaults({ status: 400 });
    const run = await tf('apply', '-input=false', '-auto-approve', '-no-color');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Error: The API rejected job train_3/);
    expect(run.stderr).not.toMatch(/panic|plugin crashed|stack/i);
    expect((await tf('show', '-json')).stdout).not.toContain('train_3');
  }, 120_000);

  test('a rule error stops the plan with the rule id on the attribute', async () => {
    writeConfig({ job_id: 'train_4', training_input: [{ ...TRAINING_INPUT, master_config: [{ accelerator_config: [{ type: 'NVIDIA_TESLA_V100', count: 3 }] }] }] });
    const run = await tf('plan', '-input=false', '-no-color');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Error: MLJ-ACCEL-\d{3}: /);
    // Terraform points at the attribute in the configuration file.
    expect(run.stderr).toContain('in resource.google_ml_engine_job.train.training_input[0].master_config[0].accelerator_config[0]:');
    expect(run.stderr).toMatch(/\d+: +"count": 3/);
  }, 120_000);
});
