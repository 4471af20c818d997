// The provider over its real protocol: the bundled provider process, started as Terraform starts it, driven through
// every RPC by our own gRPC client (test/provider/plugin-test-client.ts) against the API emulator (src/emulator). This test
// needs no terraform binary, so it runs everywhere; test/provider/terraform-e2e.test.ts drives real Terraform.
import { spawnSync } from 'child_process';
import { X509Certificate } from 'crypto';
import { jobSchema } from '../../src/model/provider-schema';
import { decodeRaw, encodeRaw } from '../../src/provider/dynamic-value';
import { conformBlock, isUnknown, TerraformObject, UNKNOWN } from '../../src/provider/terraform-value';
import { RunningEmulator, startEmulator } from '../../src/emulator/emulator-server';
import { BUNDLE, PluginConnection, startPlugin } from './plugin-test-client';
import { TRAINING_INPUT as SAMPLE_TRAINING_INPUT } from './sample-training-input';

const TYPE = 'google_ml_engine_job';

/** A resource value as Terraform sends it: every attribute present. */
function resource(fields: { [name: string]: unknown }): TerraformObject {
  return conformBlock(fields, jobSchema()) as TerraformObject;
}

function dv(value: unknown): { msgpack: Buffer } {
  return { msgpack: Buffer.from(encodeRaw(value)) };
}

function state(response: { msgpack: Buffer } | null | undefined): any {
  return response && response.msgpack.length ? decodeRaw(response.msgpack) : null;
}

const TRAINING_INPUT = [{ ...SAMPLE_TRAINING_INPUT, job_dir: 'gs://my-bucket/jobs/train_1' }];

function config(overrides: { [name: string]: unknown } = {}): TerraformObject {
  return resource({ job_id: 'train_1', labels: { team: 'ml' }, training_input: TRAINING_INPUT, ...overrides });
}

/** Terraform's proposed new state: the config, with computed values the config leaves null taken from the prior state. */
function proposed(cfg: TerraformObject, prior: TerraformObject | null): TerraformObject {
  if (!prior) return cfg;
  const out: TerraformObject = { ...cfg };
  for (const [name, attribute] of Object.entries(jobSchema().attributes ?? {})) {
    if (attribute.computed && (out[name] === null || out[name] === undefined)) out[name] = prior[name];
  }
  return out;
}

let api: RunningEmulator;
let plugin: PluginConnection;

beforeAll(async () => {
  api = await startEmulator({ clock: 'manual' });
  plugin = await startPlugin();
  const configured = await plugin.call('ConfigureProvider', {
    terraform_version: '1.11.4',
    config: dv({ project: 'p1', region: 'us-central1', access_token: 'token-1', ml_engine_custom_endpoint: api.endpoint, request_timeout: '10s' }),
  });
  expect(configured.diagnostics).toEqual([]);
});

afterAll(async () => {
  plugin?.close();
  await api?.close();
});

