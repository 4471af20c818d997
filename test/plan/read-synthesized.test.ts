import * as fs from 'fs';
import * as path from 'path';
import { InputFileError } from '../../src/read/input-file-error';
import { MAX_STRING_LENGTH } from '../../src/read/size-limits';
import { VertexAiCustomJob } from '../../src';
import { readSynthesized } from '../../src/plan/read-synthesized';
import { synthApp, tempDir, writeFile } from './plan-test-helpers';

/** A `cdk.tf.json` as cdktf writes it, with the given jobs (Terraform attributes) and provider project. */
function stackConfig(stackName: string, jobs: Record<string, object>, providerProject = 'my-ml-project'): object {
  return {
    '//': { metadata: { stackName, version: '0.21.0' } },
    provider: { google: [{ project: providerProject }, { alias: 'eu', project: 'eu-project' }] },
    resource: { google_ml_engine_job: jobs, google_storage_bucket: { b: { name: 'b', location: 'US' } } },
  };
}

const TRAINING = { job_id: 'census_1', training_input: [{ region: 'us-central1', scale_tier: 'BASIC', worker_count: '2' }] };

/** A cdktf output directory: manifest.json and stacks/<name>/cdk.tf.json. */
function outputDir(stacks: Record<string, object>): string {
  const dir = tempDir('mljob-out-');
  const manifest: Record<string, object> = {};
  for (const [name, config] of Object.entries(stacks)) {
    fs.mkdirSync(path.join(dir, 'stacks', name), { recursive: true });
    writeFile(path.join(dir, 'stacks', name), 'cdk.tf.json', config);
    manifest[name] = { name, synthesizedStackPath: `stacks/${name}/cdk.tf.json`, workingDirectory: `stacks/${name}` };
  }
  writeFile(dir, 'manifest.json', { version: '0.21.0', stacks: manifest });
  return dir;
}

describe('readSynthesized: cdktf output', () => {
  test('a stack whose text holds no template escape says so: the plan skips looking for escapes in its jobs', () => {
    // GIVEN one stack with an escaped ${ in an argument, and one without
    const dir = outputDir({
      plain: stackConfig('plain', { census: { ...TRAINING, training_input: [{ ...TRAINING.training_input[0], args: ['${var.epochs}'] }] } }),
      escaped: stackConfig('escaped', { census: { ...TRAINING, training_input: [{ ...TRAINING.training_input[0], args: ['--x=$${HOME}'] }] } }),
    });

    // WHEN it is read
    const { jobs } = readSynthesized(dir);

    // THEN only the stack with the escape may have escapes
    expect(jobs.map((job) => [job.stack, job.escapes])).toEqual([['escaped', true], ['plain', false]]);
  });

  test('a cdktf output directory: every stack (sorted, empty ones too), every job mapped to the API', () => {
    // GIVEN two stacks, one without jobs
    const dir = outputDir({
      vision: stackConfig('vision', { census: { ...TRAINING, '//': { metadata: { path: 'vision/census/Resource' } } }, other: { ...TRAINING, job_id: 'other_1', project: 'own-project' } }),
      empty: stackConfig('empty', {}),
    });

    // WHEN
    const read = readSynthesized(dir);

    // THEN
    expect(read.stacks).toEqual(['empty', 'vision']);
    expect(read.jobs.map((job) => job.resource)).toEqual(['vision/google_ml_engine_job.census', 'vision/google_ml_engine_job.other']);
    const [census, other] = read.jobs;
    expect(census).toMatchObject({ stack: 'vision', address: 'google_ml_engine_job.census', constructPath: 'vision/census/Resource', strings: 'terraform', unknownFields: [] });
    expect(census.job).toEqual({ jobId: 'census_1', trainingInput: { region: 'us-central1', scaleTier: 'BASIC', workerCount: 2 } });
    // The default (unaliased) provider's project, unless the resource names its own
    expect(census.project).toBe('my-ml-project');
    expect(other.project).toBe('own-project');
    expect(census.location).toEqual({ file: path.join(dir, 'stacks', 'vision', 'cdk.tf.json'), pointer: '/resource/google_ml_engine_job/census' });
  });

  test('a stack directory or a lone cdk.tf.json: the stack is named by its metadata', () => {
    const dir = outputDir({ vision: stackConfig('vision-stack', { census: TRAINING }) });
    const stackDir = path.join(dir, 'stacks', 'vision');
    expect(readSynthesized(stackDir).stacks).toEqual(['vision-stack']);
    expect(readSynthesized(path.join(stackDir, 'cdk.tf.json')).jobs[0].resource).toBe('vision-stack/google_ml_engine_job.census');
  });

  test('fields the schema does not know are listed, not mapped', () => {
    const file = writeFile(tempDir(), 'cdk.tf.json', stackConfig('s', { j: { ...TRAINING, training_input: [{ region: 'us-central1', scale_teir: 'BASIC' }] } }));
    const [job] = readSynthesized(file).jobs;
    expect(job.unknownFields).toEqual(['training_input.scale_teir']);
    expect(job.job.trainingInput).toEqual({ region: 'us-central1' });
  });
});

