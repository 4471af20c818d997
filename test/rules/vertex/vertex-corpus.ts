// Reading the Vertex AI fixture corpora (test/fixtures/vertex/real and test/fixtures/vertex/invalid) the way each
// format's tool reads it: the folder decides the format; LOCATIONS gives the region of each real config.
import * as fs from 'fs';
import * as path from 'path';
import { parseJsonText, parseYamlText } from '../../../src/read/parse-document';
import { CustomJob } from '../../../src/model/custom-job';
import { Completeness, Finding } from '../../../src/rules/rule';
import { checkCustomJob } from '../../../src/rules/vertex/check-custom-job';

/** test/fixtures/vertex/real: configs Vertex AI accepted or Google shows as working. */
export const REAL = path.join(__dirname, '..', '..', 'fixtures', 'vertex', 'real');
/** test/fixtures/vertex/invalid: configs with one mistake each. */
export const INVALID = path.join(__dirname, '..', '..', 'fixtures', 'vertex', 'invalid');
/** The date the corpora are checked on. */
export const TODAY = '2026-12-02';

/** How each folder's files are read: a gcloud `--config` file is a CustomJobSpec (partial); the rest are CustomJobs. */
export const FORMATS: Readonly<Record<string, { readonly completeness: Completeness; readonly spec: boolean }>> = {
  gcloud: { completeness: 'partial', spec: true },
  rest: { completeness: 'complete', spec: false },
  describe: { completeness: 'complete', spec: false },
  sdk: { completeness: 'complete', spec: false },
};

/** The region each job was submitted to (from its `--region`, endpoint or resource name). */
export const LOCATIONS: Readonly<Record<string, string>> = {
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
  'rest/nfs-mount-filestore.json': 'us-central1',
  'rest/persistent-resource-a100.json': 'us-central1',
  'rest/snake-case-field-names.json': 'us-central1',
  'describe/succeeded-package-job.yaml': 'us-central1',
  'describe/running-web-access-multi-pool.json': 'europe-west4',
  'describe/failed-empty-skipped-pools.yaml': 'us-west1',
  'sdk/gapic-tpu-v3-disk-env.json': 'us-central1',
  'sdk/reduction-server-three-pools.json': 'us-central1',
  'sdk/mlops-worker-pool-specs-string-count.yaml': 'us-central1',
  'sdk/sdk-prepare-specs-unspecified-accelerator.json': 'us-central1',
};

/** Reads one fixture of `root` the way its format is read by the tool it was written for (YAML as gcloud's 1.1 reader). */
export function readCorpusConfig(root: string, file: string): { job: CustomJob; completeness: Completeness } {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const format = FORMATS[file.split('/')[0]];
  if (!format) throw new Error(`${file}: no format for its folder`);
  const fail = (problem: string) => new Error(`${file}: ${problem}`);
  const value = /\.json$/.test(file) ? parseJsonText(text, fail) : parseYamlText(text, fail, { version: '1.1' }).value;
  const job = (format.spec ? { jobSpec: value } : value) as CustomJob;
  return { job, completeness: format.completeness };
}

/** Every Vertex rule finding of one fixture, in `location`. */
export function corpusFindings(root: string, file: string, location: string | undefined): Finding[] {
  const { job, completeness } = readCorpusConfig(root, file);
  return checkCustomJob(job, { completeness, ...(location !== undefined ? { location } : {}), today: TODAY });
}

/** The fixture files of `root` (`folder/name`), sorted. */
export function corpusFiles(root: string): string[] {
  return Object.keys(FORMATS).filter((folder) => fs.existsSync(path.join(root, folder))).flatMap((folder) => fs.readdirSync(path.join(root, folder))
    .filter((name) => /\.(ya?ml|json)$/.test(name)).map((name) => `${folder}/${name}`)).sort();
}

/** One finding as a line. */
export function showFinding(finding: Finding): string {
  return `${finding.severity} ${finding.ruleId} ${finding.path}: ${finding.message}`;
}
