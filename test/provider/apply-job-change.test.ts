// ApplyResourceChange for google_ml_engine_job against the API emulator: a change of a state-only attribute (timeouts)
// writes the state and sends no request; a label change beside it sends the one labels PATCH.
import { RunningEmulator, startEmulator } from '../../src/emulator/emulator-server';
import { jobSchema } from '../../src/model/provider-schema';
import { applyJobChange } from '../../src/provider/apply-job-change';
import { MlApiClient } from '../../src/provider/ml-api-client';
import { planJobChange } from '../../src/provider/plan-job-change';
import { conformBlock, TerraformObject } from '../../src/provider/terraform-value';

const INPUT = [{ region: 'us-central1', scale_tier: 'BASIC', python_module: 'trainer.task', package_uris: ['gs://b/p.tar.gz'], runtime_version: '2.11', python_version: '3.7' }];
const value = (fields: object): TerraformObject => conformBlock(fields, jobSchema()) as TerraformObject;

describe('applyJobChange: state-only attributes', () => {
  let emulator: RunningEmulator;
  let client: MlApiClient;
  let prior: TerraformObject;

  beforeAll(async () => {
    emulator = await startEmulator({ clock: 'manual' });
    client = new MlApiClient(emulator.endpoint, async () => 'token', 5000, { baseDelayMs: 10, maxDelayMs: 50 });
    const created = await applyJobChange(client, null, planJobChange({ prior: null, proposed: value({ job_id: 'j1', labels: { a: '1' }, training_input: INPUT }), config: null, providerProject: 'p' }).planned);
    expect(created.diagnostics).toEqual([]);
    prior = created.state!;
  });

  afterAll(async () => {
    await emulator?.close();
  });

  /** Plans `config` over the prior state as Terraform does (computed values it leaves null taken from the prior). */
  const planOver = (config: TerraformObject): ReturnType<typeof planJobChange> => {
    const proposed = { ...config };
    for (const [name, attribute] of Object.entries(jobSchema().attributes ?? {})) if (attribute.computed && proposed[name] === null) proposed[name] = prior[name];
    return planJobChange({ prior, proposed, config, providerProject: 'p' });
  };

  test('a timeouts-only change is planned in place with every output known, and applying it sends no request', async () => {
    // GIVEN a plan that adds a timeouts block
    const planned = planOver(value({ job_id: 'j1', labels: { a: '1' }, training_input: INPUT, timeouts: { create: '10m' } }));
    expect(planned.requiresReplace).toEqual([]);
    expect(planned.planned!.etag).toBe(prior.etag);

    // WHEN it is applied
    const served = emulator.requests().length;
    const applied = await applyJobChange(client, prior, planned.planned);

    // THEN the state has the timeouts and the API saw nothing
    expect(applied.diagnostics).toEqual([]);
    expect(applied.state!.timeouts).toEqual({ create: '10m', delete: null, read: null, update: null });
    expect(applied.state!.etag).toBe(prior.etag);
    expect(emulator.requests().slice(served)).toEqual([]);
  });

  test('labels changed beside the timeouts: one labels PATCH, no other request', async () => {
    const planned = planOver(value({ job_id: 'j1', labels: { a: '2' }, training_input: INPUT, timeouts: { update: '1m' } }));
    const served = emulator.requests().length;
    const applied = await applyJobChange(client, prior, planned.planned);
    expect(applied.diagnostics).toEqual([]);
    expect(emulator.requests().slice(served).map((r) => `${r.method} ${r.url}`)).toEqual(['PATCH /v1/projects/p/jobs/j1?updateMask=labels%2Cetag']);
    expect(applied.state).toMatchObject({ labels: { a: '2' }, timeouts: { update: '1m' } });
  });
});
