/**
 * Every realistic ML Engine training job of the fixtures (the corpus of test/fixtures/jobs/valid, the describe output of
 * test/fixtures/rest, the HCL of test/fixtures/import) migrates to a Vertex AI custom job that passes the Vertex rules,
 * or the migration names exactly what could not be carried over: each error finding is on a field a `missing` note
 * names, and every field of the input is in the custom job or named by a note (nothing is dropped silently).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Catalog } from '../../src/catalog/catalog';
import { mergeCatalog } from '../../src/catalog/load-catalog';
import { VertexCatalog } from '../../src/catalog/vertex/vertex-catalog';
import { readHclJobs } from '../../src/read/read-hcl-jobs';
import { readJobFile } from '../../src/read/read-job-file';
import { Job } from '../../src/model/job';
import { outputOnlyJobFields } from '../../src/model/api-schema';
import { migrateTrainingJob } from '../../src/migrate/migrate-training-job';
import { checkCustomJob } from '../../src/rules/vertex/check-custom-job';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const TODAY = '2026-12-02';

/** The realistic ML Engine job files read by content: the valid corpus and the REST describe fixtures. */
const JOB_FILES = ['jobs/valid', 'rest'].flatMap((dir) => fs.readdirSync(path.join(FIXTURES, dir)).sort().map((file) => `${dir}/${file}`));
/** The HCL fixtures that hold valid jobs (the seed-typo files are syntax errors, for the reader's tests). */
const HCL_FILES = ['import/seed-examples.tf', 'import/tuning-with-references.tf'];

const trainingJobs = JOB_FILES.flatMap((file) => readJobFile(path.join(FIXTURES, file))
  .filter((input) => input.job.trainingInput)
  .map((input) => [`${file}${input.location.includes('#') ? input.location.slice(input.location.indexOf('#')) : ''}`, input.job] as const));

/** The errors of the migrated job that no `missing` note explains. */
function unexplainedErrors(job: Job): unknown[] {
  const { customJob, location, notes } = migrateTrainingJob(job);
  const errors = checkCustomJob(customJob, { location, today: TODAY }).filter((f) => f.severity === 'error');
  const missing = notes.filter((n) => n.outcome === 'missing' && n.vertexField).map((n) => n.vertexField!);
  return errors.filter((e) => !missing.some((field) => e.path.startsWith(field) || e.path.replace(/^jobSpec\.workerPoolSpecs\[\d+\]/, 'jobSpec.workerPoolSpecs[*]').startsWith(field)));
}

/**
 * The fields of the input (leaf paths) whose value is nowhere in the migrated job (or its location) and that no note
 * names, a note on a field covering what is under it. Not counted as dropped: the output-only fields the service
 * wrote (a new job has none), `scaleTier: CUSTOM` (the explicit pools are the cluster), a `pythonVersion` that is the
 * Python of the chosen prebuilt container, and values that mean "none" (`ACCELERATOR_TYPE_UNSPECIFIED`, a count of 0).
 */
function silentlyDropped(job: Job): string[] {
  const migration = migrateTrainingJob(job);
  const text = JSON.stringify([migration.customJob, migration.location ?? null]);
  const named = migration.notes.map((n) => n.field);
  const executor = migration.customJob.jobSpec.workerPoolSpecs[0]?.pythonPackageSpec?.executorImageUri;
  const containerPython = executor ? VertexCatalog.default().prebuiltImage(executor)?.fact?.pythonVersion : undefined;
  const input: { [field: string]: unknown } = { ...job };
  for (const field of outputOnlyJobFields()) delete input[field];
  const dropped: string[] = [];
  const visit = (value: unknown, at: string): void => {
    if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, Array.isArray(value) ? `${at}[${key}]` : at ? `${at}.${key}` : key);
      return;
    }
    if (named.some((field) => at === field || at.startsWith(`${field}.`) || at.startsWith(`${field}[`))) return;
    if (value === 'ACCELERATOR_TYPE_UNSPECIFIED' || value === 0 || value === '0' || value === undefined) return;
    if (at === 'trainingInput.scaleTier' && String(value).toUpperCase() === 'CUSTOM') return;
    if (at === 'trainingInput.pythonVersion' && String(value) === containerPython) return;
    const shown = typeof value === 'string' ? JSON.stringify(value).slice(1, -1) : String(value);
    if (!text.includes(shown)) dropped.push(`${at} = ${shown}`);
  };
  visit(input, '');
  return dropped;
}

