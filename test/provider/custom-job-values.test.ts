import { customJobSchema } from '../../src/model/provider-schema';
import {
  createCustomJobBody, customJobNameOf, customJobOutputAttributes, isCustomJobImportStub, valueOfCustomJob, withCustomJobOutputsOf, withUnknownCustomJobOutputs,
} from '../../src/provider/custom-job-values';
import { conformBlock, isUnknown, TerraformObject, UNKNOWN } from '../../src/provider/terraform-value';

const NAME = 'projects/p/locations/us-central1/customJobs/1000000000000000001';

function resource(fields: { [name: string]: unknown }): TerraformObject {
  return conformBlock(fields, customJobSchema()) as TerraformObject;
}

const CONFIG = resource({
  display_name: 'census',
  project: 'p',
  location: 'us-central1',
  labels: { team: 'ml' },
  job_spec: [{ worker_pool_specs: [{ machine_spec: [{ machine_type: 'n1-standard-4' }], replica_count: 1, container_spec: [{ image_uri: 'gcr.io/p/t:1' }] }] }],
});

describe('custom job values', () => {
  test('the create body is the API job without output-only fields or the resource-only project and location', () => {
    const body = createCustomJobBody({ ...CONFIG, state: 'JOB_STATE_RUNNING', name: NAME });
    expect(body).toEqual({
      displayName: 'census',
      labels: { team: 'ml' },
      // An absent list block reaches the provider as [] (Terraform sends every block): the body leaves env out.
      jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] },
    });
  });

  test('the create body keeps the env the configuration has, and an empty list attribute it writes (args = [])', () => {
    // GIVEN a pool with env and an explicit empty args list
    const config = resource({
      display_name: 'census',
      job_spec: [{ worker_pool_specs: [{ machine_spec: [{ machine_type: 'n1-standard-4' }], replica_count: 1, container_spec: [{ image_uri: 'gcr.io/p/t:1', args: [], env: [{ name: 'A', value: '1' }] }] }] }],
    });

    // WHEN made into a create body
    const body = createCustomJobBody(config);

    // THEN both are sent as written
    expect(body.jobSpec.workerPoolSpecs[0].containerSpec).toEqual({ imageUri: 'gcr.io/p/t:1', args: [], env: [{ name: 'A', value: '1' }] });
  });

  test('an API job becomes a resource value: int64 strings as numbers, id = name', () => {
    const value = valueOfCustomJob({ name: NAME, displayName: 'census', state: 'JOB_STATE_QUEUED', jobSpec: { workerPoolSpecs: [{ replicaCount: '1' as unknown as number, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] } }, 'p', 'us-central1');
    expect(value).toMatchObject({ id: NAME, name: NAME, project: 'p', location: 'us-central1', state: 'JOB_STATE_QUEUED', display_name: 'census' });
    expect((value.job_spec as any)[0].worker_pool_specs[0].replica_count).toBe(1);
  });

  test('outputs: unknown before a create (the id too), copied from the API after it', () => {
    const planned = withUnknownCustomJobOutputs(CONFIG);
    expect(isUnknown(planned.id) && isUnknown(planned.name) && isUnknown(planned.state) && isUnknown(planned.create_time)).toBe(true);
    expect(customJobOutputAttributes()).toEqual(expect.arrayContaining(['name', 'state', 'create_time', 'error', 'web_access_uris']));
    const state = withCustomJobOutputsOf(planned, { name: NAME, displayName: 'census', state: 'JOB_STATE_QUEUED', createTime: '2024-01-01T00:00:00Z', jobSpec: { workerPoolSpecs: [] } });
    expect(state).toMatchObject({ id: NAME, name: NAME, state: 'JOB_STATE_QUEUED', create_time: '2024-01-01T00:00:00Z', labels: { team: 'ml' } });
    expect(state.start_time).toBeNull();
  });

  test('the name of a state, from name or id; an import stub has no spec', () => {
    expect(customJobNameOf({ name: null, id: NAME })).toEqual({ project: 'p', location: 'us-central1', id: '1000000000000000001', name: NAME });
    expect(customJobNameOf({ name: UNKNOWN, id: 'census' })).toBeUndefined();
    expect(isCustomJobImportStub(resource({ name: NAME }))).toBe(true);
    expect(isCustomJobImportStub(CONFIG)).toBe(false);
  });
});
