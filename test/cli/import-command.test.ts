import * as fs from 'fs';
import * as path from 'path';
import { MachineType, MlEngineTrainingJob, ScaleTier, TrainingCode } from '../../src';
import { parseGcloudTrainingArgv } from '../../src/import/gcloud-training-argv';
import { applyGcloudTrainingFlags } from '../../src/import/gcloud-training-flags';
import { GeneratedTypeScript, ImportedJob } from '../../src/import/generate-typescript';
import { prepareJob } from '../../src/read/prepare-job';
import { readHclJobs } from '../../src/read/read-hcl-jobs';
import { readJobFile } from '../../src/read/read-job-file';
import { FIXTURES, TODAY, VALID_JOBS } from '../import/fixture-jobs';
import { expectCustomJobRoundTrip, expectRoundTrip, synthGenerated } from '../import/generated-code';
import { typeCheck } from '../import/type-check';
import { CliRun, expectOneLineError, mljob, synthApp, tempDir, writeFile } from '../plan/plan-test-helpers';

const valid = (name: string): string => path.join(VALID_JOBS, name);
const SEEDS_TF = path.join(FIXTURES, 'import', 'seed-examples.tf');
const CONFIG_YAML = valid('basic-census-config.yaml');

/** A gcloud command as the shell splits it, completing the census `--config` file. */
const censusCommand = (jobId: string): string[] => [
  'gcloud', 'ai-platform', 'jobs', 'submit', 'training', jobId, '--region=us-central1', `--config=${CONFIG_YAML}`,
  '--module-name=trainer.task', '--packages=gs://census-ml-demo/packages/trainer-0.1.tar.gz', '--project', 'census-ml-prod', '--async',
];
/** A command without a `--config` file: every field from flags, the job's own arguments after its `--`. */
const FLAGS_ONLY = [
  'gcloud', 'beta', 'ai-platform', 'jobs', 'submit', 'training', 'flags_only', '--region=us-central1', '--scale-tier=custom',
  '--master-machine-type=n1-standard-8', '--master-image-uri=gcr.io/my-ml-project/trainer:2', '--labels=team=ml,env=dev',
  '--', '--epochs=10', 'gcloud',
];

/** The job a gcloud command submits, as the library reads it: the expectation of the round trip. */
function commandJob(words: string[]): ImportedJob {
  const command = parseGcloudTrainingArgv(words);
  const fileJob = command.configFile === undefined ? undefined : readJobFile(command.configFile)[0].job;
  return { job: applyGcloudTrainingFlags(fileJob, command.flags).job, location: 'gcloud', ...(command.project ? { project: command.project } : {}) };
}