describe('migrateTrainingJob over the fixture corpus', () => {
  test('the corpus has training jobs of every kind (tiers, legacy and Compute Engine types, TPU, containers, tuning)', () => {
    expect(trainingJobs.length).toBeGreaterThanOrEqual(27);
    expect(trainingJobs.map(([name]) => name)).toContain('rest/census-training-describe.json');
  });

  test.each(trainingJobs)('%s migrates to a job without errors, or names what is missing', (_name, job) => {
    expect(unexplainedErrors(job)).toEqual([]);
  });

  test.each(trainingJobs)('%s: every field is carried over or named by a note', (_name, job) => {
    expect(silentlyDropped(job)).toEqual([]);
  });

  test('the training jobs of the HCL fixtures too', async () => {
    const jobs = (await Promise.all(HCL_FILES.map((file) => readHclJobs(path.join(FIXTURES, file))))).flat().filter((input) => input.job.trainingInput);
    expect(jobs.length).toBe(4);
    for (const { job, location } of jobs) {
      expect({ location, errors: unexplainedErrors(job), dropped: silentlyDropped(job) }).toEqual({ location, errors: [], dropped: [] });
    }
  });
});

describe('migrateTrainingJob', () => {
  const custom: Job = {
    jobId: 'census_v100',
    labels: { team: 'ml' },
    trainingInput: {
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 2 }, diskConfig: { bootDiskSizeGb: 200 } },
      workerType: 'complex_model_m_gpu',
      workerCount: 2,
      parameterServerType: 'large_model',
      parameterServerCount: 1,
      evaluatorType: 'standard',
      evaluatorCount: 1,
      packageUris: ['gs://b/trainer.tar.gz'],
      pythonModule: 'trainer.task',
      args: ['--epochs=3'],
      region: 'us-central1',
      jobDir: 'gs://b/out',
      runtimeVersion: '2.8',
      pythonVersion: '3.7',
      scheduling: { maxRunningTime: '7200s', maxWaitTime: '3600s', priority: 5 },
      hyperparameters: { goal: 'MAXIMIZE', maxTrials: 4, params: [] },
      serviceAccount: 'trainer@p.iam.gserviceaccount.com',
      encryptionConfig: { kmsKeyName: 'projects/p/locations/us-central1/keyRings/r/cryptoKeys/k' },
    },
  };

  test('master → pool 0, workers → 1, parameter servers → 2, evaluators → 3, with Compute Engine machines', () => {
    const { customJob, location } = migrateTrainingJob(custom);
    expect(location).toBe('us-central1');
    expect(customJob.displayName).toBe('census_v100');
    const pools = customJob.jobSpec.workerPoolSpecs;
    expect(pools.map((p) => [p.machineSpec?.machineType, p.machineSpec?.acceleratorType, p.machineSpec?.acceleratorCount, p.replicaCount])).toEqual([
      ['n1-standard-8', 'NVIDIA_TESLA_V100', 2, 1],
      ['n1-highcpu-16', 'NVIDIA_TESLA_T4', 4, 2],
      ['n1-highmem-8', undefined, undefined, 1],
      ['n1-standard-4', undefined, undefined, 1],
    ]);
    expect(pools[0].diskSpec).toEqual({ bootDiskSizeGb: 200 });
    expect(pools[0].pythonPackageSpec).toEqual({
      executorImageUri: 'us-docker.pkg.dev/vertex-ai/training/tf-gpu.2-8:latest',
      packageUris: ['gs://b/trainer.tar.gz'],
      pythonModule: 'trainer.task',
      args: ['--epochs=3', '--job-dir=gs://b/out'],
    });
    expect(customJob.jobSpec).toMatchObject({ scheduling: { timeout: '7200s' }, baseOutputDirectory: { outputUriPrefix: 'gs://b/out' }, serviceAccount: 'trainer@p.iam.gserviceaccount.com' });
    expect(customJob.encryptionSpec).toEqual({ kmsKeyName: 'projects/p/locations/us-central1/keyRings/r/cryptoKeys/k' });
    expect(customJob.labels).toEqual({ team: 'ml' });
  });

  test('a machine type named like a member of Object.prototype is carried over as written, not read as a legacy name', () => {
    const job: Job = { ...custom, trainingInput: { ...custom.trainingInput!, masterType: 'constructor', masterConfig: undefined, workerCount: 0, parameterServerCount: 0, evaluatorCount: 0 } };
    const { customJob } = migrateTrainingJob(job);
    expect(customJob.jobSpec.workerPoolSpecs[0].machineSpec?.machineType).toBe('constructor');
  });

  test('what has no Vertex equivalent is reported by name', () => {
    const dropped = migrateTrainingJob(custom).notes.filter((n) => n.outcome === 'dropped').map((n) => n.field);
    expect(dropped).toEqual(['trainingInput.scheduling.maxWaitTime', 'trainingInput.scheduling.priority', 'trainingInput.hyperparameters']);
  });

  test('scale tiers become explicit pools; BASIC_GPU\'s K80 becomes a T4; a TPU cluster becomes one cloud-tpu pool', () => {
    const basicGpu = migrateTrainingJob({ jobId: 'g', trainingInput: { scaleTier: 'BASIC_GPU', region: 'us-central1', packageUris: ['gs://b/t.tar.gz'], pythonModule: 't.task', runtimeVersion: '2.11', pythonVersion: '3.7' } });
    expect(basicGpu.customJob.jobSpec.workerPoolSpecs).toHaveLength(1);
    expect(basicGpu.customJob.jobSpec.workerPoolSpecs[0].machineSpec).toEqual({ machineType: 'n1-standard-4', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 1 });
    expect(basicGpu.notes.find((n) => n.field === 'trainingInput.scaleTier')?.message).toMatch(/BASIC_GPU becomes explicit pools/);
    const tpu = migrateTrainingJob({ jobId: 't', trainingInput: { scaleTier: 'CUSTOM', masterType: 'complex_model_m', workerType: 'cloud_tpu', workerCount: 1, workerConfig: { acceleratorConfig: { type: 'TPU_V3', count: 8 } }, region: 'us-central1', packageUris: ['gs://b/t.tar.gz'], pythonModule: 't.task', runtimeVersion: '2.11', pythonVersion: '3.7' } });
    expect(tpu.customJob.jobSpec.workerPoolSpecs).toEqual([expect.objectContaining({ machineSpec: { machineType: 'cloud-tpu', acceleratorType: 'TPU_V3', acceleratorCount: 8 }, replicaCount: 1 })]);
  });

  test('the K80 replacement reads the catalog it is given (a --catalog override), not the built-in one', () => {
    // GIVEN a K80 master on n1-standard-8, and a catalog in which n1-standard-8 takes no T4
    const job: Job = { jobId: 'k', trainingInput: { scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: { imageUri: 'gcr.io/p/t:1', acceleratorConfig: { type: 'NVIDIA_TESLA_K80', count: 2 } }, region: 'us-central1' } };
    const noT4 = new Catalog(mergeCatalog(Catalog.default().data, { vertex: { machineAccelerators: [{ machineType: 'n1-standard-8', counts: { NVIDIA_TESLA_V100: [1, 2, 4, 8] } }] } }, 'c.yaml')).vertex;

    // WHEN migrated with each catalog
    const machineOf = (migration: ReturnType<typeof migrateTrainingJob>) => migration.customJob.jobSpec.workerPoolSpecs[0].machineSpec;

    // THEN
    expect(machineOf(migrateTrainingJob(job))).toEqual({ machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 2 });
    expect(machineOf(migrateTrainingJob(job, noT4))).toEqual({ machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_V100', acceleratorCount: 2 });
  });

  test('a Python version no container has, a TPU cluster\'s master and a runtime beside a custom container are named', () => {
    // GIVEN Python 2.7 on a runtime without a container, a TPU cluster with a standard master, a container with a runtime
    const python27 = migrateTrainingJob({ jobId: 'p', trainingInput: { scaleTier: 'BASIC', region: 'us-central1', packageUris: ['gs://b/t.tar.gz'], pythonModule: 't.task', runtimeVersion: '1.14', pythonVersion: '2.7' } });
    const tpu = migrateTrainingJob({ jobId: 't', trainingInput: { scaleTier: 'CUSTOM', masterType: 'standard', masterConfig: { imageUri: 'gcr.io/p/t:1', diskConfig: { bootDiskSizeGb: 200 } }, workerType: 'cloud_tpu', workerCount: 1, region: 'us-central1' } });
    const container = migrateTrainingJob({ jobId: 'c', trainingInput: { scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: { imageUri: 'gcr.io/p/t:1' }, runtimeVersion: '2.11', region: 'us-central1' } });

    // THEN each is a note on its field
    const noteOf = (migration: ReturnType<typeof migrateTrainingJob>, field: string) => migration.notes.find((n) => n.field === field);
    expect(noteOf(python27, 'trainingInput.pythonVersion')?.message).toBe('trainingInput.pythonVersion is 2.7; tf-cpu.1-15 has Python 3.7: check that the code runs on it.');
    expect(noteOf(tpu, 'trainingInput.masterType')).toMatchObject({ outcome: 'dropped', message: 'trainingInput.masterType (standard) has no pool of its own on Vertex AI: the cloud-tpu pool runs the whole job.' });
    expect(noteOf(tpu, 'trainingInput.masterConfig.diskConfig')?.outcome).toBe('dropped');
    expect(tpu.customJob.jobSpec.workerPoolSpecs[0].containerSpec?.imageUri).toBe('gcr.io/p/t:1');
    expect(noteOf(container, 'trainingInput.runtimeVersion')).toMatchObject({ outcome: 'dropped', message: expect.stringContaining('brings its own runtime') });
  });

  test('a runtime without a prebuilt container gets the nearest one and says so', () => {
    const { customJob, notes } = migrateTrainingJob({ jobId: 'old', trainingInput: { scaleTier: 'BASIC', region: 'us-central1', packageUris: ['gs://b/t.tar.gz'], pythonModule: 't.task', runtimeVersion: '2.10', pythonVersion: '3.7' } });
    expect(customJob.jobSpec.workerPoolSpecs[0].pythonPackageSpec?.executorImageUri).toBe('us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-11:latest');
    expect(notes.some((n) => /No prebuilt CPU training container has TensorFlow 2\.10/.test(n.message))).toBe(true);
  });

  test('runtime 2.12 gets its own container (a row the supported frameworks list confirms), and the rules say it is no longer available', () => {
    const { customJob, notes } = migrateTrainingJob({ jobId: 'r212', trainingInput: { scaleTier: 'BASIC_GPU', region: 'us-central1', packageUris: ['gs://bucket/t.tar.gz'], pythonModule: 't.task', runtimeVersion: '2.12', pythonVersion: '3.7' } });
    expect(customJob.jobSpec.workerPoolSpecs[0].pythonPackageSpec?.executorImageUri).toBe('us-docker.pkg.dev/vertex-ai/training/tf-gpu.2-12.py310:latest');
    expect(notes.some((n) => /No prebuilt GPU training container has TensorFlow/.test(n.message))).toBe(false);
    const findings = checkCustomJob(customJob, { location: 'us-central1', today: TODAY });
    expect(findings.filter((f) => f.ruleId === 'MLJ-VERTEX-015').map((f) => f.message)).toEqual([expect.stringContaining('tf-gpu.2-12.py310, available only until 2025-06-30')]);
  });

  test('a custom container keeps its image, command and args', () => {
    const { customJob } = migrateTrainingJob({ jobId: 'c', trainingInput: { scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: { imageUri: 'gcr.io/p/t:1', containerCommand: ['python', '-m', 't'], containerArgs: ['--x=1'] }, region: 'us-east1' } });
    expect(customJob.jobSpec.workerPoolSpecs[0].containerSpec).toEqual({ imageUri: 'gcr.io/p/t:1', command: ['python', '-m', 't'], args: ['--x=1'] });
  });

  test('one value where a list goes (as gcloud reads a config) stays one item, never a list of characters', () => {
    // GIVEN a gcloud config with packageUris and args written as single strings
    const job: Job = { jobId: 'iris', trainingInput: { scaleTier: 'BASIC', region: 'europe-west1', runtimeVersion: '2.11', pythonVersion: '3.7', pythonModule: 'trainer.task', packageUris: 'gs://b/trainer-0.1.tar.gz' as never, args: '--epochs=3' as never } };

    // WHEN migrated
    const spec = migrateTrainingJob(job).customJob.jobSpec.workerPoolSpecs[0].pythonPackageSpec;

    // THEN each is a one-item list
    expect(spec?.packageUris).toEqual(['gs://b/trainer-0.1.tar.gz']);
    expect(spec?.args).toEqual(['--epochs=3']);
  });

  test('a template\'s worker count (${NUM_WORKERS}) is carried over as it is and said so, not dropped', () => {
    // GIVEN a config written by a heredoc whose counts are shell variables
    const job: Job = { jobId: 'valan', trainingInput: { scaleTier: 'CUSTOM', masterType: 'n1-highmem-32', masterConfig: { imageUri: 'gcr.io/p/v:1' }, workerType: 'n1-standard-4', workerCount: '${NUM_TRAIN_WORKERS}' as never, region: 'us-central1' } };

    // WHEN migrated
    const { customJob, notes } = migrateTrainingJob(job);

    // THEN the workers pool keeps the placeholder, a note names it, and the Vertex rules see an unknown count
    expect(customJob.jobSpec.workerPoolSpecs[1]).toMatchObject({ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: '${NUM_TRAIN_WORKERS}' });
    expect(notes.find((n) => n.field === 'trainingInput.workerCount')?.message).toMatch(/not known yet/);
    expect(checkCustomJob(customJob, { location: 'us-central1', today: TODAY }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('an unquoted runtimeVersion (YAML reads 2.8 as a number) is read as "2.8" and said so', () => {
    // GIVEN a config whose runtime version YAML read as a number
    const job: Job = { jobId: 'n', trainingInput: { scaleTier: 'BASIC', region: 'us-central1', packageUris: ['gs://b/t.tar.gz'], pythonModule: 't.task', runtimeVersion: 2.8 as never, pythonVersion: '3.7' } };

    // WHEN migrated
    const { customJob, notes } = migrateTrainingJob(job);

    // THEN the TensorFlow 2.8 container is chosen and a note says how the version was read
    expect(customJob.jobSpec.workerPoolSpecs[0].pythonPackageSpec?.executorImageUri).toBe('us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-8:latest');
    expect(notes.some((n) => /runtimeVersion is 2\.8, not a version string; it is read as "2\.8"/.test(n.message))).toBe(true);
  });

  test('a batch prediction job is refused in one line', () => {
    expect(() => migrateTrainingJob({ jobId: 'p', predictionInput: { dataFormat: 'JSON', inputPaths: ['gs://b/x'], outputPath: 'gs://b/o', region: 'us-central1' } })).toThrow(/has no trainingInput/);
  });
});