describe('starting', () => {
  test('without the magic cookie, explains itself on stderr, prints nothing on stdout and exits 1', () => {
    const env = { ...process.env };
    delete env.TF_PLUGIN_MAGIC_COOKIE;
    const run = spawnSync(process.execPath, [BUNDLE], { env, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Terraform provider mljobs.*not meant to be run directly/s);
  });

  test('the handshake line is 1|6|tcp|127.0.0.1:PORT|grpc|CERT with an unpadded base64 DER certificate for localhost', () => {
    const [core, app, network, address, protocol, cert] = plugin.handshake;
    expect([core, app, network, protocol]).toEqual(['1', '6', 'tcp', 'grpc']);
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(cert).toMatch(/^[A-Za-z0-9+/]+$/);
    const x509 = new X509Certificate(Buffer.from(cert, 'base64'));
    expect(x509.subjectAltName).toBe('DNS:localhost');
    expect(x509.ca).toBe(true);
  });

  test('the health service says the plugin is serving', async () => {
    expect(await plugin.health()).toEqual({ status: 'SERVING' });
  });
});

describe('schema and configuration', () => {
  test('GetProviderSchema serves google_ml_engine_job and google_vertex_ai_custom_job from schema/ and the provider block', async () => {
    const response = await plugin.call('GetProviderSchema');
    expect(response.diagnostics).toEqual([]);
    const job = response.resource_schemas[TYPE].block;
    const attributes = Object.fromEntries(job.attributes.map((a: any) => [a.name, a]));
    expect(attributes.job_id).toMatchObject({ required: true });
    expect(JSON.parse(attributes.labels.type.toString())).toEqual(['map', 'string']);
    expect(attributes.etag).toMatchObject({ computed: true, optional: false });
    const training = job.block_types.find((b: any) => b.type_name === 'training_input');
    expect(training).toMatchObject({ nesting: 'LIST', max_items: 1 });
    const provider = Object.fromEntries(response.provider.block.attributes.map((a: any) => [a.name, a]));
    expect(Object.keys(provider).sort()).toEqual(['access_token', 'ml_engine_custom_endpoint', 'project', 'region', 'request_timeout', 'vertex_ai_custom_endpoint']);
    const customJob = response.resource_schemas.google_vertex_ai_custom_job.block;
    expect(Object.fromEntries(customJob.attributes.map((a: any) => [a.name, a])).name).toMatchObject({ computed: true, optional: false });
    expect(customJob.block_types.find((b: any) => b.type_name === 'job_spec')).toMatchObject({ nesting: 'LIST', min_items: 1, max_items: 1 });
    expect(provider.access_token.sensitive).toBe(true);
  });

  test('ValidateProviderConfig reports a bad endpoint and timeout on their attributes', async () => {
    const response = await plugin.call('ValidateProviderConfig', { config: dv({ project: null, region: null, access_token: null, ml_engine_custom_endpoint: 'ftp://x', vertex_ai_custom_endpoint: null, request_timeout: 'soon' }) });
    expect(response.diagnostics.map((d: any) => [d.severity, d.attribute.steps[0].attribute_name])).toEqual([
      ['ERROR', 'ml_engine_custom_endpoint'],
      ['ERROR', 'request_timeout'],
    ]);
  });

  test('ValidateResourceConfig: rule errors are diagnostics on the attribute they name', async () => {
    const bad = config({ training_input: [{ ...TRAINING_INPUT[0], master_type: 'n1-standard-8', master_config: [{ accelerator_config: [{ type: 'NVIDIA_TESLA_V100', count: 3 }] }] }] });
    const response = await plugin.call('ValidateResourceConfig', { type_name: TYPE, config: dv(bad) });
    const error = response.diagnostics.find((d: any) => d.severity === 'ERROR');
    expect(error.summary).toMatch(/^MLJ-ACCEL-\d{3}: /);
    expect(error.attribute.steps).toEqual([
      { attribute_name: 'training_input', selector: 'attribute_name' },
      { element_key_int: 0, selector: 'element_key_int' },
      { attribute_name: 'master_config', selector: 'attribute_name' },
      { element_key_int: 0, selector: 'element_key_int' },
      { attribute_name: 'accelerator_config', selector: 'attribute_name' },
      { element_key_int: 0, selector: 'element_key_int' },
      { attribute_name: 'count', selector: 'attribute_name' },
    ]);
  });

  test('ValidateResourceConfig: a valid job has no errors, and unknown values are not violations', async () => {
    const valid = await plugin.call('ValidateResourceConfig', { type_name: TYPE, config: dv(config()) });
    expect(valid.diagnostics.filter((d: any) => d.severity === 'ERROR')).toEqual([]);
    const unknown = await plugin.call('ValidateResourceConfig', { type_name: TYPE, config: dv(config({ training_input: [{ ...TRAINING_INPUT[0], master_type: UNKNOWN }] })) });
    expect(unknown.diagnostics.filter((d: any) => d.severity === 'ERROR')).toEqual([]);
  });
});

describe('the job lifecycle against the emulator', () => {
  let created: any;

  test('PlanResourceChange (create): outputs unknown, project from the provider, id computed', async () => {
    const cfg = config();
    const response = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(null), proposed_new_state: dv(cfg), config: dv(cfg) });
    expect(response.diagnostics).toEqual([]);
    const planned = state(response.planned_state);
    expect(planned.project).toBe('p1');
    expect(planned.id).toBe('projects/p1/jobs/train_1');
    for (const name of ['etag', 'state', 'create_time', 'training_output']) expect(isUnknown(planned[name])).toBe(true);
    expect(response.requires_replace).toEqual([]);
  });

  test('ApplyResourceChange (create) POSTs the job and returns its outputs', async () => {
    const cfg = config();
    const plan = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(null), proposed_new_state: dv(cfg), config: dv(cfg) });
    const response = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(null), planned_state: plan.planned_state, config: dv(cfg) });
    expect(response.diagnostics).toEqual([]);
    created = state(response.new_state);
    expect(created).toMatchObject({ id: 'projects/p1/jobs/train_1', project: 'p1', state: 'QUEUED', labels: { team: 'ml' } });
    expect(typeof created.etag).toBe('string');
    const post = api.requests().find((r) => r.method === 'POST' && r.url === '/v1/projects/p1/jobs')!;
    expect(post.authorized).toBe(true);
    expect(post.body).toMatchObject({ jobId: 'train_1', labels: { team: 'ml' }, trainingInput: { masterType: 'n1-standard-8', region: 'us-central1' } });
    expect(post.body).not.toHaveProperty('state');
  });

  test('ReadResource refreshes outputs and labels and keeps the spec as the state spells it', async () => {
    api.advance(2 * 60_000); // QUEUED 5 s, PREPARING 60 s: RUNNING
    const response = await plugin.call('ReadResource', { type_name: TYPE, current_state: dv(created) });
    const read = state(response.new_state);
    expect(read.state).toBe('RUNNING');
    expect(read.training_input).toEqual(created.training_input);
    created = read;
  });

  test('a labels-only change plans an update in place and PATCHes labels with the etag', async () => {
    const cfg = config({ labels: { team: 'ml', stage: 'prod' } });
    const plan = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(created), proposed_new_state: dv(proposed(cfg, created)), config: dv(cfg) });
    expect(plan.requires_replace).toEqual([]);
    expect(isUnknown(state(plan.planned_state).etag)).toBe(true);
    const apply = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(created), planned_state: plan.planned_state, config: dv(cfg) });
    expect(apply.diagnostics).toEqual([]);
    const patch = api.requests().find((r) => r.method === 'PATCH')!;
    expect(patch.url).toBe('/v1/projects/p1/jobs/train_1?updateMask=labels%2Cetag');
    expect(patch.body).toEqual({ labels: { team: 'ml', stage: 'prod' }, etag: created.etag });
    const after = state(apply.new_state);
    expect(after.labels).toEqual({ team: 'ml', stage: 'prod' });
    expect(after.etag).not.toBe(created.etag);
    expect(after.state).toBe('RUNNING');
    created = after;
  });

  test('no change plans no change', async () => {
    const cfg = config({ labels: { team: 'ml', stage: 'prod' } });
    const plan = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(created), proposed_new_state: dv(proposed(cfg, created)), config: dv(cfg) });
    expect(plan.requires_replace).toEqual([]);
    expect(state(plan.planned_state)).toEqual(created);
  });

  test('the prior state proposed again (every plan without changes) is planned as it is, byte for byte', async () => {
    const cfg = config({ labels: { team: 'ml', stage: 'prod' } });
    const plan = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(created), proposed_new_state: dv(created), config: dv(cfg) });
    expect(plan.requires_replace).toEqual([]);
    expect(plan.diagnostics).toEqual([]);
    expect(Buffer.from(plan.planned_state.msgpack).equals(Buffer.from(dv(created).msgpack))).toBe(true);
  });

  test('a spec change requires replacement on the changed attribute; unknown spec values too', async () => {
    const cfg = config({ job_id: 'train_2', labels: { team: 'ml', stage: 'prod' }, training_input: [{ ...TRAINING_INPUT[0], master_type: 'n1-highmem-8' }] });
    const plan = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(created), proposed_new_state: dv(proposed(cfg, created)), config: dv(cfg) });
    const paths = plan.requires_replace.map((p: any) => p.steps.map((s: any) => s.attribute_name ?? s.element_key_int).join('.'));
    expect(paths.sort()).toEqual(['job_id', 'training_input.0.master_type']);
    expect(isUnknown(state(plan.planned_state).etag)).toBe(true);

    const unknownCfg = config({ labels: { team: 'ml', stage: 'prod' }, training_input: [{ ...TRAINING_INPUT[0], job_dir: UNKNOWN }] });
    const unknownPlan = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(created), proposed_new_state: dv(proposed(unknownCfg, created)), config: dv(unknownCfg) });
    expect(unknownPlan.requires_replace.map((p: any) => p.steps.map((s: any) => s.attribute_name ?? s.element_key_int).join('.'))).toEqual(['training_input.0.job_dir']);
  });

  test('ApplyResourceChange (delete) cancels a running job', async () => {
    const response = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(created), planned_state: dv(null), config: dv(null) });
    expect(response.diagnostics).toEqual([]);
    expect(state(response.new_state)).toBeNull();
    expect(api.requests().some((r) => r.method === 'POST' && r.url === '/v1/projects/p1/jobs/train_1:cancel' && r.status === 200)).toBe(true);
    expect(api.store.get('p1', 'train_1').state).toBe('CANCELLING');
  });

  test('deleting a job that has ended only forgets it', async () => {
    const before = api.requests().length;
    const response = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(created), planned_state: dv(null), config: dv(null) });
    expect(state(response.new_state)).toBeNull();
    expect(api.requests().slice(before).map((r) => r.method)).toEqual(['GET']);
  });
});

