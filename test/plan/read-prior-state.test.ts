import * as path from 'path';
import { InputFileError } from '../../src/read/input-file-error';
import { MAX_ITEMS } from '../../src/read/size-limits';
import { readPriorJobs, readPriorState, readProjectJobLists, readProjectJobs, stackOfStateFile } from '../../src/plan/read-prior-state';
import { customJobState, tempDir, terraformState, writeFile } from './plan-test-helpers';
import { Job } from '../../src/model/job';

const JOB: Job = { jobId: 'census_1', labels: { team: 'vision' }, trainingInput: { region: 'us-central1', scaleTier: 'BASIC', workerCount: 2 } };

describe('readPriorState: a v4 state file', () => {
  test('each managed google_ml_engine_job instance, with its output-only fields and project', () => {
    // GIVEN cdktf's local backend file for stack "vision"
    const file = writeFile(tempDir(), 'terraform.vision.tfstate', terraformState([{ name: 'census', job: JOB, state: 'RUNNING', project: 'p1' }]));

    // WHEN
    const [prior] = readPriorState(file);

    // THEN the file name names the stack, and the job is in API terms
    expect(prior).toMatchObject({ stack: 'vision', address: 'google_ml_engine_job.census', project: 'p1' });
    expect(prior.job).toMatchObject({ ...JOB, state: 'RUNNING', etag: 'BwXabc123=' });
  });

  test('modules and count/for_each instances get their full address; other resources are skipped', () => {
    const state = terraformState([{ name: 'census', job: JOB }]) as { resources: any[] };
    const [resource] = state.resources;
    state.resources = [
      { ...resource, module: 'module.ml', instances: [{ ...resource.instances[0], index_key: 0 }, { ...resource.instances[0], index_key: 'b' }] },
      { ...resource, type: 'google_storage_bucket', name: 'bucket' },
      { ...resource, mode: 'data', name: 'lookup' },
    ];
    const jobs = readPriorState(writeFile(tempDir(), 'state.json', state), 'ml');
    expect(jobs.map((job) => [job.stack, job.address])).toEqual([
      ['ml', 'module.ml.google_ml_engine_job.census[0]'],
      ['ml', 'module.ml.google_ml_engine_job.census["b"]'],
    ]);
  });

  test('a directory reads every *.tfstate file in name order', () => {
    const dir = tempDir();
    writeFile(dir, 'terraform.b.tfstate', terraformState([{ name: 'x', job: { ...JOB, jobId: 'x_1' } }]));
    writeFile(dir, 'terraform.a.tfstate', terraformState([{ name: 'y', job: { ...JOB, jobId: 'y_1' } }]));
    writeFile(dir, 'notes.txt', 'not a state');
    expect(readPriorState(dir).map((job) => [job.stack, job.job.jobId])).toEqual([['a', 'y_1'], ['b', 'x_1']]);
  });
});

