// The Vertex AI examples deploy through the mljobs provider, with the real terraform binary, against the API emulator:
// examples/vertex-custom-job.ts (a distributed custom job) and examples/vertex-migration.ts (an ML Engine job and the
// custom job migrated from it) are synthesized by cdktf as `cdktf synth` does (validations and the Vertex rules run),
// then terraform init (from the provider mirror), plan, apply, a no-change plan, a spec change (a replacement: the old
// job cancelled and deleted, a new server-assigned id) and destroy (cancel, then delete). The emulator's GET is the
// witness of what was deployed. Skipped loudly without a terraform binary (test/provider/terraform-workspace.ts).
//
// The example stacks also declare the Google provider, which none of their resources use and which cannot be
// installed offline: each stack drops that one construct before synthesis, as test/provider/cdktf-deploy.test.ts does.
import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { VertexAiCustomJob } from '../../src';
import { VertexCustomJobStack } from '../../examples/vertex-custom-job';
import { VertexMigrationStack } from '../../examples/vertex-migration';
import { tempDir } from '../plan/plan-test-helpers';
import { describeWithTerraform, TerraformRunner, TerraformWorkspace, openTerraformWorkspace } from '../provider/terraform-workspace';

const PROJECT = 'my-ml-project';
const LOCATION = 'us-central1';
const NAME = new RegExp(`^projects/${PROJECT}/locations/${LOCATION}/customJobs/\\d+$`);
const STACKS: { readonly [name: string]: new (scope: App, id: string) => TerraformStack } = {
  'vertex-custom-job': VertexCustomJobStack,
  'vertex-migration': VertexMigrationStack,
};
const VERTEX = 'google_vertex_ai_custom_job';
const ML_ENGINE = 'google_ml_engine_job';

