import * as path from 'path';
import { Testing } from 'cdktf';
import { MlJobContainerStack } from '../../examples/ml-job-container';
import { MlJobTensorStack } from '../../examples/ml-job-tensor';
import { MlJobTrainingStack } from '../../examples/ml-job-training';
import { generateTypeScript, ImportedCustomJob, ImportedJob } from '../../src/import/generate-typescript';
import { readJobDocument } from '../../src/read/read-job-document';
import { parseHclJobs, readHclJobs } from '../../src/read/read-hcl-jobs';
import { parseJobDocument, readJobFile } from '../../src/read/read-job-file';
import { FIXTURES, TODAY, VALID_JOBS, validFixtureJobs } from './fixture-jobs';
import { expectCustomJobRoundTrip, expectRoundTrip, synthGenerated } from './generated-code';
import { typeCheck } from './type-check';

const SEEDS_TF = path.join(FIXTURES, 'import', 'seed-examples.tf');

/** Asserts the tidiness every generated file must have. */
function expectTidy(code: string): void {
  expect(code.endsWith('\n')).toBe(true);
  expect(code.endsWith('\n\n')).toBe(false);
  for (const line of code.split('\n')) {
    expect(line).not.toMatch(/\s$/);
    expect(line).not.toMatch(/\t/);
    // two-space indentation (the ` * ` lines of doc comments sit one space further, as usual)
    if (!/^ *\*/.test(line)) expect(line.match(/^ */)![0].length % 2).toBe(0);
  }
}

