import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import {
  Accelerator, BatchPredictionJob, ComputeMachineType, DataFormat, Duration, EncryptionKey, MachineType, MlEngineJob, MlEngineTrainingJob, PredictionModel,
  ScaleTier, SchedulingStrategy, TrainingCode, VertexAccelerator, VertexCustomJob, VertexTrainingCode,
} from '../../src';
import { prepareCustomJob } from '../../src/read/prepare-job';
import { readJobDocument } from '../../src/read/read-job-document';
import { parseGcloudTrainingArgv } from '../../src/import/gcloud-training-argv';
import { applyGcloudTrainingFlags } from '../../src/import/gcloud-training-flags';
import { prepareJob } from '../../src/read/prepare-job';
import { readJobFile } from '../../src/read/read-job-file';
import { mapStrings, unescapeTemplate } from '../../src/read/terraform-templates';
import { Job } from '../../src/model/job';
import { readSynthesized } from '../../src/plan/read-synthesized';
import { expectOneLineError, mljob, synthApp, tempDir, writeFile } from '../plan/plan-test-helpers';

function trainingStack(stack: TerraformStack): void {
  new MlEngineTrainingJob(stack, 'census', {
    jobId: 'census_train_1',
    region: 'us-central1',
    scaleTier: ScaleTier.BASIC,
    code: TrainingCode.pythonPackage({
      packageUris: ['gs://my-ml-bucket/census/trainer-0.1.tar.gz'],
      pythonModule: 'trainer.task',
      runtimeVersion: '2.11',
      pythonVersion: '3.7',
      args: ['--train-steps', '1000', 'it\'s a "quoted" arg', '--home=$${HOME}'],
    }),
    jobDir: 'gs://my-ml-bucket/census/output',
    labels: { team: 'ml', 'cost-center': 'cc-1234' },
  });
  new MlEngineTrainingJob(stack, 'container', {
    jobId: 'CensusContainer_2',
    region: 'europe-west4',
    code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:3', args: ['--epochs=5'] }),
    master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaT4(1) },
  });
}

function scoringStack(stack: TerraformStack): void {
  new BatchPredictionJob(stack, 'predict', {
    region: 'us-central1',
    model: PredictionModel.fromVersionName('projects/my-ml-project/models/census/versions/v1'),
    dataFormat: DataFormat.JSON,
    inputPaths: ['gs://my-ml-bucket/instances/*.json'],
    outputPath: 'gs://my-ml-bucket/predictions/',
  });
}

/** The input fields of every synthesized job, by stack and job id, as an export must give them back. */
function synthesizedInputs(outdir: string): Map<string, Job> {
  return new Map(readSynthesized(outdir).jobs.map((d) => [
    `${d.stack}/${String(d.job.jobId)}`,
    mapStrings(prepareJob(d.job, 'terraform').input, unescapeTemplate) as Job,
  ]));
}

/** Every file under `dir`, `/`-separated, sorted. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every file under `dir` with its bytes. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
}

/** The words a POSIX shell makes of a command line (the real /bin/sh, via printf). */
function shellWords(commandLine: string): string[] {
  return execFileSync('/bin/sh', ['-c', `printf '%s\\000' ${commandLine}`], { encoding: 'utf8' }).split('\0').slice(0, -1);
}

