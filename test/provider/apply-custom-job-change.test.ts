import { CustomJob } from '../../src/model/custom-job';
import { customJobSchema } from '../../src/model/provider-schema';
import { applyCustomJobChange } from '../../src/provider/apply-custom-job-change';
import { MlApiError } from '../../src/provider/ml-api-client';
import { conformBlock, TerraformObject } from '../../src/provider/terraform-value';
import { CustomJobApi } from '../../src/provider/vertex-api-client';

const NAME = 'projects/p/locations/us-central1/customJobs/1000000000000000001';
const SPEC = [{ worker_pool_specs: [{ machine_spec: [{ machine_type: 'n1-standard-4' }], replica_count: 1, container_spec: [{ image_uri: 'gcr.io/p/t:1' }] }] }];
const PLANNED = conformBlock({ display_name: 'census', job_spec: SPEC, project: 'p', location: 'us-central1' }, customJobSchema()) as TerraformObject;
const PRIOR = { ...PLANNED, id: NAME, name: NAME, state: 'JOB_STATE_RUNNING' };

/** A fake API whose job goes through `states` on successive reads; records the calls. */
function fakeApi(states: string[], failures: { [call: string]: MlApiError } = {}): CustomJobApi & { calls: string[] } {
  const calls: string[] = [];
  let read = 0;
  const fail = (call: string): void => {
    if (failures[call]) throw failures[call];
  };
  return {
    calls,
    async createCustomJob(project, location, job) {
      calls.push(`create ${project}/${location} ${job.displayName}`);
      fail('create');
      return { ...job, name: NAME, state: 'JOB_STATE_QUEUED', createTime: '2024-01-01T00:00:00Z' } as CustomJob;
    },
    async getCustomJob(name) {
      calls.push('get');
      fail('get');
      return { name, displayName: 'census', jobSpec: { workerPoolSpecs: [] }, state: states[Math.min(read++, states.length - 1)] };
    },
    async cancelCustomJob() {
      calls.push('cancel');
      fail('cancel');
    },
    async deleteCustomJob() {
      calls.push('delete');
      fail('delete');
    },
  };
}

describe('applyCustomJobChange', () => {
  test('create: one POST, not retried (idempotent: false); the state takes the server\'s name as id', async () => {
    const api = fakeApi([]);
    const result = await applyCustomJobChange(api, null, PLANNED);
    expect(api.calls).toEqual(['create p/us-central1 census']);
    expect(result.state).toMatchObject({ id: NAME, name: NAME, state: 'JOB_STATE_QUEUED', display_name: 'census' });
  });

  test('delete of a running job: cancel, wait until it has ended, then delete', async () => {
    const api = fakeApi(['JOB_STATE_RUNNING', 'JOB_STATE_CANCELLING', 'JOB_STATE_CANCELLED']);
    const result = await applyCustomJobChange(api, PRIOR, null, { pollMs: 1 });
    expect(result).toEqual({ state: null, diagnostics: [] });
    expect(api.calls).toEqual(['get', 'cancel', 'get', 'get', 'delete']);
  });

  test('delete of a job that has ended: no cancel; of a job already gone: nothing', async () => {
    const ended = fakeApi(['JOB_STATE_SUCCEEDED']);
    await applyCustomJobChange(ended, PRIOR, null);
    expect(ended.calls).toEqual(['get', 'delete']);
    const gone = fakeApi([], { get: new MlApiError(404, 'NOT_FOUND', 'gone') });
    expect(await applyCustomJobChange(gone, PRIOR, null)).toEqual({ state: null, diagnostics: [] });
  });

  test('a failed create leaves no state; a failed delete keeps the prior state, with the API\'s message', async () => {
    const create = await applyCustomJobChange(fakeApi([], { create: new MlApiError(400, 'INVALID_ARGUMENT', 'bad spec') }), null, PLANNED);
    expect(create.state).toBeNull();
    expect(create.diagnostics).toEqual([expect.objectContaining({ severity: 'ERROR', summary: 'The API rejected job "census"' })]);
    const del = await applyCustomJobChange(fakeApi(['JOB_STATE_FAILED'], { delete: new MlApiError(500, 'INTERNAL', 'boom') }), PRIOR, null);
    expect(del.state).toBe(PRIOR);
    expect(del.diagnostics[0].detail).toContain('boom');
  });

  test('a job still cancelling when Terraform stops the provider stays in the state, with why', async () => {
    const stop = new AbortController();
    stop.abort();
    const result = await applyCustomJobChange(fakeApi(['JOB_STATE_CANCELLING']), PRIOR, null, { signal: stop.signal, pollMs: 1 });
    expect(result.state).toBe(PRIOR);
    expect(result.diagnostics[0].summary).toBe(`Custom job ${NAME} has not ended`);
  });
});
