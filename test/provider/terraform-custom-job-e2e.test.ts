// google_vertex_ai_custom_job through the mljobs provider with the real Terraform binary, against the API emulator's
// Vertex AI custom jobs (src/emulator): init, plan, apply (create, the server assigns the id), a no-change plan, a
// label change and a spec change (both replace: the REST resource has no patch method; the old job is cancelled, then
// deleted), import by name, destroy (cancel, then delete) and an API error as a diagnostic. Skipped loudly without a
// terraform binary; test/provider/plugin-protocol.test.ts still runs the protocol.
import * as fs from 'fs';
import * as path from 'path';
import { PROVIDER_SOURCE } from '../../src/provider/provider-settings';
import { mljob } from '../plan/plan-test-helpers';
import { describeWithTerraform, PACKAGE_VERSION, TerraformWorkspace, openTerraformWorkspace } from './terraform-workspace';

const LOCATION = 'us-central1';
const NAME = /^projects\/p1\/locations\/us-central1\/customJobs\/\d+$/;

function jobSpec(imageUri = 'us-docker.pkg.dev/p1/trainers/census:1'): object[] {
  return [{
    worker_pool_specs: [{ machine_spec: [{ machine_type: 'n1-standard-4' }], replica_count: 1, container_spec: [{ image_uri: imageUri, args: ['--epochs=2'] }] }],
    scheduling: [{ timeout: '7200s' }],
  }];
}