describe('readSynthesized: Vertex AI custom jobs', () => {
  test('a real synthesized stack with the L1 VertexAiCustomJob: the custom job in API terms, its location and project', () => {
    // GIVEN
    const out = synthApp({ vision: (stack) => {
      new VertexAiCustomJob(stack, 'train', {
        displayName: 'train-resnet',
        location: 'europe-west4',
        labels: { team: 'vision' },
        jobSpec: {
          workerPoolSpecs: [
            { replicaCount: 1, machineSpec: { machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 1 }, containerSpec: { imageUri: 'gcr.io/p/t:1', args: ['--epochs=$${EPOCHS}'] } },
            {},
            { replicaCount: 2, machineSpec: { machineType: 'n1-standard-4' }, containerSpec: { imageUri: 'gcr.io/p/t:1' } },
          ],
          scheduling: { timeout: '3600s' },
        },
      });
      new VertexAiCustomJob(stack, 'noLocation', { displayName: 'x', jobSpec: { workerPoolSpecs: [{ replicaCount: 1, machineSpec: { machineType: 'n1-standard-4' }, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] } });
    } });

    // WHEN
    const read = readSynthesized(out);

    // THEN
    expect(read.jobs).toEqual([]);
    expect(read.customJobs.map((job) => job.resource)).toEqual(['vision/google_vertex_ai_custom_job.noLocation', 'vision/google_vertex_ai_custom_job.train']);
    const [noLocation, train] = read.customJobs;
    expect(train).toMatchObject({ stack: 'vision', address: 'google_vertex_ai_custom_job.train', constructPath: 'vision/train', project: 'my-ml-project', region: 'europe-west4', strings: 'terraform', unknownFields: [] });
    expect(train.customJob).toEqual({
      displayName: 'train-resnet',
      labels: { team: 'vision' },
      jobSpec: {
        workerPoolSpecs: [
          { replicaCount: 1, machineSpec: { machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 1 }, containerSpec: { imageUri: 'gcr.io/p/t:1', args: ['--epochs=$${EPOCHS}'] } },
          {},
          { replicaCount: 2, machineSpec: { machineType: 'n1-standard-4' }, containerSpec: { imageUri: 'gcr.io/p/t:1' } },
        ],
        scheduling: { timeout: '3600s' },
      },
    });
    expect(train.location).toMatchObject({ pointer: '/resource/google_vertex_ai_custom_job/train' });
    // No location argument and no provider region: unknown, not guessed
    expect(noLocation.region).toBeUndefined();
  });

  test('the provider the resource names gives its project and region; the default google provider fills the rest', () => {
    const file = writeFile(tempDir(), 'cdk.tf.json', {
      '//': { metadata: { stackName: 'vision' } },
      provider: { google: [{ project: 'default-project', region: 'us-central1' }], mljobs: [{ region: 'europe-west4' }] },
      resource: { google_vertex_ai_custom_job: {
        a: { display_name: 'a', job_spec: [{ worker_pool_specs: [{}] }], provider: 'mljobs' },
        b: { display_name: 'b', job_spec: [{ worker_pool_specs: [{}] }] },
      } },
    });
    const [a, b] = readSynthesized(file).customJobs;
    expect([a.project, a.region, b.project, b.region]).toEqual(['default-project', 'europe-west4', 'default-project', 'us-central1']);
  });

  test('a custom job of a Terraform plan JSON: planned values, literal strings', () => {
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'google_vertex_ai_custom_job.t', mode: 'managed', type: 'google_vertex_ai_custom_job', name: 't', values: { display_name: 'a-${b}', location: 'us-central1' } }] } },
    };
    const [t] = readSynthesized(writeFile(tempDir(), 'plan.json', plan)).customJobs;
    expect(t).toMatchObject({ address: 'google_vertex_ai_custom_job.t', strings: 'literal', region: 'us-central1', customJob: { displayName: 'a-${b}' } });
  });
});