describe('import and upgrade', () => {
  test('ImportResourceState accepts projects/{p}/jobs/{id}, {p}/{id} and {id}; ReadResource fills in the job', async () => {
    for (const [id, project] of [['projects/p2/jobs/train_1', 'p2'], ['p2/train_1', 'p2'], ['train_1', 'p1']]) {
      const response = await plugin.call('ImportResourceState', { type_name: TYPE, id });
      expect(response.diagnostics).toEqual([]);
      const stub = state(response.imported_resources[0].state);
      expect(stub).toMatchObject({ project, job_id: 'train_1', id: `projects/${project}/jobs/train_1`, training_input: [] });
    }
    const bad = await plugin.call('ImportResourceState', { type_name: TYPE, id: 'a/b/c' });
    expect(bad.diagnostics[0].detail).toMatch(/not one of projects\/\{project\}\/jobs\/\{job_id\}/);

    const imported = state((await plugin.call('ImportResourceState', { type_name: TYPE, id: 'p1/train_1' })).imported_resources[0].state);
    const read = state((await plugin.call('ReadResource', { type_name: TYPE, current_state: dv(imported) })).new_state);
    expect(read.training_input[0]).toMatchObject({ master_type: 'n1-standard-8', package_uris: ['gs://my-bucket/trainer-0.1.tar.gz'] });
    expect(read.labels).toEqual({ team: 'ml', stage: 'prod' });
  });

  test('ReadResource of a job that is gone returns a null state', async () => {
    const response = await plugin.call('ReadResource', { type_name: TYPE, current_state: dv(resource({ job_id: 'never_made', project: 'p1', id: 'projects/p1/jobs/never_made' })) });
    expect(response.diagnostics).toEqual([]);
    expect(state(response.new_state)).toBeNull();
  });

  test('UpgradeResourceState completes a JSON state to the schema', async () => {
    const response = await plugin.call('UpgradeResourceState', { type_name: TYPE, version: 0, raw_state: { json: Buffer.from(JSON.stringify({ job_id: 'j', project: 'p1', removed_attribute: 1 })) } });
    const upgraded = state(response.upgraded_state);
    expect(upgraded).toMatchObject({ job_id: 'j', project: 'p1', labels: null, training_input: [], timeouts: null });
    expect(upgraded).not.toHaveProperty('removed_attribute');
  });
});

