import * as path from 'path';
import { generateTypeScript } from '../../src/import/generate-typescript';
import { parseHclJobs, readHclJobs } from '../../src/read/read-hcl-jobs';
import { FIXTURES, TODAY } from '../import/fixture-jobs';
import { expectRoundTrip, synthGenerated } from '../import/generated-code';

const IMPORT_FIXTURES = path.join(FIXTURES, 'import');
const fixture = (name: string): string => path.join(IMPORT_FIXTURES, name);

describe('readHclJobs', () => {
  test('maps each google_ml_engine_job through the Terraform mapping to the API job', async () => {
    // WHEN
    const jobs = await readHclJobs(fixture('seed-examples.tf'));

    // THEN (in resource-name order)
    expect(jobs.map((j) => [j.address, j.job.jobId, j.completeness])).toEqual([
      ['google_ml_engine_job.container', 'ml_job_container', 'complete'],
      ['google_ml_engine_job.tensor', 'ml_job_tesnor', 'complete'],
      ['google_ml_engine_job.training', 'ml_job_training', 'complete'],
    ]);
    expect(jobs[0].job).toEqual({
      jobId: 'ml_job_container',
      trainingInput: {
        args: ['--model-dir=gs://aiptrainingbucket/pytorch_model_test4AIP20191105_143006', '--epochs=10'],
        masterConfig: { imageUri: 'gcr.io/test-proj-234209/mnist_pytorch_custom_container:mnist_pytorch_cpu' },
        region: 'us-east1',
      },
    });
    expect(jobs[2].location).toBe(`${fixture('seed-examples.tf')}#google_ml_engine_job.training`);
    expect(jobs.map((j) => ({ unknownFields: j.unknownFields, references: j.references, warnings: j.warnings }))).toEqual(jobs.map(() => ({ unknownFields: [], references: [], warnings: [] })));
  });

  test('references stay ${…} strings and are listed; unknown fields and meta-arguments are reported', async () => {
    // WHEN
    const [tuning, scoring] = await readHclJobs(fixture('tuning-with-references.tf'));

    // THEN
    expect(tuning.job.trainingInput!.region).toBe('${var.region}');
    expect(tuning.references).toEqual([
      { path: 'trainingInput.packageUris.0', value: '${google_storage_bucket.staging.url}/trainer-0.2.tar.gz' },
      { path: 'trainingInput.region', value: '${var.region}' },
    ]);
    // `$${HOME}` is HCL's escape of a literal `${HOME}`, not a reference; it stays escaped in the Terraform string
    expect(tuning.job.trainingInput!.args).toEqual(['--epochs=20', '--literal=$${HOME}']);
    expect(tuning.unknownFields).toEqual(['training_input.preemptible']);
    expect(tuning.warnings).toEqual(['lifecycle: lifecycle is not part of the job; left out (add it back with an escape hatch if you need it)']);
    expect(tuning.project).toBe('census-ml-prod');
    expect(tuning.timeouts).toEqual({ create: '10m' });
    expect(tuning.job.trainingInput!.hyperparameters!.params).toHaveLength(2);
    expect(scoring.job.predictionInput).toMatchObject({ dataFormat: 'JSON', maxWorkerCount: 10 });
  });

  test('the HCL fixture round-trips through generated code, references flagged in it', async () => {
    // GIVEN
    const jobs = await readHclJobs(fixture('tuning-with-references.tf'));

    // WHEN
    const generated = generateTypeScript(jobs, { today: TODAY });

    // THEN
    const code = generated.code;
    expect(code).toContain('region: \'${var.region}\',');
    expect(code).toMatch(/^\/\/ {3}- Terraform reference, kept as a string: trainingInput\.region = \$\{var\.region\}$/m);
    expect(code).toMatch(/^\/\/ {3}- unknown field, left out: training_input\.preemptible$/m);
    expect(code).toMatch(/^ {4}\/\/ TODO: 2 Terraform references are kept as "\$\{…\}" strings/m);
    expect(code).toContain('project: \'census-ml-prod\',');
    expect(code).toContain('censusTuning_20240310.resource.addOverride(\'timeouts\', { create: \'10m\' });');
    expect(code).toContain('censusTuning_20240310.resource.importFrom(jobImportId(\'census-ml-prod\', \'census_tuning_20240310\'));');
    expect(code).toContain('Hyperparameter.double(\'learning_rate\', 0.0001, 0.1, ScaleType.LOG)');
    expect(code).toContain('encryptionKey: EncryptionKey.fromKeyName(');
    expect(code).toContain('maxRunningTime: Duration.hours(4)');
    expectRoundTrip(jobs, synthGenerated(generated));
  });

  test('reads Terraform JSON (cdk.tf.json) the same way', async () => {
    const json = JSON.stringify({
      resource: { google_ml_engine_job: { census: { job_id: 'census', training_input: { region: 'us-central1', scale_tier: 'BASIC', '//': 'x' }, depends_on: ['x'] } } },
    });
    const [job] = await parseHclJobs(json, 'cdk.tf.json');
    expect(job.job).toEqual({ jobId: 'census', trainingInput: { region: 'us-central1', scaleTier: 'BASIC' } });
    expect(job.warnings).toEqual(['depends_on: depends_on is not part of the job; left out']);
    expect(job.unknownFields).toEqual(['training_input.//']);
  });

  test('dynamic blocks, non-string projects and a file without jobs', async () => {
    const text = [
      'resource "google_ml_engine_job" "tuning" {',
      '  job_id  = "tuning"',
      '  project = 42',
      '  count   = 2',
      '  training_input {',
      '    region = "us-central1"',
      '    dynamic "master_config" {',
      '      for_each = [1]',
      '      content { image_uri = "gcr.io/p/i:1" }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const [job] = await parseHclJobs(text, 'main.tf');
    expect(job.unknownFields).toEqual(['training_input.dynamic (dynamic blocks cannot be imported; write the blocks out)', 'project (not a string)']);
    expect(job.warnings).toEqual(['count: count makes one block stand for several jobs; it was read as one']);
    expect(await parseHclJobs('resource "google_storage_bucket" "b" { name = "b" }\n', 'main.tf')).toEqual([]);
  });

  test('the seed\'s typos are one-line errors naming file, line and column', async () => {
    await expect(readHclJobs(fixture('seed-typo-brace.tf'))).rejects.toThrow(
      new RegExp(`^${escapeRegExp(fixture('seed-typo-brace.tf'))}:1:45: invalid HCL: [^\\n]+$`),
    );
    await expect(readHclJobs(fixture('seed-typo-quotes.tf'))).rejects.toThrow(
      new RegExp(`^${escapeRegExp(fixture('seed-typo-quotes.tf'))}:6:\\d+: invalid HCL: [^\\n]+$`),
    );
  });

  test('structural problems name the resource', async () => {
    const twice = 'resource "google_ml_engine_job" "a" { job_id = "a" }\nresource "google_ml_engine_job" "a" { job_id = "b" }\n';
    await expect(parseHclJobs(twice, 'main.tf')).rejects.toThrow('main.tf: google_ml_engine_job.a: declared 2 times; a resource name must be unique');
    await expect(readHclJobs(fixture('missing.tf'))).rejects.toThrow(`${fixture('missing.tf')}: no such file`);
    await expect(parseHclJobs('{', 'cdk.tf.json')).rejects.toThrow(/^cdk\.tf\.json:1:2: invalid JSON: /);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
