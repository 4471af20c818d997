/**
 * The real-world Vertex AI corpus: custom job configs modelled on public ones (gcloud `ai custom-jobs create --config`
 * files, REST `customJobs.create` bodies, `describe` output, the dicts the Python SDK and GAPIC client send), under
 * test/fixtures/vertex/real/; test/fixtures/vertex/real/README.md names the source of every file.
 *
 * Every one of them was accepted by Vertex AI or is shown by Google as a working config, so checkCustomJob must report
 * no error on any of them, and no rule may throw on one ("could not check" fails the test as an error would).
 * Warnings are allowed; each file's findings are listed in a snapshot-free way in the test name on failure.
 *
 * A real, valid config that a rule rejects is a defect of the rule or of the catalog, never of the fixture.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseJsonText, parseYamlText } from '../../../src/read/parse-document';
import { CustomJob } from '../../../src/model/custom-job';
import { Completeness, Finding } from '../../../src/rules/rule';
import { checkCustomJob } from '../../../src/rules/vertex/check-custom-job';

const REAL = path.join(__dirname, '..', '..', 'fixtures', 'vertex', 'real');
const TODAY = '2026-12-02';

/** How each folder's files are read: a gcloud `--config` file is a CustomJobSpec (partial); the rest are CustomJobs. */
const FORMATS: Readonly<Record<string, { readonly completeness: Completeness; readonly spec: boolean }>> = {
  gcloud: { completeness: 'partial', spec: true },
  rest: { completeness: 'complete', spec: false },
  describe: { completeness: 'complete', spec: false },
  sdk: { completeness: 'complete', spec: false },
};

/** The region each job was submitted to (from its `--region`, endpoint or resource name). */
const LOCATIONS: Readonly<Record<string, string>> = {
  'gcloud/configure-compute-gpu-mapping.yaml': 'us-central1',
  'gcloud/configure-compute-tpu-v2-mapping.yaml': 'us-central1',
  'gcloud/configure-compute-tpu-v5e-4x4.yaml': 'us-west1',
  'gcloud/configure-compute-boot-disk.yaml': 'europe-west4',
  'gcloud/dtu-mlops-config-cpu.yaml': 'europe-west1',
  'gcloud/dtu-mlops-config-gpu.yaml': 'europe-west1',
  'gcloud/flowers-cpu-package-scalar-uri.yaml': 'us-central1',
  'gcloud/flowers-gpus-one-machine.yaml': 'us-central1',
  'gcloud/reduction-server-v100-list.yaml': 'us-central1',
  'gcloud/a2-highgpu-8g-reduction-server.yaml': 'us-central1',
  'gcloud/a3-ultragpu-h200-reservation.yaml': 'europe-west4',
  'gcloud/a2-ultragpu-1g-package-env.yaml': 'us-central1',
  'gcloud/t4-package-base-output-dir.yaml': 'us-central1',
  'gcloud/t4-prebuilt-image-as-container.yaml': 'us-central1',
  'gcloud/jumpstart-container-env-comments.yaml': 'us-central1',
  'gcloud/dws-flex-start.yaml': 'us-central1',
  'gcloud/spot-vms-l4.yaml': 'us-east4',
  'gcloud/tpu-v3-pod-32.yaml': 'europe-west4',
  'gcloud/tpu-v6e-ct6e-2x4.yaml': 'us-east5',
  'gcloud/tpu7x-2x2x1.yaml': 'us-central1',
  'gcloud/pools-from-flags-options-only.yaml': 'asia-northeast1',
  'gcloud/placeholders-envsubst.yaml': 'us-central1',
  'rest/create-custom-job-t4.json': 'us-central1',
  'rest/a3mega-nemo-spot-web-access.json': 'us-central1',
  'rest/two-pools-e2-europe-north1.json': 'europe-north1',
  'rest/vpc-cmek-service-account-labels.json': 'us-east1',
  'rest/psc-interface-g2-96.json': 'us-central1',
  'rest/snake-case-field-names.json': 'us-central1',
  'describe/succeeded-package-job.yaml': 'us-central1',
  'describe/running-web-access-multi-pool.json': 'europe-west4',
  'describe/failed-empty-skipped-pools.yaml': 'us-west1',
  'sdk/gapic-tpu-v3-disk-env.json': 'us-central1',
  'sdk/reduction-server-three-pools.json': 'us-central1',
  'sdk/mlops-worker-pool-specs-string-count.yaml': 'us-central1',
  'sdk/sdk-prepare-specs-unspecified-accelerator.json': 'us-central1',
};

const MIN_FILES = 25;

function fail(file: string) {
  return (problem: string) => new Error(`${file}: ${problem}`);
}

/** Reads one fixture the way its format is read by the tool it was written for (YAML as gcloud's 1.1 reader). */
function readRealConfig(file: string): { job: CustomJob; completeness: Completeness } {
  const text = fs.readFileSync(path.join(REAL, file), 'utf8');
  const format = FORMATS[file.split('/')[0]];
  if (!format) throw new Error(`${file}: no format for its folder`);
  const value = /\.json$/.test(file) ? parseJsonText(text, fail(file)) : parseYamlText(text, fail(file), { version: '1.1' }).value;
  const job = (format.spec ? { jobSpec: value } : value) as CustomJob;
  return { job, completeness: format.completeness };
}

function findingsOf(file: string): Finding[] {
  const { job, completeness } = readRealConfig(file);
  return checkCustomJob(job, { completeness, location: LOCATIONS[file], today: TODAY });
}

function show(finding: Finding): string {
  return `${finding.severity} ${finding.ruleId} ${finding.path}: ${finding.message}`;
}

function filesOnDisk(): string[] {
  return Object.keys(FORMATS).flatMap((folder) => fs.readdirSync(path.join(REAL, folder))
    .filter((name) => /\.(ya?ml|json)$/.test(name)).map((name) => `${folder}/${name}`)).sort();
}

describe('real-world Vertex AI corpus table', () => {
  test('lists every fixture file with its region, and every listed file exists', () => {
    // GIVEN the fixture folders
    const onDisk = filesOnDisk();

    // WHEN compared with the table of regions
    const listed = Object.keys(LOCATIONS).sort();

    // THEN they are the same files, and there are enough of them
    expect(listed).toEqual(onDisk);
    expect(onDisk.length).toBeGreaterThanOrEqual(MIN_FILES);
  });

  test('the README names a source for every file', () => {
    // GIVEN the README of the corpus
    const readme = fs.readFileSync(path.join(REAL, 'README.md'), 'utf8');

    // WHEN each file is looked up in it
    const missing = filesOnDisk().filter((file) => !readme.includes(`\`${file}\``));

    // THEN every file has its row
    expect(missing).toEqual([]);
  });
});

describe('real-world Vertex AI configs are never rejected', () => {
  test.each(Object.keys(LOCATIONS).sort())('%s: no error, and no rule throws', (file) => {
    // GIVEN a real config
    // WHEN it is checked with every Vertex rule
    const findings = findingsOf(file);

    // THEN nothing is an error and no rule failed to check it
    const bad = findings.filter((f) => f.severity === 'error' || /could not check/.test(f.message)).map(show);
    expect(bad).toEqual([]);
  });
});