describeWithTerraform('the Vertex AI examples deploy through the mljobs provider against the emulator', () => {
  let ws: TerraformWorkspace;
  const stacks: { [name: string]: TerraformRunner } = {};

  /**
   * Synthesizes both example stacks and copies each `cdk.tf.json` into the stack's terraform directory; with
   * `timeout`, every custom job's scheduling timeout is overridden (a spec change).
   */
  const synthesize = (timeout?: string): void => {
    const outdir = tempDir('mljob-vertex-examples-out-');
    const app = new App({ outdir, stackTraces: false });
    for (const [name, Stack] of Object.entries(STACKS)) {
      const stack = new Stack(app, name);
      stack.node.tryRemoveChild('google');
      if (timeout) {
        Aspects.of(stack).add({ visit: (node: IConstruct) => { if (node instanceof VertexAiCustomJob) node.addOverride('job_spec.scheduling.timeout', timeout); } });
      }
    }
    app.synth();
    for (const name of Object.keys(STACKS)) {
      fs.copyFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), path.join(stacks[name].dir, 'cdk.tf.json'));
    }
  };
  /** GET of a custom job through the emulator's HTTP API: the status and the body. */
  const getCustomJob = async (name: string): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${ws.api.endpoint}${name}`);
    return { status: response.status, body: await response.json() };
  };
  const customJobNames = async (stack: string): Promise<string[]> =>
    (await stacks[stack].resources()).filter((r) => r.type === VERTEX).map((r) => r.values.name);
  const calls = (method: string, suffix = ''): string[] =>
    ws.api.requests().filter((r) => r.method === method && r.url.endsWith(suffix) && r.status < 300).map((r) => r.url);
  const actions = (changes: { type: string; actions: string[] }[]): string[][] => changes.map((c) => [c.type, ...c.actions]);

  beforeAll(async () => {
    // Cancellations end at once, so a replacement does not wait for the emulator's clock.
    ws = await openTerraformWorkspace({ prefix: 'mljob-vertex-examples-', emulator: { durations: { cancellingMs: 0 } } });
    for (const name of Object.keys(STACKS)) {
      const dir = path.join(ws.dir, name);
      fs.mkdirSync(dir);
      stacks[name] = ws.runnerIn(dir);
    }
    synthesize();
    await Promise.all(Object.values(stacks).map((tf) => tf.ok('init', '-input=false', '-no-color')));
  }, 180_000);

  afterAll(async () => {
    await ws?.close();
  });

  test('plan creates the custom job of each example and the ML Engine job it was migrated from', async () => {
    expect(actions(await stacks['vertex-custom-job'].plan())).toEqual([[VERTEX, 'create']]);
    expect(actions(await stacks['vertex-migration'].plan())).toEqual([[ML_ENGINE, 'create'], [VERTEX, 'create']]);
  }, 120_000);

  test('apply creates the custom jobs: the emulator serves them as synthesized, under server-assigned names', async () => {
    for (const tf of Object.values(stacks)) await tf.ok('apply', '-input=false', '-auto-approve', '-no-color', 'tfplan');

    const [census] = await customJobNames('vertex-custom-job');
    expect(census).toMatch(NAME);
    const censusJob = await getCustomJob(census);
    expect(censusJob.status).toBe(200);
    expect(censusJob.body).toMatchObject({ name: census, displayName: 'census-distributed', state: 'JOB_STATE_QUEUED', labels: { 'team': 'ml-platform', 'cost-center': 'cc-1234' } });
    expect(censusJob.body.jobSpec.workerPoolSpecs.map((p: any) => [p.machineSpec.machineType, p.machineSpec.acceleratorType, p.replicaCount])).toEqual([
      ['n1-standard-8', 'NVIDIA_TESLA_T4', '1'],
      ['n1-standard-8', 'NVIDIA_TESLA_T4', '2'],
      ['n1-highcpu-16', undefined, '2'],
    ]);
    expect(censusJob.body.jobSpec).toMatchObject({ scheduling: { timeout: '21600s' }, baseOutputDirectory: { outputUriPrefix: 'gs://my-ml-bucket/census/vertex/' } });

    const [criteo] = await customJobNames('vertex-migration');
    expect(criteo).toMatch(NAME);
    expect(criteo).not.toBe(census);
    const criteoJob = await getCustomJob(criteo);
    expect(criteoJob.status).toBe(200);
    expect(criteoJob.body).toMatchObject({ displayName: 'criteo-migrated', jobSpec: { scheduling: { timeout: '28800s' }, baseOutputDirectory: { outputUriPrefix: 'gs://my-ml-bucket/criteo' } } });
    expect(criteoJob.body.jobSpec.workerPoolSpecs[0].pythonPackageSpec.executorImageUri).toBe('us-docker.pkg.dev/vertex-ai/training/tf-gpu.2-8:latest');
    // The ML Engine job of the migration example went to the ML Engine API of the same emulator.
    expect(calls('POST', `/v1/projects/${PROJECT}/jobs`)).toHaveLength(1);
    // The create bodies hold the env the code sets, and no empty env where it sets none.
    const created = ws.api.requests().filter((r) => r.method === 'POST' && r.url.endsWith('/customJobs')).map((r) => r.body as any);
    const packageSpecs = created.map((body) => [body.displayName, body.jobSpec.workerPoolSpecs[0].pythonPackageSpec]);
    expect(packageSpecs).toEqual([
      ['census-distributed', expect.objectContaining({ env: [{ name: 'TF_CPP_MIN_LOG_LEVEL', value: '2' }] })],
      ['criteo-migrated', expect.not.objectContaining({ env: expect.anything() })],
    ]);
  }, 120_000);

  test('a second plan of each stack has no changes', async () => {
    for (const tf of Object.values(stacks)) expect(await tf.planStatus()).toBe(0);
  }, 120_000);

  test('a spec change replaces each custom job: the old one cancelled and deleted, a new name assigned', async () => {
    const before = { census: (await customJobNames('vertex-custom-job'))[0], criteo: (await customJobNames('vertex-migration'))[0] };
    synthesize('25200s');
    const planned = { census: await stacks['vertex-custom-job'].plan(), criteo: await stacks['vertex-migration'].plan() };
    expect(actions(planned.census)).toEqual([[VERTEX, 'delete', 'create']]);
    // The ML Engine job is left alone.
    expect(actions(planned.criteo)).toEqual([[ML_ENGINE, 'no-op'], [VERTEX, 'delete', 'create']]);
    for (const change of [...planned.census, ...planned.criteo].filter((c) => c.type === VERTEX)) {
      expect(change.replacePaths).toEqual([['job_spec', 0, 'scheduling', 0, 'timeout']]);
    }

    for (const tf of Object.values(stacks)) await tf.ok('apply', '-input=false', '-auto-approve', '-no-color', 'tfplan');

    for (const [stack, old] of [['vertex-custom-job', before.census], ['vertex-migration', before.criteo]]) {
      expect(calls('POST', ':cancel')).toContain(`/v1/${old}:cancel`);
      expect(calls('DELETE')).toContain(`/v1/${old}`);
      expect((await getCustomJob(old)).status).toBe(404);
      const [now] = await customJobNames(stack);
      expect(now).toMatch(NAME);
      expect(now).not.toBe(old);
      const job = await getCustomJob(now);
      expect({ status: job.status, timeout: job.body.jobSpec.scheduling.timeout }).toEqual({ status: 200, timeout: '25200s' });
    }
    for (const tf of Object.values(stacks)) expect(await tf.planStatus()).toBe(0);
  }, 180_000);

  test('destroy cancels the running custom jobs, then deletes them', async () => {
    ws.api.advance(2 * 60_000); // queued 5 s, pending 60 s: running
    const names = [...await customJobNames('vertex-custom-job'), ...await customJobNames('vertex-migration')];
    for (const name of names) expect((await getCustomJob(name)).body.state).toBe('JOB_STATE_RUNNING');

    for (const tf of Object.values(stacks)) await tf.ok('destroy', '-input=false', '-auto-approve', '-no-color');

    for (const name of names) {
      expect(calls('POST', ':cancel')).toContain(`/v1/${name}:cancel`);
      expect(calls('DELETE')).toContain(`/v1/${name}`);
      expect((await getCustomJob(name)).status).toBe(404);
    }
    expect(ws.api.customJobs.list(PROJECT, LOCATION)).toEqual({});
    for (const tf of Object.values(stacks)) expect(await tf.resources()).toEqual([]);
  }, 180_000);
});
