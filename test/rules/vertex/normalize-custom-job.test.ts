import { normalizeCustomJob } from '../../../src/rules/vertex/normalize-custom-job';

describe('normalizeCustomJob', () => {
  test('renames snake_case proto names to the camelCase JSON names, but never the keys of labels or env values', () => {
    // GIVEN a GAPIC-style dict with labels whose keys have underscores
    const job = {
      display_name: 'd',
      labels: { cost_center: 'a_b' },
      job_spec: { worker_pool_specs: [{ machine_spec: { machine_type: 'n1-standard-4' }, container_spec: { image_uri: 'i', env: [{ name: 'MY_VAR', value: 'x_y' }] } }] },
    };

    // WHEN normalized (complete)
    const { job: read, notes } = normalizeCustomJob(job as never, 'complete');

    // THEN the fields are camelCase, the data is untouched, and one info says so
    expect(read).toEqual({
      displayName: 'd',
      labels: { cost_center: 'a_b' },
      jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, containerSpec: { imageUri: 'i', env: [{ name: 'MY_VAR', value: 'x_y' }] } }] },
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', path: 'displayName' });
  });

  test('wraps one value of a repeated field in a list only for a gcloud --config file', () => {
    // GIVEN a spec with one pool as a mapping, a string packageUris, a string arg and one env entry as a mapping
    const pool = { machineSpec: { machineType: 'n1-standard-4' }, pythonPackageSpec: { executorImageUri: 'e', packageUris: 'gs://b/p.tar.gz', pythonModule: 'm', args: '--x=1', env: { name: 'A', value: '1' } } };
    const job = { jobSpec: { workerPoolSpecs: pool } };

    // WHEN normalized as partial and as complete
    const partial = normalizeCustomJob(job as never, 'partial');
    const complete = normalizeCustomJob(job as never, 'complete');

    // THEN gcloud's reading is a list of each one value; a REST body stays as written
    expect(partial.job.jobSpec.workerPoolSpecs).toEqual([{ ...pool, pythonPackageSpec: { ...pool.pythonPackageSpec, packageUris: ['gs://b/p.tar.gz'], args: ['--x=1'], env: [{ name: 'A', value: '1' }] } }]);
    expect(partial.notes.map((n) => n.path)).toEqual([
      'jobSpec.workerPoolSpecs',
      'jobSpec.workerPoolSpecs[0].pythonPackageSpec.packageUris',
      'jobSpec.workerPoolSpecs[0].pythonPackageSpec.args',
      'jobSpec.workerPoolSpecs[0].pythonPackageSpec.env',
    ]);
    expect(complete.job).toBe(job);
    expect(complete.notes).toEqual([]);
  });

  test('returns the same object when nothing needs reading differently, and leaves unknown values alone', () => {
    // GIVEN a camelCase job and one whose pool list is a token
    const job = { displayName: 'x', jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'i' } }] } };
    const token = { displayName: 'x', jobSpec: { workerPoolSpecs: '${TfToken[TOKEN.1]}' } };

    // WHEN normalized  THEN nothing changes
    expect(normalizeCustomJob(job as never, 'partial')).toEqual({ job, notes: [], unknownFields: [] });
    expect(normalizeCustomJob(job as never, 'partial').job).toBe(job);
    expect(normalizeCustomJob(token as never, 'partial').job).toBe(token);
  });

  test('odd input (not an object, unknown fields, arrays where objects belong) passes through without throwing', () => {
    for (const odd of [null, 7, 'x', [], { jobSpec: [1, 2] }, { jobSpec: { workerPoolSpecs: [null, 3, 'x'] } }, { unknown_field: { a_b: 1 } }]) {
      expect(() => normalizeCustomJob(odd as never, 'partial')).not.toThrow();
    }
    expect(normalizeCustomJob({ unknown_field: 1 } as never, 'complete').job).toEqual({ unknown_field: 1 });
  });

  test('a field of no message, in either spelling, is reported with the field it most likely meant (MLJ-VERTEX-020)', () => {
    // GIVEN a misspelled pool field, a snake_case typo, an unknown top-level field and a label key (data, not a field)
    const job = {
      displayName: 'x',
      labels: { acceleratortype: 'a' },
      region: 'us-central1',
      jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4', accelerator_typ: 'NVIDIA_TESLA_T4' }, replicaCount: 1, containerSpec: { imageURI: 'i' } }] },
    };

    // WHEN normalized
    const { unknownFields } = normalizeCustomJob(job as never, 'complete');

    // THEN each unknown field is named once, by its path as written
    expect(unknownFields.map((v) => [v.path, v.message])).toEqual([
      ['region', 'region is not a field of CustomJob in the Vertex AI v1 API.'],
      ['jobSpec.workerPoolSpecs[0].machineSpec.accelerator_typ', 'jobSpec.workerPoolSpecs[0].machineSpec.accelerator_typ is not a field of MachineSpec in the Vertex AI v1 API; did you mean acceleratorType?'],
      ['jobSpec.workerPoolSpecs[0].containerSpec.imageURI', 'jobSpec.workerPoolSpecs[0].containerSpec.imageURI is not a field of ContainerSpec in the Vertex AI v1 API; did you mean imageUri?'],
    ]);
    expect(unknownFields[2].fix).toBe('Rename it to imageUri.');
  });

  test('a key named like a member of Object.prototype is an unknown field (MLJ-VERTEX-020), in either spelling', () => {
    const job = JSON.parse('{"jobSpec": {"workerPoolSpecs": [{"replicaCount": 1, "constructor": 5, "__proto__": {}, "container_spec": {"imageUri": "i", "to_string": "x"}}]}}');
    expect(normalizeCustomJob(job, 'complete').unknownFields.map((v) => v.path).sort()).toEqual([
      'jobSpec.workerPoolSpecs[0].__proto__',
      'jobSpec.workerPoolSpecs[0].constructor',
      'jobSpec.workerPoolSpecs[0].containerSpec.to_string',
    ]);
  });
});