/** The `# file: <path>` sections of an export listed on standard output. */
function listedFiles(stdout: string): Record<string, string> {
  const parts = stdout.split(/^# file: (.+)\n/m);
  expect(parts[0]).toBe('');
  const files: Record<string, string> = {};
  for (let i = 1; i < parts.length; i += 2) files[parts[i]] = parts[i + 1];
  return files;
}


describe('mljob export', () => {
  const outdir = synthApp({ training: trainingStack, scoring: scoringStack });
  const predictId = readSynthesized(outdir).jobs.find((d) => d.stack === 'scoring')!.job.jobId!;

  test('rest-json: one create body per job, <stack>/<jobId>.json, read back by readJobFile as the same job', async () => {
    // WHEN
    const out = path.join(tempDir(), 'bodies');
    const run = await mljob('export', outdir, '--format', 'rest-json', '--out', out);

    // THEN
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const files = [`scoring/${predictId}.json`, 'training/CensusContainer_2.json', 'training/census_train_1.json'];
    expect(filesUnder(out)).toEqual(files);
    // in the order of the jobs: by stack, then Terraform address (census_… before container_…)
    const written = [files[0], files[2], files[1]];
    expect(run.stdout).toBe(written.map((f) => `${path.join(out, f)}\n`).join(''));
    const expected = synthesizedInputs(outdir);
    for (const file of files) {
      const [back] = readJobFile(path.join(out, file));
      expect(back.completeness).toBe('complete');
      expect(prepareJob(back.job, 'literal').input).toEqual(expected.get(`${file.split('/')[0]}/${String(back.job.jobId)}`));
    }
    // Terraform's escape is exported as the text it stands for
    expect(readJobFile(path.join(out, 'training/census_train_1.json'))[0].job.trainingInput!.args).toContain('--home=${HOME}');
  });

  test('gcloud-yaml: a --config file per training job and submit.sh; config plus command give back the job', async () => {
    // WHEN
    const out = tempDir();
    const run = await mljob('export', outdir, '--format', 'gcloud-yaml', '--out', out);

    // THEN the batch prediction job is skipped with one warning
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`mljob: warning: scoring/${readSynthesized(outdir).jobs.find((d) => d.stack === 'scoring')!.address}: batch prediction job ${predictId} skipped: `
      + 'gcloud has no --config file for batch prediction; export it with --format rest-json\n');
    expect(filesUnder(out)).toEqual(['submit.sh', 'training/CensusContainer_2.yaml', 'training/census_train_1.yaml']);
    const script = fs.readFileSync(path.join(out, 'submit.sh'), 'utf8');
    expect(script).toMatch(/^#!\/bin\/sh\n/);
    expect(script).toContain('\ncd "$(dirname "$0")"\n');
    expect(fs.statSync(path.join(out, 'submit.sh')).mode & 0o111).not.toBe(0);
    execFileSync('/bin/sh', ['-n', path.join(out, 'submit.sh')]); // valid shell

    // and each command, as the shell splits it, reads back (relative to the script) to the synthesized job
    const commands = script.split('\n').filter((line) => line.startsWith('gcloud '));
    expect(commands).toHaveLength(2);
    const expected = synthesizedInputs(outdir);
    for (const line of commands) {
      const command = parseGcloudTrainingArgv(shellWords(line));
      expect(command.warnings).toEqual([]);
      expect(command.project).toBe('my-ml-project');
      const [config] = readJobFile(path.join(out, command.configFile!));
      expect(config.completeness).toBe('partial');
      expect(applyGcloudTrainingFlags(config.job, command.flags).job).toEqual(expected.get(`training/${command.flags.jobId}`));
    }
    expect(commands).toContain('gcloud ai-platform jobs submit training census_train_1 --region=us-central1 --config=training/census_train_1.yaml --project=my-ml-project');
  });

  test('without --out, the files are listed on standard output, byte for byte the ones --out writes', async () => {
    for (const format of ['gcloud-yaml', 'rest-json']) {
      const out = tempDir();
      const listed = await mljob('export', outdir, '--format', format);
      expect((await mljob('export', outdir, '--format', format, '--out', out)).code).toBe(0);
      expect(listed.code).toBe(0);
      expect(listedFiles(listed.stdout)).toEqual(contents(out));
    }
  });

  test('determinism: two runs give the same files and bytes; --project sets the commands\' project', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await mljob('export', outdir, '--format', 'gcloud-yaml', '--out', a, '--project', 'other-project');
    await mljob('export', outdir, '--format', 'gcloud-yaml', '--out', b, '--project', 'other-project');
    expect(contents(a)).toEqual(contents(b));
    expect(contents(a)['submit.sh']).toContain('--config=training/census_train_1.yaml --project=other-project\n');
  });

  test('existing files are refused before anything is written; --force overwrites them all', async () => {
    // GIVEN an earlier export, one file edited by the user and one deleted
    const out = tempDir();
    await mljob('export', outdir, '--format', 'rest-json', '--out', out);
    const first = contents(out);
    fs.writeFileSync(path.join(out, 'training/census_train_1.json'), '{ "mine": true }\n');
    fs.rmSync(path.join(out, 'training/CensusContainer_2.json'));

    // WHEN / THEN without --force: exit 2, one line, nothing written (the deleted file stays deleted)
    const refused = await mljob('export', outdir, '--format', 'rest-json', '--out', out);
    expectOneLineError(refused, new RegExp(`^mljob: ${path.join(out, 'scoring')}/[^:]+\\.json: the file exists \\(and 1 more\\); pass --force to overwrite \\(nothing was written\\)\\n$`));
    expect(filesUnder(out)).toEqual([`scoring/${predictId}.json`, 'training/census_train_1.json']);
    expect(fs.readFileSync(path.join(out, 'training/census_train_1.json'), 'utf8')).toBe('{ "mine": true }\n');

    // with --force
    expect((await mljob('export', outdir, '--format', 'rest-json', '--out', out, '--force')).code).toBe(0);
    expect(contents(out)).toEqual(first);
  });

  test('file names come from sanitized ids; names that clash get a suffix, never a silent overwrite', async () => {
    // GIVEN ids that differ only in case, and an L1 job whose id is a path
    const clash = synthApp({
      'clash': (stack) => {
        const job = (id: string, jobId: string): MlEngineTrainingJob => new MlEngineTrainingJob(stack, id, {
          jobId, region: 'us-central1', code: TrainingCode.customContainer({ imageUri: 'gcr.io/p/i:1' }), master: { machineType: MachineType.N1_STANDARD_4 },
        });
        job('first', 'dup');
        job('second', 'Dup');
        new MlEngineJob(stack, 'evil', { jobId: '../../evil', trainingInput: { region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/i:1' } } });
      },
    });
    const root = tempDir();
    const out = path.join(root, 'a', 'b');

    // WHEN
    const run = await mljob('export', clash, '--format', 'rest-json', '--out', out);

    // THEN
    expect(run.code).toBe(0);
    expect(filesUnder(root)).toEqual(['a/b/clash/Dup-2.json', 'a/b/clash/____evil.json', 'a/b/clash/dup.json']);
    expect(run.stderr).toMatch(/^mljob: warning: clash\/google_ml_engine_job\.second_\w+: the file name clash\/Dup\.json is taken; written as clash\/Dup-2\.json\n$/);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'clash/____evil.json'), 'utf8')).jobId).toBe('../../evil');
  });

  test('a Terraform plan JSON holds values, not templates: `${` is exported as it is', async () => {
    const plan = writeFile(tempDir(), 'plan.json', {
      format_version: '1.2',
      terraform_version: '1.9.8',
      planned_values: { root_module: { resources: [{
        address: 'google_ml_engine_job.raw', mode: 'managed', type: 'google_ml_engine_job', name: 'raw',
        values: { job_id: 'raw_job_1', training_input: [{ region: 'us-central1', args: ['--home=${HOME}'], master_config: [{ image_uri: 'gcr.io/p/t:1' }] }] },
      }] } },
      resource_changes: [],
    });
    const run = await mljob('export', plan, '--format', 'rest-json');
    expect(run.code).toBe(0);
    const files = listedFiles(run.stdout);
    expect(Object.keys(files)).toEqual(['plan/raw_job_1.json']);
    expect(JSON.parse(files['plan/raw_job_1.json'])).toEqual({ jobId: 'raw_job_1', trainingInput: { region: 'us-central1', args: ['--home=${HOME}'], masterConfig: { imageUri: 'gcr.io/p/t:1' } } });
    expect(run.stderr).toBe('mljob: warning: plan/google_ml_engine_job.raw: trainingInput.args.0: holds "${" or "%{", exported as literal text\n');
  });

  test('errors are one line, exit 2, nothing written', async () => {
    const out = path.join(tempDir(), 'out');
    const flagLike = synthApp({ s: (stack) => new MlEngineJob(stack, 'raw', { jobId: '-rf', trainingInput: { region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/i:1' } } }) });
    const onlyPrediction = synthApp({ scoring: scoringStack });
    const empty = synthApp({ empty: () => undefined });

    expectOneLineError(await mljob('export', flagLike, '--format', 'gcloud-yaml', '--out', out), /^mljob: s\/google_ml_engine_job\.raw: jobId "-rf" would be read as a flag\n$/);
    expectOneLineError(await mljob('export', onlyPrediction, '--format', 'gcloud-yaml', '--out', out), /nothing to export: the job is a batch prediction job, .*use --format rest-json/);
    expectOneLineError(await mljob('export', empty, '--format', 'rest-json', '--out', out), /no google_ml_engine_job or google_vertex_ai_custom_job resources; nothing to export/);
    expectOneLineError(await mljob('export', '/no/such/cdktf.out', '--format', 'rest-json'), /^mljob: \/no\/such\/cdktf\.out: no such directory; run `cdktf synth` first to synthesize the stacks into it\n$/);
    expectOneLineError(await mljob('export', outdir, '--format', 'yaml'), /--format: "yaml" is not one of gcloud-yaml, rest-json/);
    expectOneLineError(await mljob('export', outdir, '--format', 'rest-json', '--out', writeFile(tempDir(), 'file', '')), /not a directory/);
    expect((await mljob('export', outdir)).code).toBe(2); // --format is required
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('mljob export: Vertex AI custom jobs', () => {
  const TENSORBOARD = 'projects/my-ml-project/locations/europe-west4/tensorboards/77';
  const EXPERIMENT = 'projects/my-ml-project/locations/europe-west4/metadataStores/default/contexts/resnet';
  /** The fields ported from the CustomJobSpec reference after the first schema, as the export must write them. */
  const NEWER_FIELDS = {
    scheduling: { timeout: '10800s', strategy: 'FLEX_START', maxWaitDuration: '7200s' },
    reservedIpRanges: ['vertex-ai-ip-range'],
    tensorboard: TENSORBOARD,
    experiment: EXPERIMENT,
    experimentRun: `${EXPERIMENT}-run-7`,
  };
  function vertexStack(stack: TerraformStack): void {
    new VertexCustomJob(stack, 'resnet', {
      displayName: 'train resnet, "v2"',
      location: 'europe-west4',
      code: VertexTrainingCode.container({ imageUri: 'us-docker.pkg.dev/my-ml-project/train/resnet:2', args: ['--out=$${AIP_MODEL_DIR}', "it's"] }),
      primary: { machineType: ComputeMachineType.N1_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaV100(1) },
      workers: { machineType: ComputeMachineType.N1_STANDARD_8, replicaCount: 2 },
      scheduling: { timeout: Duration.hours(3), strategy: SchedulingStrategy.FLEX_START, maxWaitDuration: Duration.hours(2) },
      network: 'projects/123456789012/global/networks/ml-vpc',
      reservedIpRanges: ['vertex-ai-ip-range'],
      serviceAccount: 'trainer@my-ml-project.iam.gserviceaccount.com',
      tensorboard: TENSORBOARD,
      experiment: EXPERIMENT,
      experimentRun: `${EXPERIMENT}-run-7`,
      encryptionKey: EncryptionKey.fromKeyName('projects/my-ml-project/locations/europe-west4/keyRings/ml/cryptoKeys/k'),
      labels: { team: 'vision', env: 'prod' },
    });
  }

  /** The custom jobs of the synthesized stack as the service receives them. */
  function wanted(out: string): object[] {
    return readSynthesized(out).customJobs.map((job) => prepareCustomJob(mapStrings(job.customJob, unescapeTemplate) as never, 'literal').input);
  }

  test('rest-json: a projects.locations.customJobs.create body per job, read back as the same job', async () => {
    const out = synthApp({ vision: vertexStack });
    const dir = tempDir();

    const run = await mljob('export', out, '--format', 'rest-json', '--out', dir);

    expect(run.code).toBe(0);
    const [name] = fs.readdirSync(path.join(dir, 'vision'));
    expect(name).toMatch(/^resnet_[0-9A-F]{8}\.json$/); // the resource's Terraform name
    const file = path.join(dir, 'vision', name);
    const back = readJobDocument(file).customJobs.map((job) => prepareCustomJob(job.customJob, 'literal').input);
    expect(back).toEqual(wanted(out));
    expect(back[0].jobSpec).toMatchObject(NEWER_FIELDS);
  });

  test('gcloud-yaml: the CustomJobSpec as --config and a gcloud ai custom-jobs create command; the script reads back as the same job', async () => {
    const out = synthApp({ vision: vertexStack });
    const dir = tempDir();

    const run = await mljob('export', out, '--format', 'gcloud-yaml', '--out', dir, '--project', 'my-ml-project');

    expect(run.code).toBe(0);
    const script = fs.readFileSync(path.join(dir, 'submit.sh'), 'utf8');
    expect(script).toMatch(/^gcloud ai custom-jobs create --region=europe-west4 '--display-name=train resnet, "v2"' --config=vision\/resnet_[0-9A-F]{8}\.yaml --labels=env=prod,team=vision --kms-key=projects\/my-ml-project\/locations\/europe-west4\/keyRings\/ml\/cryptoKeys\/k --project=my-ml-project$/m);
    const [job] = readJobDocument(path.join(dir, 'submit.sh')).customJobs;
    expect(job).toMatchObject({ completeness: 'complete', region: 'europe-west4', project: 'my-ml-project' });
    expect(prepareCustomJob(job.customJob, 'literal').input).toEqual(wanted(out)[0]);
    expect(job.customJob.jobSpec).toMatchObject(NEWER_FIELDS);
  });

  test('nfsMounts, disableRetries, enableDashboardAccess, persistentResourceId and pscInterfaceConfig: rest-json and gcloud-yaml read back as the same job', async () => {
    const ported = {
      workerPoolSpecs: [expect.objectContaining({ nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' }] })],
      scheduling: { disableRetries: true },
      enableDashboardAccess: true,
      persistentResourceId: 'v100-pool',
      pscInterfaceConfig: { networkAttachment: 'vertex-attach', dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }] },
    };
    const out = synthApp({ vision: (stack) => new VertexCustomJob(stack, 'five', {
      location: 'europe-west4',
      code: VertexTrainingCode.container({ imageUri: 'us-docker.pkg.dev/my-ml-project/train/resnet:2' }),
      primary: { machineType: ComputeMachineType.N1_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaV100(1), nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' }] },
      scheduling: { disableRetries: true },
      enableDashboardAccess: true,
      persistentResourceId: 'v100-pool',
      pscInterfaceConfig: { networkAttachment: 'vertex-attach', dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }] },
    }) });
    const rest = tempDir();
    const gcloud = tempDir();

    expect((await mljob('export', out, '--format', 'rest-json', '--out', rest)).code).toBe(0);
    expect((await mljob('export', out, '--format', 'gcloud-yaml', '--out', gcloud, '--project', 'my-ml-project')).code).toBe(0);

    const [name] = fs.readdirSync(path.join(rest, 'vision'));
    const [fromRest] = readJobDocument(path.join(rest, 'vision', name)).customJobs.map((job) => prepareCustomJob(job.customJob, 'literal').input);
    const [fromGcloud] = readJobDocument(path.join(gcloud, 'submit.sh')).customJobs.map((job) => prepareCustomJob(job.customJob, 'literal').input);
    expect(fromRest).toEqual(wanted(out)[0]);
    expect(fromGcloud).toEqual(wanted(out)[0]);
    expect(fromRest.jobSpec).toMatchObject(ported);
  });
});
