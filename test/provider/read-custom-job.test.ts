import { customJobSchema } from '../../src/model/provider-schema';
import { MlApiError } from '../../src/provider/ml-api-client';
import { readCustomJob } from '../../src/provider/read-custom-job';
import { conformBlock, TerraformObject } from '../../src/provider/terraform-value';

const NAME = 'projects/p/locations/us-central1/customJobs/1000000000000000001';
const JOB = { name: NAME, displayName: 'census', state: 'JOB_STATE_RUNNING', startTime: '2024-01-01T00:01:05Z', jobSpec: { workerPoolSpecs: [{ replicaCount: '1' as unknown as number, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] } };

function resource(fields: { [name: string]: unknown }): TerraformObject {
  return conformBlock(fields, customJobSchema()) as TerraformObject;
}

describe('readCustomJob', () => {
  test('outputs from the API, inputs as the state has them', async () => {
    const current = resource({ id: NAME, name: NAME, project: 'p', location: 'us-central1', display_name: 'census', job_spec: [{ worker_pool_specs: [{ replica_count: 1, container_spec: [{ image_uri: 'gcr.io/p/t:1' }] }] }] });
    const { state } = await readCustomJob({ getCustomJob: async () => JOB }, current);
    expect(state).toMatchObject({ state: 'JOB_STATE_RUNNING', start_time: '2024-01-01T00:01:05Z', display_name: 'census', project: 'p' });
  });

  test('a configured id (state only) survives the refresh: no update planned again and again', async () => {
    const current = resource({ id: 'census-training', name: NAME, project: 'p', location: 'us-central1', display_name: 'census', job_spec: [{ worker_pool_specs: [{ replica_count: 1, container_spec: [{ image_uri: 'gcr.io/p/t:1' }] }] }] });
    const { state } = await readCustomJob({ getCustomJob: async () => JOB }, current);
    expect(state).toMatchObject({ id: 'census-training', name: NAME, state: 'JOB_STATE_RUNNING' });
  });

  test('after an import the state takes the whole job, project and location from the id', async () => {
    const { state } = await readCustomJob({ getCustomJob: async () => JOB }, resource({ id: NAME, name: NAME, project: 'p', location: 'us-central1' }));
    expect(state).toMatchObject({ display_name: 'census', project: 'p', location: 'us-central1' });
    expect((state!.job_spec as any)[0].worker_pool_specs[0].container_spec[0].image_uri).toBe('gcr.io/p/t:1');
  });

  test('a job that is gone leaves the state; another error keeps it, with a diagnostic', async () => {
    const current = resource({ id: NAME, name: NAME });
    expect((await readCustomJob({ getCustomJob: async () => { throw new MlApiError(404, 'NOT_FOUND', 'gone'); } }, current)).state).toBeNull();
    const failed = await readCustomJob({ getCustomJob: async () => { throw new MlApiError(403, 'PERMISSION_DENIED', 'no'); } }, current);
    expect(failed.state).toBe(current);
    expect(failed.diagnostics[0].summary).toBe(`Not allowed to read job ${NAME}`);
  });

  test('a state without a name cannot be read', async () => {
    expect((await readCustomJob({ getCustomJob: async () => JOB }, resource({ display_name: 'x' }))).diagnostics[0].summary).toBe('Incomplete state');
  });
});