describe('API errors become diagnostics, never a crash or a lost state', () => {
  test('400 on create: an error diagnostic and no state', async () => {
    api.injectFaults({ status: 400 });
    const cfg = config({ job_id: 'rejected' });
    const plan = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(null), proposed_new_state: dv(cfg), config: dv(cfg) });
    const response = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(null), planned_state: plan.planned_state, config: dv(cfg) });
    expect(response.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 'The API rejected job rejected' });
    expect(state(response.new_state)).toBeNull();
  });

  test('429 and 500 are retried; 409 on an id that holds another job says the id is taken', async () => {
    api.injectFaults({ status: 429 });
    api.injectFaults({ status: 500 });
    const cfg = config({ job_id: 'retried' });
    const plan = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(null), proposed_new_state: dv(cfg), config: dv(cfg) });
    const ok = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(null), planned_state: plan.planned_state, config: dv(cfg) });
    expect(ok.diagnostics).toEqual([]);
    expect(state(ok.new_state).job_id).toBe('retried');

    const other = config({ job_id: 'retried', training_input: [{ ...TRAINING_INPUT[0], master_type: 'n1-highmem-8' }] });
    const plan2 = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(null), proposed_new_state: dv(other), config: dv(other) });
    const taken = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(null), planned_state: plan2.planned_state, config: dv(other) });
    expect(taken.diagnostics[0].summary).toBe('Job id retried is already taken');
    expect(state(taken.new_state)).toBeNull();
  }, 30_000);

  test('429 or 5xx until the operation\'s timeout: retried with backoff, then a diagnostic with the API\'s message and no state', async () => {
    // GIVEN a create whose every attempt answers 503, with a 2 s create timeout
    api.injectFaults({ status: 503, count: 100, method: 'POST' });
    const cfg = config({ job_id: 'never', timeouts: { create: '2s', delete: null, update: null } });
    const plan = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(null), proposed_new_state: dv(cfg), config: dv(cfg) });
    const started = Date.now();
    // WHEN applied
    const response = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(null), planned_state: plan.planned_state, config: dv(cfg) });
    // THEN it gave up within the timeout: one error diagnostic that says so, and nothing in the state
    expect(Date.now() - started).toBeLessThan(5000);
    expect(response.diagnostics).toHaveLength(1);
    expect(response.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 'Could not create job never' });
    expect(response.diagnostics[0].detail).toMatch(/HTTP 503 UNAVAILABLE: .* \(gave up after \d+ attempts: the operation's timeout ends\)$/);
    expect(state(response.new_state)).toBeNull();
    await fetch(`${api.url}/emulator/v1/faults`, { method: 'DELETE' });
  }, 30_000);

  test('a create whose job already exists with the same spec (an interrupted apply) adopts it', async () => {
    const cfg = config({ job_id: 'retried' });
    const plan = await plugin.call('PlanResourceChange', { type_name: TYPE, prior_state: dv(null), proposed_new_state: dv(cfg), config: dv(cfg) });
    const response = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(null), planned_state: plan.planned_state, config: dv(cfg) });
    expect(response.diagnostics.map((d: any) => d.severity)).toEqual(['WARNING']);
    expect(state(response.new_state).state).toBe('QUEUED');
  });

  test('a failed cancel keeps the job in state', async () => {
    const current = state((await plugin.call('ReadResource', { type_name: TYPE, current_state: dv(resource({ job_id: 'retried', project: 'p1', id: 'projects/p1/jobs/retried' })) })).new_state);
    api.injectFaults({ status: 404 });
    const gone = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(current), planned_state: dv(null), config: dv(null) });
    expect(state(gone.new_state)).toBeNull(); // a 404 on read: nothing to cancel

    api.injectFaults({ status: 400 });
    const kept = await plugin.call('ApplyResourceChange', { type_name: TYPE, prior_state: dv(current), planned_state: dv(null), config: dv(null) });
    expect(kept.diagnostics[0].severity).toBe('ERROR');
    expect(state(kept.new_state)).toEqual(current);
  });

  test('an unknown resource type is a diagnostic', async () => {
    const response = await plugin.call('PlanResourceChange', { type_name: 'google_other', prior_state: dv(null), proposed_new_state: dv({}), config: dv({}) });
    expect(response.diagnostics[0].summary).toBe('Unknown resource type');
  });
});