describe('generateTypeScript', () => {
  test('the three seed examples, read from HCL, become idiomatic L2 code that synthesizes the same jobs', async () => {
    // GIVEN the draft doc page's three HCL examples
    const jobs = await readHclJobs(SEEDS_TF);

    // WHEN
    const generated = generateTypeScript(jobs, { today: TODAY });

    // THEN the code uses the L2 and its value classes, keeps each id and imports each job
    const code = generated.code;
    expect(code).toContain('new MlEngineTrainingJob(this, \'ml_job_training\', {');
    expect(code).toContain('scaleTier: ScaleTier.BASIC,');
    expect(code).toContain('code: TrainingCode.pythonPackage({');
    expect(code).toContain('code: TrainingCode.customContainer({');
    expect(code).toContain('jobId: \'ml_job_tesnor\',');
    expect(code).toContain('mlJobContainer.resource.importFrom(jobImportId(project, \'ml_job_container\'));');
    // the container seed passes its arguments as trainingInput.args and has no scale tier: two escape hatches
    expect(code).toContain('mlJobContainer.resource.addOverride(\'training_input.args\', [');
    expect(code).toContain('mlJobContainer.resource.addOverride(\'training_input.scale_tier\', undefined);');
    expectTidy(code);
    // the seed's "Ml Job Tensor" has no pythonVersion (the service has required one since 2020): the finding is a
    // comment above the job, and the L2 reports it at synth
    expect(code).toMatch(/^ {4}\/\/ MLJ-CODE-006 \(error\) trainingInput\.pythonVersion: /m);
    // and synth gives back every input field
    expectRoundTrip(jobs, synthGenerated(generated, undefined, [/\[imported\/ml_job_tesnor\] MLJ-CODE-006 /]));
  });

  test('the seed example stacks (examples/ml-job-*.ts), read from their cdk.tf.json, round-trip', async () => {
    // GIVEN the synthesized Terraform JSON of the three L1 example stacks
    const stacks = [
      new MlJobTrainingStack(Testing.app(), 'ml-job-training'),
      new MlJobTensorStack(Testing.app(), 'ml-job-tensor'),
      new MlJobContainerStack(Testing.app(), 'ml-job-container'),
    ];
    const jobs: ImportedJob[] = [];
    for (const stack of stacks) jobs.push(...await parseHclJobs(Testing.synth(stack), `${stack.node.id}/cdk.tf.json`));

    // WHEN
    const generated = generateTypeScript(jobs, { today: TODAY, project: 'my-ml-project' });

    // THEN
    expect(jobs.map((j) => j.job.jobId)).toEqual(['ml_job_training', 'ml_job_tesnor', 'ml_job_container']);
    expect(generated.code).toContain('const project = props.project ?? \'my-ml-project\';');
    expectRoundTrip(jobs, synthGenerated(generated, {}, [/\[imported\/ml_job_tesnor\] MLJ-CODE-006 /]), 'my-ml-project');
  });

  test('every valid job fixture (REST, gcloud JSON and YAML, describe, list) round-trips through one generated stack', () => {
    // GIVEN all of test/fixtures/jobs/valid/, --config files completed with their command-line flags
    const jobs = validFixtureJobs();
    expect(jobs.length).toBeGreaterThanOrEqual(30);

    // WHEN
    const generated = generateTypeScript(jobs, { today: TODAY });

    // THEN the rules pass at synth and every job comes back
    expectTidy(generated.code);
    expectRoundTrip(jobs, synthGenerated(generated));
    // output-only fields of describe and list output are listed in the header, not in the code
    expect(generated.code).toMatch(/^\/\/ {3}- output only: state = SUCCEEDED$/m);
    expect(generated.code).not.toMatch(/^ {4}.*createTime/m);
  });

  test('the generated files type-check against the library', async () => {
    const files = {
      'fixtures.ts': generateTypeScript(validFixtureJobs(), { today: TODAY }).code,
      'seeds.ts': generateTypeScript(await readHclJobs(SEEDS_TF), { today: TODAY, project: 'p' }).code,
      'references.ts': generateTypeScript(await readHclJobs(path.join(FIXTURES, 'import', 'tuning-with-references.tf')), { today: TODAY }).code,
      'l1.ts': generateTypeScript([{ job: { jobId: 'partial', trainingInput: { scaleTier: 'BASIC' } } as never, location: 'config.yaml' }]).code,
    };
    expect(typeCheck(files)).toEqual([]);
  });

  test('the same input always gives the same bytes', () => {
    const jobs = validFixtureJobs();
    const first = generateTypeScript(jobs, { today: TODAY, className: 'Imported' });
    const second = generateTypeScript(validFixtureJobs(), { today: TODAY, className: 'Imported' });
    expect(second.code).toBe(first.code);
    expect(first.className).toBe('Imported');
  });

  test('a field the L2 props cannot express is an escape hatch with a comment, never dropped', () => {
    // GIVEN a tuning parameter spelled as Google's samples do (`integer`) and a worker type without a count
    const [input] = parseJobDocument(JSON.stringify({
      jobId: 'census_tuning',
      trainingInput: {
        scaleTier: 'CUSTOM', masterType: 'n1-standard-8', workerType: 'n1-standard-8', region: 'us-central1',
        packageUris: ['gs://b/trainer.tar.gz'], pythonModule: 'trainer.task', runtimeVersion: '2.11', pythonVersion: '3.7',
        scheduling: { maxRunningTime: '7200.0s', maxWaitTime: '3600s' },
        hyperparameters: { goal: 'MAXIMIZE', maxTrials: 4, params: [{ parameterName: 'layers', type: 'integer', minValue: 1, maxValue: 8 }] },
      },
    }), 'job.json');

    // WHEN
    const generated = generateTypeScript([input], { today: TODAY });

    // THEN
    const code = generated.code;
    expect(code).toContain('Hyperparameter.integer(\'layers\', 1, 8)');
    expect(code).toContain('censusTuning.resource.addOverride(\'training_input.hyperparameters.params.0.type\', \'integer\');');
    expect(code).toContain('// Escape hatch: the L2 sets a replica count of 1 when none is given; this job has none.');
    expect(code).toContain('censusTuning.resource.addOverride(\'training_input.worker_count\', undefined);');
    expect(code).toContain('scheduling: { maxWaitTime: Duration.hours(1) },');
    expect(code).toContain('// Escape hatch: the Hyperparameter factories write the type in upper case.');
    expect(code).toContain('// Escape hatch: no Duration factory renders this exact text.');
    expect(code).toContain('censusTuning.resource.addOverride(\'training_input.scheduling.max_running_time\', \'7200.0s\');');
    expect(code).toMatch(/^\/\/ 3 fields the L2 props cannot express are set with addOverride escape hatches\.$/m);
    expectRoundTrip([input], synthGenerated(generated));
  });

  test('a job the L2 cannot express (no region: a --config file without its flags) uses the L1 and still round-trips', () => {
    const [input] = parseJobDocument('jobId: census\ntrainingInput:\n  scaleTier: BASIC\n  pythonModule: trainer.task\n', 'config.yaml');
    const generated = generateTypeScript([input], { today: TODAY });
    expect(generated.code).toContain('// The L1 MlEngineJob, because trainingInput.region is not set (or not a string); the L2 requires a region.');
    expect(generated.code).toContain('const census = new MlEngineJob(this, \'census\', {');
    expect(generated.code).toContain('census.importFrom(jobImportId(project, \'census\'));');
    expect(generated.warnings).toEqual(['config.yaml: uses the L1 MlEngineJob: trainingInput.region is not set (or not a string); the L2 requires a region']);
    expectRoundTrip([input], synthGenerated(generated));
  });

  test('unknown fields, rule findings and reader warnings become comments', () => {
    const [input] = readJobFile(path.join(VALID_JOBS, 'seed-terraform-sklearn-basic.json'));
    const job = { ...input.job, trainingInput: { ...input.job.trainingInput!, acceleratorCount: 2 } } as typeof input.job;
    const generated = generateTypeScript([{ ...input, job, warnings: ['read from a backup'] }], { today: TODAY });
    expect(generated.code).toMatch(/^\/\/ {3}- unknown field, left out: trainingInput\.acceleratorCount$/m);
    expect(generated.code).toMatch(/^\/\/ {3}- warning: read from a backup$/m);
    expect(generated.code).toMatch(/^ {4}\/\/ MLJ-CODE-005 \(warning\) trainingInput\.runtimeVersion: /m);
    expect(generated.code.split('\n').filter((line) => !/^ *\/\//.test(line)).join('\n')).not.toContain('acceleratorCount');
    expect(generated.warnings).toContain(`${input.location}: unknown field, left out: trainingInput.acceleratorCount`);
  });

  test('a misspelled or snake_case field gets the closest field the API defines there as a hint', () => {
    // GIVEN a REST job with two misspelled fields, one in a list item, and a snake_case one
    const [input] = readJobFile(path.join(VALID_JOBS, 'seed-terraform-sklearn-basic.json'));
    const job = {
      ...input.job,
      trainingInput: { ...input.job.trainingInput!, scaleTierr: 'BASIC', python_version: '3.7', hyperparameters: { goal: 'MAXIMIZE', maxTrials: 2, params: [{ parameterName: 'lr', type: 'DOUBLE', minValue: 0.1, maxValue: 1, scaleTyp: 'UNIT_LINEAR_SCALE' }] } },
    } as unknown as typeof input.job;

    // WHEN
    const generated = generateTypeScript([{ ...input, job }], { today: TODAY });

    // THEN
    expect(generated.warnings).toEqual(expect.arrayContaining([
      `${input.location}: unknown field, left out: trainingInput.scaleTierr (did you mean scaleTier?)`,
      `${input.location}: unknown field, left out: trainingInput.python_version (did you mean pythonVersion?)`,
      `${input.location}: unknown field, left out: trainingInput.hyperparameters.params.0.scaleTyp (did you mean scaleType?)`,
    ]));
    expect(generated.code).toMatch(/^\/\/ {3}- unknown field, left out: trainingInput\.scaleTierr \(did you mean scaleTier\?\)$/m);
  });

  test('identifiers are sanitized and de-duplicated in input order', () => {
    const job = (jobId: string): ImportedJob => ({
      job: { jobId, trainingInput: { region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/i:1' } } },
      location: 'jobs.json',
    });
    const ids = ['class', 'class', 'Class_2', 'project', 'google', '9lives'];
    const generated = generateTypeScript(ids.map(job), { className: 'my stack!', today: TODAY });
    const code = generated.code;
    expect(generated.className).toBe('MyStack');
    expect(code).toContain('export class MyStack extends TerraformStack {');
    expect(code).toContain('const classJob = new MlEngineTrainingJob(this, \'class\', {');
    expect(code).toContain('const classJob2 = new MlEngineTrainingJob(this, \'class2\', {');
    expect(code).toContain('const class_2 = new MlEngineTrainingJob(this, \'Class_2\', {');
    expect(code).toContain('const projectJob = new MlEngineTrainingJob(this, \'project\', {');
    expect(code).toContain('const google = new MlEngineTrainingJob(this, \'google2\', {'); // 'google' is the provider
    expect(code).toContain('const job_9lives = new MlEngineTrainingJob(this, \'_9lives\', {');
  });
});

/** The Vertex AI custom jobs of the fixtures of test/fixtures/vertex, as `mljob import` hands them over. */
function vertexFixtureJobs(...names: string[]): ImportedCustomJob[] {
  return names.flatMap((name) => readJobDocument(path.join(FIXTURES, 'vertex', name)).customJobs).map((read) => ({
    customJob: read.customJob,
    location: read.location,
    completeness: read.completeness,
    ...(read.region !== undefined ? { region: read.region } : {}),
    ...(read.project !== undefined ? { project: read.project } : {}),
    warnings: read.warnings,
  }));
}

describe('generateTypeScript: Vertex AI custom jobs', () => {
  const NAMES = ['describe.json', 'rest-body.json', 'rest-list.json', 'distributed-config.yaml', 'gcloud-help-config.yaml', 'create.sh', 'worker-pool-specs.txt'];

  test('every Vertex fixture becomes VertexCustomJob code that type-checks and synthesizes back to the same job', () => {
    // GIVEN describe and list output, a REST body, gcloud --config files, a gcloud script and --worker-pool-spec lines
    const jobs = vertexFixtureJobs(...NAMES);

    // WHEN
    const generated = generateTypeScript(jobs, { today: TODAY, project: 'test-project' });

    // THEN idiomatic L2 code with the value classes, an import block for each described job only
    const code = generated.code;
    expect(code).toContain("new VertexCustomJob(this, 'train_resnet', {");
    expect(code).toContain('primary: { machineType: ComputeMachineType.A2_HIGHGPU_1G, accelerator: VertexAccelerator.nvidiaTeslaA100(1) },');
    expect(code).toContain('scheduling: { timeout: Duration.days(1), restartJobOnWorkerRestart: false },');
    expect(code).toContain("encryptionKey: EncryptionKey.fromKeyName('projects/my-ml-project/locations/us-central1/keyRings/ml/cryptoKeys/training'),");
    expect(code).toContain("trainResnet.resource.importFrom(customJobImportId(project, 'us-central1', '8265542474891771904'));");
    // Only the --worker-pool-spec lines, whose Python package has no packageUris (they come from the command), need the L1
    expect(generated.warnings.filter((w) => w.includes('uses the L1'))).toEqual([
      expect.stringMatching(/worker-pool-specs\.txt: uses the L1 VertexAiCustomJob: the primary pool \(workerPoolSpecs\[0\]\) has no container or Python package task$/),
    ]);
    expectTidy(code);
    expect(typeCheck({ 'vertex.ts': code })).toEqual([]);
    // The synthesized stack holds the same jobs (the L2's own rules pass at synth; the L1 job lacks packageUris)
    expectCustomJobRoundTrip(jobs, synthGenerated(generated));
  });

  test('the same input gives the same file', () => {
    const jobs = vertexFixtureJobs(...NAMES);
    expect(generateTypeScript(jobs, { today: TODAY }).code).toBe(generateTypeScript(jobs, { today: TODAY }).code);
  });

  test('what the L2 cannot express is an escape hatch; a shape it cannot hold falls back to the L1', () => {
    const pool = { machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1' } };
    const jobs: ImportedCustomJob[] = [
      // A primary with two replicas: the L2 renders one, an override puts the job's value back
      { customJob: { displayName: 'two-primaries', jobSpec: { workerPoolSpecs: [{ ...pool, replicaCount: 2 }] } }, location: 'a.json' },
      // Five pools: more than the L2's four roles
      { customJob: { displayName: 'five-pools', jobSpec: { workerPoolSpecs: [pool, pool, pool, pool, pool] } }, location: 'b.json' },
    ];

    const generated = generateTypeScript(jobs, { today: TODAY });

    expect(generated.code).toContain("twoPrimaries.resource.addOverride('job_spec.worker_pool_specs.0.replica_count', 2);");
    expect(generated.code).toContain('// The L1 VertexAiCustomJob, because the job has 5 worker pools; the L2 has four roles.');
    expect(generated.code).toContain("new VertexAiCustomJob(this, 'five_pools', {");
    expect(generated.warnings).toContain('b.json: uses the L1 VertexAiCustomJob: the job has 5 worker pools; the L2 has four roles');
    expect(typeCheck({ 'fallback.ts': generated.code })).toEqual([]);
    // The rules flag the two-replica primary in a comment; the L2 checks its props, which the override corrects after
    expect(generated.code).toContain('// MLJ-VERTEX-002 (error) jobSpec.workerPoolSpecs[0].replicaCount:');
    expectCustomJobRoundTrip(jobs, synthGenerated(generated));
  });

  test('a misspelled field of a custom job gets the closest field its message defines as a hint', () => {
    const job: ImportedCustomJob = { customJob: { displayName: 'typo', jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1', argz: ['--x'] } }] } } as never, location: 'typo.json' };
    expect(generateTypeScript([job], { today: TODAY }).warnings).toContain('typo.json: unknown field, left out: jobSpec.workerPoolSpecs.0.containerSpec.argz (did you mean args?)');
  });

  test('a field of the API that the Terraform resource does not model is said to be one, not an unknown field; strategy and tensorboard are modelled', () => {
    // GIVEN a Spot VM job with a TensorBoard and a list of models (a v1 CustomJobSpec field the schema does not port)
    const job: ImportedCustomJob = {
      customJob: {
        displayName: 'spot',
        jobSpec: {
          workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1' } }],
          scheduling: { strategy: 'SPOT' },
          tensorboard: 'projects/p/locations/us-central1/tensorboards/1',
          models: ['projects/p/locations/us-central1/models/1'],
        },
      } as never,
      location: 'spot.json',
    };

    // WHEN
    const { warnings, code } = generateTypeScript([job], { today: TODAY });

    // THEN models is named as a field the resource lacks; the strategy and the Tensorboard are props
    expect(warnings).toContain('spot.json: API field the Terraform resource does not have, left out: jobSpec.models');
    expect(warnings.filter((w) => w.includes('scheduling.strategy') || w.includes('jobSpec.tensorboard'))).toEqual([]);
    expect(warnings.filter((w) => w.includes('unknown field'))).toEqual([]);
    expect(code).toContain('scheduling: { strategy: SchedulingStrategy.SPOT },');
    expect(code).toContain("tensorboard: 'projects/p/locations/us-central1/tensorboards/1',");
  });

  test('disableRetries, enableDashboardAccess, persistentResourceId, pscInterfaceConfig and nfsMounts become L2 props, none left out, and round-trip', () => {
    // GIVEN a REST body with the five fields, NFS mounts on two pools, and text that must stay text
    const hostile = "'); process.exit(1); ('";
    const jobs: ImportedCustomJob[] = [{
      customJob: {
        displayName: 'five-fields',
        jobSpec: {
          workerPoolSpecs: [
            {
              machineSpec: { machineType: 'n1-standard-8' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1' },
              nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' }, { server: '10.76.0.11', path: `/x${hostile}`, mountPoint: '${HOME}' }],
            },
            { machineSpec: { machineType: 'n1-standard-8' }, replicaCount: 2, containerSpec: { imageUri: 'gcr.io/p/t:1' }, nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' }] },
          ],
          scheduling: { timeout: '3600s', disableRetries: true },
          enableDashboardAccess: true,
          persistentResourceId: 'h100-pool',
          pscInterfaceConfig: {
            networkAttachment: 'projects/p/regions/us-central1/networkAttachments/vertex-attach',
            dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }],
          },
        },
      },
      location: 'five.json',
    }];

    // WHEN
    const generated = generateTypeScript(jobs, { today: TODAY });

    // THEN each field is a prop of the L2, with no override and no warning
    const code = generated.code;
    expect(generated.warnings).toEqual([]);
    expect(code).not.toContain('addOverride');
    expect(code).toContain('scheduling: { timeout: Duration.hours(1), disableRetries: true },');
    // (indentation aside)
    const flat = code.replace(/^ +/gm, '');
    expect(flat).toContain([
      'nfsMounts: [',
      "{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' },",
      "{ server: '10.76.0.11', path: '/x\\'); process.exit(1); (\\'', mountPoint: '$${HOME}' },",
      '],',
    ].join('\n'));
    expect(flat).toContain("nfsMounts: [{ server: '10.76.0.10', path: '/vol1', mountPoint: 'data' }],\nreplicaCount: 2,");
    expect(flat).toContain([
      'pscInterfaceConfig: {',
      "networkAttachment: 'projects/p/regions/us-central1/networkAttachments/vertex-attach',",
      "dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }],",
      '},',
      "persistentResourceId: 'h100-pool',",
    ].join('\n'));
    expect(flat).toContain('enableDashboardAccess: true,');
    expect(typeCheck({ 'five.ts': code })).toEqual([]);
    expectTidy(code);
    expectCustomJobRoundTrip(jobs, synthGenerated(generated));
  });

  test('an NFS mount or DNS peering config without its string fields is kept through addOverride, not dropped', () => {
    // GIVEN a mount without a mountPoint and a DNS config without a domain (the rules report both)
    const jobs: ImportedCustomJob[] = [{
      customJob: {
        displayName: 'partial',
        jobSpec: {
          workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-8' }, replicaCount: '1', containerSpec: { imageUri: 'gcr.io/p/t:1' }, nfsMounts: [{ server: '10.76.0.10', path: '/vol1' }] }],
          network: 'projects/123/global/networks/vpc',
          pscInterfaceConfig: { networkAttachment: 'a', dnsPeeringConfigs: [{ targetProject: 'p', targetNetwork: 'n' }] },
        },
      } as never,
      location: 'partial.json',
    }];
    const generated = generateTypeScript(jobs, { today: TODAY });
    expect(generated.code).toContain("partial.resource.addOverride('job_spec.worker_pool_specs.0.nfs_mounts'");
    expect(generated.code).toContain("partial.resource.addOverride('job_spec.psc_interface_config.dns_peering_configs'");
    expect(typeCheck({ 'partial.ts': generated.code })).toEqual([]);
  });

  test('imported text stays text: a display name or argument with code, quotes or a cdktf token', () => {
    const hostile = "'); process.exit(1); ('";
    const jobs: ImportedCustomJob[] = [{
      customJob: {
        displayName: `x${hostile}*/`,
        labels: { 'a"b': '${var.x}' },
        jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1', args: ['${HOME}', '`id`', '\u2028'] } }] },
      },
      location: 'hostile.json',
    }];
    const generated = generateTypeScript(jobs, { today: TODAY });
    // The label key is invalid (MLJ-VERTEX-011): the L2 says so at synth; the text still comes back as it was
    expectCustomJobRoundTrip(jobs, synthGenerated(generated, { project: 'test-project' }, [/MLJ-VERTEX-011/]));
    const token: ImportedCustomJob = { customJob: { displayName: '${TfToken[TOKEN.1]}', jobSpec: { workerPoolSpecs: [] } }, location: 'token.json#customJobs[0]' };
    expect(() => generateTypeScript([token])).toThrow(/^token\.json: customJobs\[0\]: displayName: looks like a cdktf token/);
  });
});