describe('readSynthesized: a Terraform plan JSON', () => {
  test('planned values of the root and child modules; strings are literal (Terraform evaluated them)', () => {
    const file = writeFile(tempDir(), 'prod.json', {
      format_version: '1.2',
      planned_values: { root_module: {
        resources: [
          { address: 'google_ml_engine_job.a', mode: 'managed', type: 'google_ml_engine_job', name: 'a', values: { ...TRAINING, job_id: 'a_1' } },
          { address: 'data.google_ml_engine_job.x', mode: 'data', type: 'google_ml_engine_job', name: 'x', values: TRAINING },
        ],
        child_modules: [{ address: 'module.ml', resources: [
          { address: 'module.ml.google_ml_engine_job.b', mode: 'managed', type: 'google_ml_engine_job', name: 'b', values: { ...TRAINING, job_id: 'b_1' } },
        ] }],
      } },
    });

    const read = readSynthesized(file);

    expect(read.stacks).toEqual(['prod']);
    expect(read.jobs.map((job) => [job.address, job.job.jobId, job.strings])).toEqual([
      ['google_ml_engine_job.a', 'a_1', 'literal'],
      ['module.ml.google_ml_engine_job.b', 'b_1', 'literal'],
    ]);
    expect(read.jobs[1].location).toEqual({ file, pointer: '/planned_values/root_module/child_modules/0/resources/0' });
  });
});

describe('readSynthesized: bad input is one InputFileError', () => {
  test.each([
    ['a missing file', (dir: string) => path.join(dir, 'nope.json'), /nope\.json: no such file or directory/],
    ['JSON that is not Terraform', (dir: string) => writeFile(dir, 'x.json', { hello: 1 }), /x\.json: not synthesized Terraform JSON/],
    ['a directory without stacks', (dir: string) => dir, /no stacks here: expected a cdktf output directory/],
    ['a manifest without stacks', (dir: string) => (writeFile(dir, 'manifest.json', { stacks: {} }), dir), /manifest\.json: stacks: the manifest lists no stacks; run `cdktf synth` first/],
    ['a job that is not an object', (dir: string) => writeFile(dir, 'cdk.tf.json', { resource: { google_ml_engine_job: { j: 3 } } }), /cdk\.tf\.json: resource\.google_ml_engine_job\.j: expected an object/],
  ])('%s', (_name, make, message) => {
    const input = make(tempDir());
    expect(() => readSynthesized(input)).toThrow(InputFileError);
    expect(() => readSynthesized(input)).toThrow(message);
  });
});

describe('readSynthesized: size limits', () => {
  test('a job past a size limit is refused, naming its resource and field', () => {
    const file = writeFile(tempDir(), 'cdk.tf.json', stackConfig('s', { census: { ...TRAINING, labels: { note: 'x'.repeat(MAX_STRING_LENGTH + 1) } } }));
    expect(() => readSynthesized(file)).toThrow(/cdk\.tf\.json: resource\.google_ml_engine_job\.census\.labels\.note: a string of 131,073 characters/);
  });

  test('a large value outside the jobs does not stop them from being read (the per-job check decides)', () => {
    const config = stackConfig('s', { census: TRAINING }) as { resource: Record<string, unknown> };
    config.resource.local_file = { big: { content: 'x'.repeat(MAX_STRING_LENGTH + 1) } };
    expect(readSynthesized(writeFile(tempDir(), 'cdk.tf.json', config)).jobs.map((job) => job.address)).toEqual(['google_ml_engine_job.census']);
  });
});