describe('refreshing under a failing API: a bounded retry budget, diagnostics per job, the state kept', () => {
  // A provider process of its own: the read breaker it opens must not reach the reads of the other tests.
  let refresher: PluginConnection;
  const JOBS = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5'];
  /**
   * The state of a job, as Terraform sends it to ReadResource: a read timeout of 2 s by default — short, so the test is
   * quick, yet long enough that a loaded CI machine still fits a retry in it.
   */
  const current = (jobId: string, project = 'p3', readTimeout = '2s'): TerraformObject => resource({
    job_id: jobId, project, id: `projects/${project}/jobs/${jobId}`, labels: { team: 'ml' }, training_input: TRAINING_INPUT, timeouts: { read: readTimeout },
  });
  const read = (jobId: string, project = 'p3', readTimeout?: string): Promise<any> =>
    refresher.call('ReadResource', { type_name: TYPE, current_state: dv(current(jobId, project, readTimeout)) });

  beforeAll(async () => {
    for (const [project, jobId] of [...JOBS.map((jobId) => ['p3', jobId]), ['p4', 't0']]) {
      api.store.create(project, { jobId, labels: { team: 'ml' }, trainingInput: { scaleTier: 'CUSTOM', masterType: 'n1-standard-8', region: 'us-central1', runtimeVersion: '2.11', pythonVersion: '3.7', pythonModule: 'trainer.task', packageUris: ['gs://my-bucket/trainer-0.1.tar.gz'], jobDir: 'gs://my-bucket/jobs/train_1' } });
    }
    refresher = await startPlugin();
    const configured = await refresher.call('ConfigureProvider', { terraform_version: '1.11.4', config: dv({ project: 'p3', ml_engine_custom_endpoint: api.endpoint }) });
    expect(configured.diagnostics).toEqual([]);
  });

  afterAll(async () => {
    refresher?.close();
    await fetch(`${api.url}/emulator/v1/faults`, { method: 'DELETE' });
  });

  test('a 429 on a read is retried and the read succeeds', async () => {
    api.injectFaults({ status: 429, method: 'GET', pathContains: '/projects/p4/jobs/t0' });
    const before = api.requests().length;
    // (a generous timeout: this test is about the retry, not the budget; a timeout reached here would also open the
    // breaker for the next test)
    const response = await read('t0', 'p4', '20s');
    expect(response.diagnostics).toEqual([]);
    expect(state(response.new_state)).toMatchObject({ job_id: 't0', state: 'QUEUED', etag: expect.any(String) });
    expect(api.requests().slice(before).map((r) => `${r.status} ${r.url}`)).toEqual(['429 /v1/projects/p4/jobs/t0', '200 /v1/projects/p4/jobs/t0']);
    expect(api.pendingFaults()).toBe(0);
  }, 30_000);

  test('503 on every read: the first read retries for its 2 s timeout, the next ones fail at once; each a diagnostic naming its job, each state kept', async () => {
    // GIVEN an API that answers 503 to every read of project p3 (the listing too)
    api.injectFaults({ status: 503, method: 'GET', pathContains: '/projects/p3/jobs', count: 10_000 });
    const before = api.requests().length;
    const started = Date.now();
    // WHEN the six jobs are refreshed one after another (terraform plan -parallelism=1)
    const responses = [];
    for (const jobId of JOBS) responses.push(await read(jobId));
    // THEN it took about one read timeout, not six (12 s): the margin is for a loaded machine
    expect(Date.now() - started).toBeLessThan(8000);
    const requests = api.requests().slice(before);
    // AND every request was an attempt of the first read (the others, and the listing they share, sent nothing)
    expect(new Set(requests.map((r) => `${r.status} ${r.url}`))).toEqual(new Set(['503 /v1/projects/p3/jobs/r0']));
    expect(requests.length).toBeGreaterThan(1);
    // AND each job has one error diagnostic with its id and the API's error; the first says it gave up, the others
    // that they were not sent because of it
    for (const [i, response] of responses.entries()) {
      expect(response.diagnostics).toHaveLength(1);
      expect(response.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: `Could not read job ${JOBS[i]}` });
      expect(response.diagnostics[0].detail).toMatch(i === 0
        ? /^GET projects\/p3\/jobs\/r0: HTTP 503 UNAVAILABLE: The service is currently unavailable .*\(gave up after \d+ attempts: the operation's timeout ends\)$/
        : new RegExp(`^GET projects/p3/jobs/${JOBS[i]}: not sent, the API at .* is failing: GET projects/p3/jobs/r0: HTTP 503 UNAVAILABLE: The service is currently unavailable .*kept failing for [\\d.]+m?s, \\d+ attempts.*the state keeps the job`));
      // AND the state is the one Terraform sent: nothing is dropped
      expect(state(response.new_state)).toEqual(current(JOBS[i]));
    }
    expect(refresher.stderr()).toMatch(/now fail at once until it answers again/);
  }, 30_000);
});

describe('stopping', () => {
  test('StopProvider answers, and GRPCController/Shutdown ends the process at once', async () => {
    expect(await plugin.call('StopProvider')).toEqual({ Error: '' });
    const started = Date.now();
    await plugin.shutdown();
    expect(await plugin.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