/** Runs `mljob import … --out <temp>/stack.ts` and returns the run and the file it wrote. */
async function importToFile(args: string[], gcloud: string[][] = []): Promise<{ run: CliRun; generated: GeneratedTypeScript; file: string }> {
  const file = path.join(tempDir('mljob-import-'), 'stack.ts');
  const run = await mljob('import', ...args, '--out', file, '--today', TODAY, ...(gcloud.length ? ['--', ...gcloud.flat()] : []));
  expect({ code: run.code, stderr: run.stderr.split('\n').filter((l) => !l.startsWith('mljob: warning: ')).join('\n') }).toEqual({ code: 0, stderr: '' });
  const code = fs.readFileSync(file, 'utf8');
  const className = /^export class (\w+) extends TerraformStack \{$/m.exec(code)![1];
  expect(run.stdout).toMatch(/^Wrote .*stack\.ts: \d+ jobs? in the stack class \w+\.\n$/);
  return { run, file, generated: { code, className, propsInterfaceName: `${className}Props`, warnings: [] } };
}


describe('mljob import: each input kind, end to end', () => {
  test('a REST create body (.json): the written file synthesizes the same job', async () => {
    const { generated } = await importToFile([valid('rest-create-custom-legacy.json')]);
    expect(generated.code).toContain('.resource.importFrom(jobImportId(project, ');
    expectRoundTrip(readJobFile(valid('rest-create-custom-legacy.json')), synthGenerated(generated));
  });

  test('a REST list response, a JSON array and describe YAML: every job, output-only fields in the header only', async () => {
    // GIVEN a JSON array of two real fixtures (a training and a batch prediction body)
    const array = writeFile(tempDir(), 'jobs-array.json', JSON.stringify([
      readJobFile(valid('custom-container-seed-us-east1.json'))[0].job,
      readJobFile(valid('batch-predict-model-rest.json'))[0].job,
    ], null, 2));
    const inputs = [valid('jobs-list-response.json'), array, valid('hptuning-all-types-describe.yaml'), valid('batch-predict-model-dir-describe.yaml')];

    // WHEN
    const { generated } = await importToFile(inputs);

    // THEN one stack, jobs in input order, each giving back its input fields
    const expected = inputs.flatMap((file) => readJobFile(file));
    expect(expected).toHaveLength(6);
    const ids = [...generated.code.matchAll(/^ {6}jobId: '([^']+)',$/gm)].map((m) => m[1]);
    expect(ids).toEqual(expected.map((j) => j.job.jobId));
    expect(generated.code).toMatch(/^\/\/ {3}- output only: state = SUCCEEDED$/m);
    expect(generated.code).toContain('new BatchPredictionJob(this, ');
    expectRoundTrip(expected, synthGenerated(generated));
  });

  test('a gcloud --config file with its gcloud commands after --: one job per command, flags win', async () => {
    // GIVEN the config file listed once, two commands that submit it under two ids, and a command without a file
    const commands = [censusCommand('census_basic_1'), censusCommand('census_basic_2'), FLAGS_ONLY];

    // WHEN
    const { run, generated } = await importToFile([valid('seed-terraform-sklearn-basic.json'), CONFIG_YAML], commands);

    // THEN the jobs at the file's place, then the command without a file; --project becomes the job's project
    const expected = [...readJobFile(valid('seed-terraform-sklearn-basic.json')), ...commands.map(commandJob)];
    expect([...generated.code.matchAll(/^ {6}jobId: '([^']+)',$/gm)].map((m) => m[1]))
      .toEqual([expected[0].job.jobId, 'census_basic_1', 'census_basic_2', 'flags_only']);
    // named relative to the working directory: no absolute path of this machine in generated code (nor a line wrapped by a long one)
    expect(generated.code).toContain(`// census_basic_1, from ${path.relative(process.cwd(), CONFIG_YAML)} + gcloud command line`);
    expect(generated.code).not.toContain(process.cwd());
    expect(generated.code).toContain('.resource.importFrom(jobImportId(\'census-ml-prod\', \'census_basic_1\'));');
    expect(expected[3].job.trainingInput!.args).toEqual(['--epochs=10', 'gcloud']); // the job's own `gcloud` argument
    expect(run.stderr).toBe('');
    expectRoundTrip(expected, synthGenerated(generated));
  });

  test('gcloud batch prediction commands: the job gcloud submits, models named in the project (--project, or mljob import --project)', async () => {
    // GIVEN the commands of two public scripts (GoogleCloudPlatform/training-data-analyst predict-batch-cmle.sh; a
    // --model-dir one), as the shell splits them
    const byVersion = ['gcloud', 'ml-engine', 'jobs', 'submit', 'prediction', 'batch_pred_1', '--model', 'flights', '--version', 'v1',
      '--input-paths', 'gs://my-bucket/flights/batch/input*', '--output-path', 'gs://my-bucket/flights/batch/output/',
      '--region', 'us-central1', '--data-format', 'tf-record-gzip', '--max-worker-count', '8', '--labels', 'team=ml'];
    const byDir = ['gcloud', 'ai-platform', 'jobs', 'submit', 'prediction', 'batch_pred_2', '--model-dir=gs://my-bucket/export/1614',
      '--input-paths=gs://my-bucket/in/*.json', '--output-path=gs://my-bucket/out/', '--region=europe-west1', '--data-format=text',
      '--runtime-version=2.11', '--batch-size=32', '--project=other-project'];

    // WHEN imported with a default project for the stack and for gcloud's short model names
    const file = path.join(tempDir('mljob-import-'), 'stack.ts');
    const run = await mljob('import', '--project', 'ml-prod', '--out', file, '--today', TODAY, '--', ...byVersion, ...byDir);

    // THEN both synthesize as the bodies gcloud sends
    expect(run.code).toBe(0);
    const code = fs.readFileSync(file, 'utf8');
    expect(code).toContain("PredictionModel.fromVersionName('projects/ml-prod/models/flights/versions/v1')");
    expect(code).toContain(".resource.importFrom(jobImportId('other-project', 'batch_pred_2'));");
    const generated = { code, className: 'ImportedJobsStack', propsInterfaceName: 'ImportedJobsStackProps', warnings: [] };
    expectRoundTrip([
      { job: { jobId: 'batch_pred_1', labels: { team: 'ml' }, predictionInput: { dataFormat: 'TF_RECORD_GZIP', inputPaths: ['gs://my-bucket/flights/batch/input*'], outputPath: 'gs://my-bucket/flights/batch/output/', region: 'us-central1', versionName: 'projects/ml-prod/models/flights/versions/v1', maxWorkerCount: 8 } }, location: 'gcloud' },
      { job: { jobId: 'batch_pred_2', predictionInput: { dataFormat: 'TEXT', inputPaths: ['gs://my-bucket/in/*.json'], outputPath: 'gs://my-bucket/out/', region: 'europe-west1', uri: 'gs://my-bucket/export/1614', runtimeVersion: '2.11', batchSize: 32 } }, location: 'gcloud', project: 'other-project' },
    ], synthGenerated(generated, { project: 'ml-prod' }), 'ml-prod');

    // A short model name without any project cannot be named: one line, exit 2
    expectOneLineError(await mljob('import', '--', ...byVersion), /--model: gcloud names the model in its configured project; pass --project/);
  });

  test('a gcloud --config file without its command: a partial job, what the command line supplies as info comments', async () => {
    // WHEN
    const { run, generated } = await importToFile([CONFIG_YAML]);

    // THEN the L1 (no region), its construct id as job id, no import block, and a TODO for the id
    expect(generated.code).toContain('// TODO: the input has no jobId; give the id of the existing job to adopt it.');
    expect(generated.code).toMatch(/^ {4}\/\/ MLJ-REGION-001 \(info\) trainingInput\.region: [^]*?\(--region\)\.$/m);
    expect(generated.code).toMatch(/^ {4}\/\/ MLJ-JOB-001 \(info\) jobId: /m);
    expect(run.stderr).toBe(`mljob: warning: ${path.relative(process.cwd(), CONFIG_YAML)}: uses the L1 MlEngineJob: trainingInput.region is not set (or not a string); the L2 requires a region\n`);
    const synthesized = synthGenerated(generated);
    expect(synthesized.config.import).toBeUndefined();
    expect([...synthesized.jobs.values()].map((j) => j.job)).toEqual([{ ...prepareJob(readJobFile(CONFIG_YAML)[0].job, 'literal').input, jobId: 'job_1' }]);
  });

  test('Terraform HCL (.tf): the seed examples; a finding of the rules is a comment and a synth error', async () => {
    const { run, generated } = await importToFile([SEEDS_TF], []);
    expect(run.stderr).toBe('');
    expect(generated.code).toMatch(/^ {4}\/\/ MLJ-CODE-006 \(error\) trainingInput\.pythonVersion: /m);
    expectRoundTrip(await readHclJobs(SEEDS_TF), synthGenerated(generated, undefined, [/\[imported\/ml_job_tesnor\] MLJ-CODE-006 /]));
  });

  test('Terraform JSON: a synthesized cdk.tf.json and a .tf.json, with --class-name and --project', async () => {
    // GIVEN two real synthesized stacks with L2 jobs; the second stack's file renamed as a user's .tf.json
    const outdir = synthApp({
      trainers: (stack) => new MlEngineTrainingJob(stack, 'census', {
        jobId: 'census_from_cdktf',
        region: 'us-central1',
        scaleTier: ScaleTier.CUSTOM,
        code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:3', args: ['--epochs=5'] }),
        master: { machineType: MachineType.N1_STANDARD_8 },
        labels: { team: 'ml' },
      }),
      basic: (stack) => new MlEngineTrainingJob(stack, 'basic', {
        region: 'europe-west4',
        code: TrainingCode.pythonPackage({ packageUris: ['gs://my-ml-bucket/t-0.1.tar.gz'], pythonModule: 'trainer.task', runtimeVersion: '2.11', pythonVersion: '3.7' }),
      }),
    });
    const cdkTfJson = path.join(outdir, 'stacks', 'trainers', 'cdk.tf.json');
    const tfJson = path.join(tempDir(), 'basic.tf.json');
    fs.copyFileSync(path.join(outdir, 'stacks', 'basic', 'cdk.tf.json'), tfJson);

    // WHEN
    const { generated } = await importToFile([cdkTfJson, tfJson, '--class-name', 'Census Jobs', '--project', 'census-ml-prod']);

    // THEN the stack's project has a default, and both jobs come back (the derived id kept as it was synthesized)
    expect(generated.className).toBe('CensusJobs');
    expect(generated.code).toContain('const project = props.project ?? \'census-ml-prod\';');
    const expected = [...await readHclJobs(cdkTfJson), ...await readHclJobs(tfJson)];
    expect(expected.map((j) => j.job.jobId)).toEqual(['census_from_cdktf', expect.stringMatching(/^basic_[0-9a-f]{8}$/)]);
    expectRoundTrip(expected, synthGenerated(generated, {}), 'census-ml-prod');
  });

  test('every kind in one file type-checks against the library', async () => {
    const { generated } = await importToFile(
      [valid('jobs-list-response.json'), valid('batch-predict-model-dir-describe.yaml'), CONFIG_YAML, SEEDS_TF, '--project', 'p'],
      [censusCommand('census_basic_1'), FLAGS_ONLY],
    );
    expect(typeCheck({ 'imported.ts': generated.code })).toEqual([]);
  });
});

describe('mljob import: Vertex AI custom jobs', () => {
  const VERTEX = path.join(FIXTURES, 'vertex');

  test('describe, list and REST files and a gcloud script, told by content: VertexCustomJob code that synthesizes the same jobs', async () => {
    // WHEN
    const { run, generated } = await importToFile(['describe.json', 'rest-list.json', 'rest-body.json', 'create.sh'].map((f) => path.join(VERTEX, f)).concat('--project', 'my-ml-project'));

    // THEN
    expect(run.stdout).toContain(': 5 jobs in the stack class ImportedJobsStack.');
    expect(generated.code).toContain("new VertexCustomJob(this, 'train_bert', {");
    expect(generated.code).toContain("customJobImportId(project, 'europe-west4', '111')");
    const synthesized = synthGenerated(generated, { project: 'my-ml-project' });
    expect(synthesized.customJobs.size).toBe(5);
    expect([...synthesized.customJobs.values()].map((job) => job.customJob.displayName).sort()).toEqual(['nightly-eval', 'nightly-eval', 'train resnet', 'train-bert', 'train-resnet']);
  });

  test('scheduling strategy and max wait, reserved IP ranges, Tensorboard and Experiment (REST, gcloud --config and describe JSON) become L2 props, not escape hatches, and synthesize back', async () => {
    // GIVEN a REST body, a gcloud --config file and a describe response that use the fields
    const experiment = 'projects/123456789012/locations/us-central1/metadataStores/default/contexts/spot-exp';
    const describe = writeFile(tempDir(), 'describe.json', {
      name: 'projects/p/locations/us-central1/customJobs/4242', displayName: 'spot-run', state: 'JOB_STATE_RUNNING', createTime: '2026-12-01T10:00:00Z',
      jobSpec: {
        workerPoolSpecs: [{ machineSpec: { machineType: 'g2-standard-8', acceleratorType: 'NVIDIA_L4', acceleratorCount: 1 }, replicaCount: '1', containerSpec: { imageUri: 'gcr.io/p/t:1' } }],
        scheduling: { strategy: 'SPOT' }, network: 'projects/123456789012/global/networks/ml-vpc', reservedIpRanges: ['vertex-ai-ip-range', 'vertex-ai-ip-range-2'],
        serviceAccount: 'trainer@p.iam.gserviceaccount.com', tensorboard: 'projects/123456789012/locations/us-central1/tensorboards/9', experiment, experimentRun: `${experiment}-r1`,
      },
    });
    const rest = path.join(VERTEX, 'real', 'rest', 'vpc-cmek-service-account-labels.json');
    const gcloud = path.join(VERTEX, 'real', 'gcloud', 'dws-flex-start.yaml');

    // WHEN imported
    const { generated } = await importToFile([rest, gcloud, describe, '--project', 'p']);

    // THEN the L2 props hold every field; nothing is left to an escape hatch
    expect(generated.code).not.toContain('addOverride');
    expect(generated.code).toContain('scheduling: { strategy: SchedulingStrategy.FLEX_START, maxWaitDuration: Duration.minutes(30) },');
    expect(generated.code).toContain('scheduling: { strategy: SchedulingStrategy.SPOT },');
    expect(generated.code).toContain("reservedIpRanges: ['vertex-ai-ip-range', 'vertex-ai-ip-range-2'],");
    const synthesized = synthGenerated(generated, { project: 'p' });
    const byName = Object.fromEntries([...synthesized.customJobs.values()].map((job) => [job.customJob.displayName, job]));
    const restSpec = JSON.parse(fs.readFileSync(rest, 'utf8')).jobSpec;
    expect(byName['fraud-model-nightly'].customJob.jobSpec).toMatchObject({
      reservedIpRanges: restSpec.reservedIpRanges, tensorboard: restSpec.tensorboard, experiment: restSpec.experiment, experimentRun: restSpec.experimentRun,
    });
    expect(byName.job_2.customJob.jobSpec.scheduling).toEqual({ strategy: 'FLEX_START', maxWaitDuration: '1800s' });
    expect(byName['spot-run'].customJob.jobSpec).toMatchObject({ scheduling: { strategy: 'SPOT' }, reservedIpRanges: ['vertex-ai-ip-range', 'vertex-ai-ip-range-2'], experimentRun: `${experiment}-r1` });
    for (const job of synthesized.customJobs.values()) expect(job.unknownFields).toEqual([]);
  });

  test('disableRetries, enableDashboardAccess, persistentResourceId, pscInterfaceConfig and nfsMounts (a describe response) become L2 props: the file type-checks, synthesizes back and imports the job', async () => {
    // GIVEN a running job as `gcloud ai custom-jobs describe --format=json` shows it, with the five fields
    const customJob = {
      name: 'projects/p/locations/us-central1/customJobs/5151', displayName: 'five-fields', state: 'JOB_STATE_RUNNING', createTime: '2026-12-01T10:00:00Z',
      jobSpec: {
        workerPoolSpecs: [
          { machineSpec: { machineType: 'a2-highgpu-1g', acceleratorType: 'NVIDIA_TESLA_A100', acceleratorCount: 1 }, replicaCount: '1', containerSpec: { imageUri: 'gcr.io/p/t:1' },
            nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' }] },
        ],
        scheduling: { disableRetries: true },
        enableDashboardAccess: true,
        persistentResourceId: 'a100-pool-1',
        pscInterfaceConfig: { networkAttachment: 'vertex-attach', dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }] },
      },
    };
    const describe = writeFile(tempDir(), 'five.json', customJob);

    // WHEN imported
    const { run, generated } = await importToFile([describe, '--project', 'p']);

    // THEN nothing is left out or left to an escape hatch, and the job comes back from synth with an import block
    expect(run.stderr).not.toContain('left out');
    expect(generated.code).not.toContain('addOverride');
    expect(generated.code).toContain("persistentResourceId: 'a100-pool-1',");
    expect(generated.code).toContain("nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' }],");
    expect(typeCheck({ 'five.ts': generated.code })).toEqual([]);
    expectCustomJobRoundTrip([{ customJob: customJob as never, location: describe }], synthGenerated(generated, { project: 'p' }), 'p');
  });

  test('--catalog: the rule findings in the comments read the file\'s facts (a machine family the built-in catalog does not list)', async () => {
    // GIVEN a custom job on n2d-standard-8 and a catalog file that lists the n2d family
    const dir = tempDir();
    const body = writeFile(dir, 'n2d.json', { displayName: 'n2d', jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n2d-standard-8' }, replicaCount: '1', containerSpec: { imageUri: 'gcr.io/p/t:1' } }] } });
    const catalog = writeFile(dir, 'facts.yaml', 'vertex:\n  machineFamilies:\n    - { prefix: n2d, accelerators: none }\n');

    // WHEN imported without and with the file
    const builtIn = await mljob('import', body, '--project', 'p', '--today', TODAY);
    const overridden = await mljob('import', body, '--project', 'p', '--today', TODAY, '--catalog', catalog);

    // THEN only the built-in catalog warns about the family
    expect(builtIn.stdout).toMatch(/MLJ-VERTEX-004/);
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toContain("ComputeMachineType.of('n2d-standard-8')");
    expect(overridden.stdout).not.toMatch(/MLJ-VERTEX-004/);
  });

  test('gcloud ai custom-jobs create after --: a --config file completed by its command, and a command of flags only', async () => {
    const config = path.join(VERTEX, 'distributed-config.yaml');
    const withConfig = ['gcloud', 'ai', 'custom-jobs', 'create', '--region=europe-west4', '--display-name=dist', `--config=${config}`, '--labels=team=ml'];
    const flagsOnly = ['gcloud', 'beta', 'ai', 'custom-jobs', 'create', '--region', 'us-central1', '--display-name', 'flags', '--project=other-project',
      '--worker-pool-spec=machine-type=n1-standard-8,accelerator-type=NVIDIA_TESLA_T4,container-image-uri=gcr.io/p/t:1', '--args=--epochs=3'];

    const { generated } = await importToFile([config], [withConfig, flagsOnly]);

    const synthesized = synthGenerated(generated);
    const byName = Object.fromEntries([...synthesized.customJobs.values()].map((job) => [job.customJob.displayName, job]));
    expect(byName.dist.location).toBe('europe-west4');
    expect(byName.dist.customJob.labels).toEqual({ team: 'ml' });
    expect(byName.dist.customJob.jobSpec.workerPoolSpecs).toHaveLength(4);
    expect(byName.flags).toMatchObject({ location: 'us-central1', project: 'other-project' });
    expect(byName.flags.customJob.jobSpec.workerPoolSpecs[0].containerSpec).toEqual({ imageUri: 'gcr.io/p/t:1', args: ['--epochs=3'] });
  });

  test('a --config file alone is a partial job: its display name is the construct id, and the rules say what the command supplies', async () => {
    const { generated } = await importToFile([path.join(VERTEX, 'gcloud-help-config.yaml')]);
    expect(generated.code).toContain('TODO: the input has no displayName; the construct id is used as the display name.');
    expect(generated.code).toContain('MLJ-VERTEX-010 (info) displayName');
    const jobs = [{ customJob: { jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-highmem-2' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/ucaip-test/ucaip-training-test', args: ['port=8500'], command: ['start'] } }] } }, location: 'config' }];
    expectCustomJobRoundTrip(jobs as never, synthGenerated(generated));
  });

  test('bad input: one line, exit 2', async () => {
    expectOneLineError(await mljob('import', '--', 'gcloud', 'ai', 'custom-jobs', 'create', '--worker-pool-spec=machine-type=x,gpus=2'),
      /^mljob: \(command line\): --worker-pool-spec #1: unknown key "gpus"/);
    const notes = writeFile(tempDir(), 'notes.txt', 'just some notes\n');
    expectOneLineError(await mljob('import', notes), /notes\.txt: cannot tell the kind of input from its name/);
    const twice = path.join(VERTEX, 'describe.json');
    expectOneLineError(await mljob('import', twice, twice), /custom job "projects\/123456789012\/locations\/us-central1\/customJobs\/8265542474891771904" is also in/);
  });
});