describe('readPriorJobs: Vertex AI custom jobs beside ML Engine jobs', () => {
  const CUSTOM = {
    displayName: 'train',
    labels: { team: 'vision' },
    jobSpec: { workerPoolSpecs: [{ replicaCount: 1, machineSpec: { machineType: 'n1-standard-8' }, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] },
  };

  test('each managed google_vertex_ai_custom_job instance with its server-assigned name, state, project and location', () => {
    // GIVEN one state holding both resource types
    const mlEngine = terraformState([{ name: 'census', job: JOB }]) as { resources: object[] };
    const vertex = customJobState([{ name: 'train', customJob: CUSTOM, id: '42', state: 'JOB_STATE_RUNNING', location: 'europe-west4' }]) as { resources: object[] };
    const file = writeFile(tempDir(), 'terraform.vision.tfstate', { ...mlEngine, resources: [...mlEngine.resources, ...vertex.resources] });

    // WHEN
    const read = readPriorJobs(file);

    // THEN
    expect(read.jobs.map((job) => job.address)).toEqual(['google_ml_engine_job.census']);
    expect(read.customJobs).toHaveLength(1);
    const [train] = read.customJobs;
    expect(train).toMatchObject({ stack: 'vision', address: 'google_vertex_ai_custom_job.train', project: 'my-ml-project', region: 'europe-west4' });
    expect(train.customJob).toMatchObject({ ...CUSTOM, name: 'projects/my-ml-project/locations/europe-west4/customJobs/42', state: 'JOB_STATE_RUNNING' });
    // readPriorState keeps its ML Engine-only answer
    expect(readPriorState(file).map((job) => job.address)).toEqual(['google_ml_engine_job.census']);
  });

  test('terraform show -json of a state: custom jobs of child modules by address', () => {
    const values = { display_name: 'train', location: 'us-central1', project: 'p', name: 'projects/p/locations/us-central1/customJobs/7', state: 'JOB_STATE_SUCCEEDED' };
    const shown = {
      format_version: '1.0',
      values: { root_module: { child_modules: [{ address: 'module.ml', resources: [{ address: 'module.ml.google_vertex_ai_custom_job.train', mode: 'managed', type: 'google_vertex_ai_custom_job', values }] }] } },
    };
    const { customJobs } = readPriorJobs(writeFile(tempDir(), 'show.json', shown), 'ml');
    expect(customJobs).toEqual([{ stack: 'ml', address: 'module.ml.google_vertex_ai_custom_job.train', customJob: { displayName: 'train', name: values.name, state: 'JOB_STATE_SUCCEEDED' }, project: 'p', region: 'us-central1' }]);
  });
});

describe('readPriorState: terraform show -json of a state', () => {
  test('resources of the root and child modules, by address', () => {
    const values = { job_id: 'census_1', state: 'SUCCEEDED', project: 'p1', training_input: [{ region: 'us-central1' }] };
    const file = writeFile(tempDir(), 'shown.json', {
      format_version: '1.0',
      values: { root_module: {
        resources: [{ address: 'google_ml_engine_job.a', mode: 'managed', type: 'google_ml_engine_job', name: 'a', values }],
        child_modules: [{ resources: [{ address: 'module.m.google_ml_engine_job.b', mode: 'managed', type: 'google_ml_engine_job', name: 'b', values }] }],
      } },
    });
    expect(readPriorState(file, 'prod').map((job) => [job.stack, job.address, job.job.state, job.project])).toEqual([
      ['prod', 'google_ml_engine_job.a', 'SUCCEEDED', 'p1'],
      ['prod', 'module.m.google_ml_engine_job.b', 'SUCCEEDED', 'p1'],
    ]);
  });
});

describe('readPriorState: bad input is one InputFileError', () => {
  test.each([
    ['an old state version', { version: 3, resources: [] }, /state\.json: version: unsupported state version 3; expected 4/],
    ['resources that are not a list', { version: 4, resources: {} }, /state\.json: resources: expected a list of resources/],
    ['an instance without attributes', { version: 4, resources: [{ mode: 'managed', type: 'google_ml_engine_job', name: 'a', instances: [{}] }] }, /resources\[0\]\.instances\[0\]: expected an instance with attributes/],
    ['JSON that is not a state', { hello: 1 }, /state\.json: not a Terraform state/],
  ])('%s', (_name, content, message) => {
    const file = writeFile(tempDir(), 'state.json', content);
    expect(() => readPriorState(file)).toThrow(InputFileError);
    expect(() => readPriorState(file)).toThrow(message);
  });

  test('a directory without states', () => {
    expect(() => readPriorState(tempDir())).toThrow(/no \*\.tfstate files in this directory/);
  });
});

describe('stackOfStateFile', () => {
  test('terraform.<stack>.tfstate names the stack; other names none', () => {
    expect(stackOfStateFile('/x/terraform.vision.tfstate')).toBe('vision');
    expect(stackOfStateFile('/x/terraform.tfstate')).toBe('');
    expect(stackOfStateFile('prod.json')).toBe('');
  });
});

describe('readProjectJobs', () => {
  test('a REST list response and a gcloud list array', () => {
    const dir = tempDir();
    const listed = [{ ...JOB, state: 'RUNNING', createTime: '2026-11-20T08:00:00Z' }];
    expect(readProjectJobs(writeFile(dir, 'list.json', { jobs: listed })).map((job) => [job.jobId, job.state])).toEqual([['census_1', 'RUNNING']]);
    expect(readProjectJobs(writeFile(dir, 'gcloud.json', listed)).map((job) => job.jobId)).toEqual(['census_1']);
  });

  test('a job without a jobId is refused', () => {
    const file = writeFile(tempDir(), 'list.json', { jobs: [{ state: 'RUNNING', trainingInput: { region: 'us-central1' } }] });
    expect(() => readProjectJobs(file)).toThrow(/a job of the project without a jobId/);
  });
});

describe('readProjectJobLists', () => {
  test('Vertex AI custom job lists beside ML Engine ones; a custom job needs its resource name', () => {
    const list = path.join(__dirname, '..', 'fixtures', 'vertex', 'rest-list.json');
    expect(readProjectJobLists(list).customJobs.map((job) => [job.name, job.state])).toEqual([
      ['projects/my-ml-project/locations/europe-west4/customJobs/111', 'JOB_STATE_RUNNING'],
      ['projects/my-ml-project/locations/europe-west4/customJobs/112', 'JOB_STATE_FAILED'],
    ]);
    const body = path.join(__dirname, '..', 'fixtures', 'vertex', 'rest-body.json');
    expect(() => readProjectJobLists(body)).toThrow(/rest-body\.json: name: a custom job of the project without its resource name/);
  });
});

describe('readPriorState: size limits', () => {
  test('an instance past a size limit is refused, naming its address and field', () => {
    const state = terraformState([{ name: 'census', job: { ...JOB, trainingInput: { region: 'us-central1', args: Array(MAX_ITEMS + 1).fill('a') } } }]);
    expect(() => readPriorState(writeFile(tempDir(), 'terraform.v.tfstate', state))).toThrow(/google_ml_engine_job\.census\.training_input\[0\]\.args: a list of 10,001 items/);
  });

  test('a large value outside the jobs does not stop them from being read', () => {
    const state = terraformState([{ name: 'census', job: JOB }]) as { resources: unknown[] };
    state.resources.push({ mode: 'managed', type: 'local_file', name: 'big', instances: [{ attributes: { lines: Array(MAX_ITEMS + 1).fill('a') } }] });
    expect(readPriorState(writeFile(tempDir(), 'terraform.v.tfstate', state)).map((job) => job.address)).toEqual(['google_ml_engine_job.census']);
  });
});