describeWithTerraform('terraform drives google_vertex_ai_custom_job through the mljobs provider', () => {
  let ws: TerraformWorkspace;
  const tf = (...args: string[]) => ws.run(...args);
  const ok = (...args: string[]) => ws.ok(...args);
  const writeConfig = (job: object): void => {
    fs.writeFileSync(path.join(ws.dir, 'main.tf.json'), JSON.stringify({
      terraform: { required_providers: { mljobs: { source: PROVIDER_SOURCE, version: PACKAGE_VERSION } } },
      provider: { mljobs: [{ project: 'p1', region: LOCATION, access_token: 'token-1', vertex_ai_custom_endpoint: ws.api.endpoint }] },
      resource: { google_vertex_ai_custom_job: { train: { provider: 'mljobs', ...job } } },
    }, null, 2));
  };
  const planChange = async (): Promise<{ actions: string[]; replacePaths: unknown }> => {
    const change = (await ws.plan()).find((c) => c.type === 'google_vertex_ai_custom_job')!;
    return { actions: change.actions, replacePaths: change.replacePaths };
  };
  const stateValues = async (): Promise<any> => (await ws.resources())[0]?.values;
  const jobs = (): any[] => ws.api.customJobs.list('p1', LOCATION).customJobs ?? [];
  const calls = (method: string, suffix = ''): string[] => ws.api.requests().filter((r) => r.method === method && r.url.endsWith(suffix) && r.status < 300).map((r) => r.url);

  beforeAll(async () => {
    // Cancellations end at once, so a replace does not wait for the emulator's clock.
    ws = await openTerraformWorkspace({ prefix: 'mljob-tf-vertex-', emulator: { durations: { cancellingMs: 0 } } });
    writeConfig({ display_name: 'census', labels: { team: 'ml' }, job_spec: jobSpec() });
    await ok('init', '-input=false', '-no-color');
  }, 180_000);

  afterAll(async () => {
    await ws?.close();
  });

  test('plan creates; apply creates the job, whose name the server assigns; a second plan has no changes', async () => {
    expect((await planChange()).actions).toEqual(['create']);
    await ok('apply', '-input=false', '-auto-approve', 'tfplan');
    expect(jobs()).toEqual([expect.objectContaining({ displayName: 'census', labels: { team: 'ml' }, state: 'JOB_STATE_QUEUED' })]);
    const state = await stateValues();
    expect(state).toMatchObject({ project: 'p1', location: LOCATION, state: 'JOB_STATE_QUEUED' });
    expect(state.name).toMatch(NAME);
    expect(state.id).toBe(state.name);
    expect((await tf('plan', '-detailed-exitcode', '-input=false')).status).toBe(0);
  }, 120_000);

  test('a label change replaces the job (no patch method): the old one is cancelled and deleted, a new one created', async () => {
    const before = (await stateValues()).name;
    writeConfig({ display_name: 'census', labels: { team: 'ml', stage: 'prod' }, job_spec: jobSpec() });
    const { actions, replacePaths } = await planChange();
    expect(actions).toEqual(['delete', 'create']);
    expect(replacePaths).toEqual([['labels']]);
    await ok('apply', '-input=false', '-auto-approve', 'tfplan');
    expect(calls('POST', ':cancel')).toEqual([`/v1/${before}:cancel`]);
    expect(calls('DELETE')).toEqual([`/v1/${before}`]);
    const after = (await stateValues()).name;
    expect(after).toMatch(NAME);
    expect(after).not.toBe(before);
    expect(jobs().map((j) => [j.name, j.labels])).toEqual([[after, { team: 'ml', stage: 'prod' }]]);
    expect((await tf('plan', '-detailed-exitcode', '-input=false')).status).toBe(0);
  }, 120_000);

  test('a spec change replaces the job too', async () => {
    const before = (await stateValues()).name;
    writeConfig({ display_name: 'census', labels: { team: 'ml', stage: 'prod' }, job_spec: jobSpec('us-docker.pkg.dev/p1/trainers/census:2') });
    const { actions, replacePaths } = await planChange();
    expect(actions).toEqual(['delete', 'create']);
    expect(replacePaths).toEqual([['job_spec', 0, 'worker_pool_specs', 0, 'container_spec', 0, 'image_uri']]);
    await ok('apply', '-input=false', '-auto-approve', 'tfplan');
    expect(jobs().map((j) => j.jobSpec.workerPoolSpecs[0].containerSpec.imageUri)).toEqual(['us-docker.pkg.dev/p1/trainers/census:2']);
    expect(jobs()[0].name).not.toBe(before);
  }, 120_000);

  test('a configured id (state only): terraform and mljob plan agree on an update in place, and apply calls no API', async () => {
    writeConfig({ id: 'census-training', display_name: 'census', labels: { team: 'ml', stage: 'prod' }, job_spec: jobSpec('us-docker.pkg.dev/p1/trainers/census:2') });
    const input = path.join(ws.dir, 'mljob-in');
    fs.mkdirSync(input, { recursive: true });
    fs.copyFileSync(path.join(ws.dir, 'main.tf.json'), path.join(input, 'cdk.tf.json'));
    const run = await mljob('plan', path.join(input, 'cdk.tf.json'), '--state', path.join(ws.dir, 'terraform.tfstate'), '--format', 'json', '--today', '2026-11-24');
    expect(run.stderr).toBe('');
    const mljobPlan = JSON.parse(run.stdout);
    const predicted = mljobPlan.resource_changes.find((c: any) => c.type === 'google_vertex_ai_custom_job');
    expect((await planChange()).actions).toEqual(['update']);
    expect(predicted.change.actions).toEqual(['update']);
    expect(predicted.mljob_state_only).toEqual(['id: census-training (Terraform state only; no API call)']);
    const served = ws.api.requests().length;
    await ok('apply', '-input=false', '-auto-approve', 'tfplan');
    expect(ws.api.requests().slice(served)).toEqual([]);
    expect((await stateValues()).id).toBe('census-training');
    expect((await tf('plan', '-detailed-exitcode', '-input=false')).status).toBe(0);
    writeConfig({ display_name: 'census', labels: { team: 'ml', stage: 'prod' }, job_spec: jobSpec('us-docker.pkg.dev/p1/trainers/census:2') });
  }, 120_000);

  test('import by name adopts an existing job with no changes planned afterwards', async () => {
    const name = (await stateValues()).name;
    await ok('state', 'rm', 'google_vertex_ai_custom_job.train');
    await ok('import', '-input=false', 'google_vertex_ai_custom_job.train', name);
    const state = await stateValues();
    expect(state).toMatchObject({ name, display_name: 'census', labels: { team: 'ml', stage: 'prod' } });
    expect(state.job_spec[0].worker_pool_specs[0].container_spec[0].image_uri).toBe('us-docker.pkg.dev/p1/trainers/census:2');
    const plan = await tf('plan', '-detailed-exitcode', '-input=false', '-no-color');
    expect({ status: plan.status, out: plan.status === 0 ? '' : plan.stdout }).toEqual({ status: 0, out: '' });
  }, 120_000);

  test('destroy cancels the running job, then deletes it', async () => {
    ws.api.advance(2 * 60_000); // queued 5 s, pending 60 s: running
    const name = (await stateValues()).name;
    expect(jobs()[0].state).toBe('JOB_STATE_RUNNING');
    await ok('destroy', '-input=false', '-auto-approve');
    expect(calls('POST', ':cancel')).toContain(`/v1/${name}:cancel`);
    expect(calls('DELETE')).toContain(`/v1/${name}`);
    expect(jobs()).toEqual([]);
    expect(await stateValues()).toBeUndefined();
  }, 120_000);

  test('an API error is a Terraform diagnostic and leaves no job in the state', async () => {
    writeConfig({ display_name: 'census', job_spec: jobSpec() });
    ws.api.injectFaults({ status: 400 });
    const run = await tf('apply', '-input=false', '-auto-approve', '-no-color');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Error: The API rejected job "census"/);
    expect(run.stderr).not.toMatch(/panic|plugin crashed/i);
    expect(await stateValues()).toBeUndefined();
  }, 120_000);

  test('an import id that is not a custom job name is refused with the form to use', async () => {
    const run = await tf('import', '-input=false', '-no-color', 'google_vertex_ai_custom_job.train', 'census');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('projects/{project}/locations/{location}/customJobs/{id}');
  }, 120_000);
});