describe('mljob import: output', () => {
  test('without --out or with --out -, the code is standard output and warnings are on standard error only', async () => {
    const plain = await mljob('import', CONFIG_YAML, '--today', TODAY);
    const dash = await mljob('import', CONFIG_YAML, '--today', TODAY, '--out', '-');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^\/\/ Generated by cdktf-gcp-ml-jobs \(mljob import\)/);
    expect(plain.stdout).not.toContain('mljob: warning');
    expect(plain.stderr).toMatch(/^(mljob: warning: [^\n]+\n)+$/);
    expect(dash).toEqual(plain);
  });

  test('--out DIR (existing, or ending in /) writes <class-name>.ts in it', async () => {
    const existing = tempDir();
    const created = path.join(tempDir(), 'new', 'src') + path.sep;

    const first = await mljob('import', SEEDS_TF, '--out', existing, '--today', TODAY);
    const second = await mljob('import', SEEDS_TF, '--out', created, '--class-name', 'MLJobsV2', '--today', TODAY);

    expect(first.code).toBe(0);
    expect(fs.readdirSync(existing)).toEqual(['imported-jobs-stack.ts']);
    expect(first.stdout).toBe(`Wrote ${path.join(existing, 'imported-jobs-stack.ts')}: 3 jobs in the stack class ImportedJobsStack.\n`);
    expect(second.code).toBe(0);
    expect(fs.readdirSync(created)).toEqual(['ml-jobs-v2.ts']);
    expect(fs.readFileSync(path.join(created, 'ml-jobs-v2.ts'), 'utf8')).toContain('export class MLJobsV2 extends TerraformStack {');
  });

  test('an existing file is refused without --force (exit 2, unchanged) and replaced with it', async () => {
    const file = writeFile(tempDir(), 'stack.ts', '// mine\n');

    const refused = await mljob('import', SEEDS_TF, '--out', file, '--today', TODAY);
    expectOneLineError(refused, /stack\.ts: the file exists; pass --force to overwrite it/);
    expect(fs.readFileSync(file, 'utf8')).toBe('// mine\n');

    const forced = await mljob('import', SEEDS_TF, '--out', file, '--today', TODAY, '--force');
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe((await mljob('import', SEEDS_TF, '--today', TODAY)).stdout);
  });

  test('hostile class names and job ids never put a file outside the output directory', async () => {
    // GIVEN a job whose id is a path, and a class name that is one
    const root = tempDir();
    const out = path.join(root, 'a', 'b');
    fs.mkdirSync(out, { recursive: true });
    const hostile = writeFile(root, 'hostile.json', { jobId: '../../evil', trainingInput: { region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/i:1' } } });

    // WHEN
    const run = await mljob('import', hostile, '--out', `${out}/`, '--class-name', '../../evil', '--today', TODAY);

    // THEN one file, in the directory, named from the sanitized class name; the id is only a string literal
    expect(run.code).toBe(0);
    expect(fs.readdirSync(out)).toEqual(['evil.ts']);
    expect(fs.readdirSync(root).sort()).toEqual(['a', 'hostile.json']);
    expect(fs.readdirSync(path.join(root, 'a'))).toEqual(['b']);
    const code = fs.readFileSync(path.join(out, 'evil.ts'), 'utf8');
    expect(code).toContain('jobId: \'../../evil\',');
    expect(code).toContain('export class Evil extends TerraformStack {');
  });

  test('the same input gives the same bytes', async () => {
    const args = [valid('jobs-list-response.json'), SEEDS_TF, '--today', TODAY, '--', ...censusCommand('census_basic_1')];
    expect((await mljob('import', ...args)).stdout).toBe((await mljob('import', ...args)).stdout);
  });
});

describe('mljob import: bad input is one line on standard error, exit 2', () => {
  test.each([
    ['a missing file', () => ['/no/such/jobs.json'], /^mljob: \/no\/such\/jobs\.json: no such file$/m],
    ['malformed JSON, with line and column', () => [writeFile(tempDir(), 'job.json', '{\n  "jobId": "a"\n  "trainingInput": {}\n}\n')], /job\.json:3:3: invalid JSON: /],
    ['malformed YAML, with line and column', () => [writeFile(tempDir(), 'config.yaml', 'trainingInput:\n  region: [us-central1\n')], /config\.yaml:\d+:\d+: invalid YAML: /],
    ['an HCL syntax error', () => [path.join(FIXTURES, 'import', 'seed-typo-brace.tf')], /seed-typo-brace\.tf:1:\d+: invalid HCL: /],
    ['an input of unknown kind', () => [writeFile(tempDir(), 'jobs.txt', '{}')], /jobs\.txt: cannot tell the kind of input from its name/],
    ['no inputs', () => [], /give the job files, Terraform files or gcloud commands to import/],
    ['no jobs in the inputs', () => [writeFile(tempDir(), 'other.tf', 'resource "google_storage_bucket" "b" {\n  name = "b"\n}\n')], /no jobs in .*other\.tf; nothing to import/],
    ['a gcloud command that submits neither training nor prediction', () => ['--', 'gcloud', 'ai-platform', 'jobs', 'describe', 'p1'], /only `gcloud ai-platform jobs submit training\|prediction` and `gcloud ai custom-jobs create` commands can be imported/],
    ['a gcloud flag without its value', () => ['--', 'gcloud', 'ai-platform', 'jobs', 'submit', 'training', 'j', '--region'], /\(command line\): --region: the flag needs a value/],
    ['a --config file with several jobs', () => ['--', ...censusCommand('j').slice(0, 7), `--config=${valid('jobs-list-response.json')}`], /jobs-list-response\.json: a --config file holds one job; this one holds 2/],
    ['a bad --today', () => [CONFIG_YAML, '--today', 'tomorrow'], /--today: "tomorrow" is not a date/],
  ])('%s', async (_what, args, message) => {
    const run = await mljob('import', ...args());
    expectOneLineError(run, message);
  });
});
