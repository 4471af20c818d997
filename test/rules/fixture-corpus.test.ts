/**
 * The fixture corpus: realistic job configs (gcloud `--config` YAML, REST `projects.jobs.create` bodies, `describe`
 * output in JSON and YAML, a `jobs list` response, batch prediction jobs) under test/fixtures/jobs/, each modelled on
 * a Google document, sample or a real user mistake (test/fixtures/jobs/README.md names the source of every file).
 *
 * - A valid file gets no error finding (warnings and info are allowed and shown in the test name and on failure).
 * - An invalid file holds ONE mistake: the intended rule reports it (an error, or a warning for warning rules) and no
 *   other rule reports an error.
 *
 * A valid, realistic config that a rule rejects is a defect of the rule, never of the fixture: fix the rule.
 */
import * as fs from 'fs';
import * as path from 'path';
import { JobInput, readJobFile } from '../../src/read/read-job-file';
import { API_RULES } from '../../src/rules/all-rules';
import { checkJob } from '../../src/rules/engine';
import { Finding, Rule } from '../../src/rules/rule';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'jobs');
const TODAY = '2026-11-24';

/** `[]` for a valid file; the id of the rule that must report the one mistake of an invalid file. */
type Expected = readonly [] | string;

const CORPUS: Readonly<Record<string, Expected>> = {
  // gcloud --config files (partial: job id, region, module and packages may come from the command line)
  'valid/basic-census-config.yaml': [],
  'valid/standard1-sklearn-hptuning.yaml': [],
  'valid/premium1-config.yaml': [],
  'valid/basic-gpu-config.yaml': [],
  'valid/basic-tpu-mnist.yaml': [],
  'valid/criteo-large-legacy.yaml': [],
  'valid/legacy-p100-cluster.yaml': [],
  'valid/movielens-standard-gpu-hptuning.yaml': [],
  'valid/n1-standard-8-v100-x4.yaml': [],
  'valid/n1-standard-8-p4-us-east4.yaml': [],
  'valid/a2-highgpu-4g-a100-rapids.yaml': [],
  'valid/tpu-legacy-resnet-hypertune.yaml': [],
  'valid/tpu-legacy-complex-model-m.yaml': [],
  'valid/hptuning-grid-search.yaml': [],
  'valid/hptuning-resume-previous.yaml': [],
  'valid/custom-container-pytorch-t4.yaml': [],
  'valid/evaluator-disk-chief-container.yaml': [],
  'valid/scheduling-v100-asia-east1.yaml': [],
  // Google's census samples write `type: integer`: only the enum name is documented, so MLJ-HPT-001 warns, not rejects.
  'valid/census-hptuning-lowercase-type.yaml': [],
  // gcloud's own --config help puts jobId in the file; with no server-written field it is read as partial.
  'valid/gcloud-config-help-example.yaml': [],
  // Found by checking public configs: gcloud's flag spelling of a tier (MLJ-CLUSTER-007 warns) and decreasing
  // DISCRETE values (MLJ-HPT-009 warns): neither is known to be rejected.
  'valid/scale-tier-hyphen-xgboost-hptuning.yaml': [],
  'valid/discrete-values-decreasing-legacy-cluster.yaml': [],
  // Real configs of public repositories (test/fixtures/jobs/README.md): booleans among DISCRETE values (YAML 1.1
  // False/True, which gcloud sends as 0 and 1), a grid of DISCRETE values only, a master-only CUSTOM tier, 92 GPU
  // workers, and fixed hyperparameters written as ranges with min = max.
  'valid/practical-ml-vision-t4x2-hptuning.yaml': [],
  'valid/practical-ml-vision-grid-discrete.yaml': [],
  'valid/practical-ml-vision-cpu-custom-master-only.yaml': [],
  'valid/practical-ml-vision-gpus-multiple-machines.yaml': [],
  'valid/valan-fixed-range-hptuning.yaml': [],
  // gcloud's --config reader (apitools DictToMessage) reads one value of a list field as a one-item list.
  'valid/package-uris-string-gcloud.yaml': [],

  // REST projects.jobs.create bodies, describe output (JSON and YAML) and a jobs list response (complete)
  'valid/rest-create-custom-legacy.json': [],
  'valid/seed-terraform-sklearn-basic.json': [],
  'valid/custom-container-seed-us-east1.json': [],
  'valid/tpu-v3-compute-engine-container.json': [],
  // The body gcloud sends for --scale-tier BASIC_TPU --master-image-uri … --tpu-tf-version 1.15 (the implied TPU worker).
  'valid/basic-tpu-container-rest.json': [],
  'valid/cmek-vpc-service-account-rest.json': [],
  'valid/hptuning-all-types-describe.yaml': [],
  'valid/jobs-list-response.json': [],
  'valid/workflows-cancelled-container-describe.json': [],

  // batch prediction (complete)
  'valid/batch-predict-model-rest.json': [],
  'valid/batch-predict-version-describe.json': [],
  'valid/batch-predict-model-dir-describe.yaml': [],
  'valid/batch-predict-census-text.json': [],

  // one mistake each
  'invalid/job-id-hyphen.json': 'MLJ-JOB-001',
  'invalid/label-uppercase.json': 'MLJ-LABEL-001',
  'invalid/labels-inside-training-input.json': 'MLJ-JOB-004',
  'invalid/snake-case-max-parallel-trials.yaml': 'MLJ-JOB-004',
  // A REST body's JSON parser wants an array; gcloud's --config reader wraps one value (valid/package-uris-string-gcloud.yaml).
  'invalid/package-uris-string-rest.json': 'MLJ-JOB-003',
  'invalid/region-missing-rest.json': 'MLJ-REGION-001',
  'invalid/region-vertex-only.yaml': 'MLJ-REGION-002',
  'invalid/v100-count-3.yaml': 'MLJ-ACCEL-003',
  'invalid/k80-on-n1-standard-64.yaml': 'MLJ-ACCEL-003',
  // An n1 machine takes no A100 at all (A100 exists only on a2 shapes), so this is an error although the a2 counts are
  // inferred (skypilot-org/skypilot#212: "[nvidia-tesla-a100, n1-highmem-8] features are not compatible").
  'invalid/a100-on-n1-highmem-8.yaml': 'MLJ-ACCEL-003',
  // One mistake, one error: MLJ-ACCEL-003 leaves accelerators on legacy types to MLJ-ACCEL-001.
  'invalid/accelerator-on-standard-gpu.yaml': 'MLJ-ACCEL-001',
  'invalid/accelerator-nvidia-l4.yaml': 'MLJ-ACCEL-002',
  'invalid/v100-in-us-east1.yaml': 'MLJ-ACCEL-004',
  'invalid/scale-tier-gcloud-spelling.yaml': 'MLJ-CLUSTER-007',
  'invalid/custom-tier-without-master-rest.json': 'MLJ-CLUSTER-002',
  'invalid/worker-count-without-type.json': 'MLJ-CLUSTER-003',
  'invalid/worker-count-basic-tier.yaml': 'MLJ-CLUSTER-003',
  'invalid/compute-engine-worker-legacy-master.yaml': 'MLJ-CLUSTER-004',
  'invalid/machine-type-with-basic-gpu.json': 'MLJ-CLUSTER-005',
  'invalid/machine-type-e2.yaml': 'MLJ-CLUSTER-006',
  'invalid/runtime-and-image.json': 'MLJ-CODE-001',
  'invalid/missing-python-module-rest.json': 'MLJ-CODE-002',
  'invalid/container-args-with-args.json': 'MLJ-CODE-003',
  'invalid/python27-runtime-211.yaml': 'MLJ-CODE-004',
  'invalid/python36-runtime-21.yaml': 'MLJ-CODE-004',
  'invalid/job-dir-local-path.yaml': 'MLJ-PATH-001',
  'invalid/disk-type-hyperdisk.yaml': 'MLJ-DISK-001',
  'invalid/goal-misspelled.yaml': 'MLJ-HPT-001',
  'invalid/duplicate-parameter-names.yaml': 'MLJ-HPT-002',
  'invalid/discrete-values-unsorted.yaml': 'MLJ-HPT-009',
  'invalid/log-scale-min-zero.yaml': 'MLJ-HPT-004',
  'invalid/grid-search-double.yaml': 'MLJ-HPT-005',
  'invalid/parallel-trials-swapped.yaml': 'MLJ-HPT-007',
  'invalid/categorical-with-scale-type.yaml': 'MLJ-HPT-008',
  'invalid/tpu-worker-count-8.yaml': 'MLJ-TPU-001',
  'invalid/tpu-tf-version-on-gpu-worker.yaml': 'MLJ-TPU-002',
  'invalid/tpu-container-without-tf-version.json': 'MLJ-TPU-002',
  'invalid/duration-2h.yaml': 'MLJ-SCHED-001',
  'invalid/max-wait-time-600s.yaml': 'MLJ-SCHED-002',
  'invalid/priority-2000.json': 'MLJ-SCHED-003',
  'invalid/kms-key-without-location.json': 'MLJ-KMS-001',
  'invalid/kms-key-multi-region.json': 'MLJ-KMS-002',
  'invalid/network-short-name.yaml': 'MLJ-NET-001',
  'invalid/network-project-id.yaml': 'MLJ-NET-002',
  'invalid/service-account-not-email.yaml': 'MLJ-IAM-001',
  'invalid/predict-model-short-name.json': 'MLJ-PRED-001',
  'invalid/predict-csv-input.json': 'MLJ-PRED-002',
  'invalid/predict-tfrecord-output.json': 'MLJ-PRED-002',
  'invalid/predict-missing-output-path.json': 'MLJ-PRED-004',
  'invalid/predict-output-path-is-file.json': 'MLJ-PRED-005',
};

const MIN_VALID = 20;
const MIN_INVALID = 25;

const RULE_SEVERITY = new Map(API_RULES.map((rule) => [rule.id, rule.severity]));

interface Row {
  readonly file: string;
  readonly expected: Expected;
}

const ROWS: Row[] = Object.entries(CORPUS).map(([file, expected]) => ({ file, expected }));
const VALID_ROWS = ROWS.filter((row) => typeof row.expected !== 'string');
const INVALID_ROWS = ROWS.filter((row) => typeof row.expected === 'string');

function filesIn(folder: string): string[] {
  return fs.readdirSync(path.join(FIXTURES, folder)).filter((name) => /\.(ya?ml|json)$/i.test(name)).map((name) => `${folder}/${name}`);
}

/** Every finding of every job in the file, with the job's location. */
function check(file: string, rules: readonly Rule[] = API_RULES): { location: string; finding: Finding }[] {
  const jobs: JobInput[] = readJobFile(path.join(FIXTURES, file));
  if (jobs.length === 0) throw new Error(`${file} holds no job`);
  return jobs.flatMap(({ job, completeness, location }) =>
    checkJob(job, { completeness, today: TODAY, rules }).map((finding) => ({ location: path.relative(FIXTURES, location), finding })));
}

/** The findings that say a rule threw instead of checking the job: a rule that crashes must not pass silently. */
function crashes(findings: { location: string; finding: Finding }[]): string[] {
  return findings.filter(({ finding }) => /could not check this job/.test(finding.message)).map(show);
}

function show({ location, finding }: { location: string; finding: Finding }): string {
  return `${location}: ${finding.severity} ${finding.ruleId} ${finding.path}: ${finding.message}`;
}

describe('fixture corpus table', () => {
  test('has an expectation for every fixture file and a file for every expectation', () => {
    // GIVEN the fixture folders
    const onDisk = [...filesIn('valid'), ...filesIn('invalid')].sort();

    // WHEN compared with the table
    const inTable = Object.keys(CORPUS).sort();

    // THEN they list the same files
    expect(inTable).toEqual(onDisk);
  });

  test(`has at least ${MIN_VALID} valid and ${MIN_INVALID} invalid fixtures, each in the folder its expectation says`, () => {
    // GIVEN the table rows

    // WHEN they are split by expectation
    const validFolders = new Set(VALID_ROWS.map((row) => row.file.split('/')[0]));
    const invalidFolders = new Set(INVALID_ROWS.map((row) => row.file.split('/')[0]));

    // THEN there are enough of each, and valid rows are in valid/, invalid rows in invalid/
    expect(VALID_ROWS.length).toBeGreaterThanOrEqual(MIN_VALID);
    expect(INVALID_ROWS.length).toBeGreaterThanOrEqual(MIN_INVALID);
    expect([...validFolders]).toEqual(['valid']);
    expect([...invalidFolders]).toEqual(['invalid']);
  });

  test('names only rules that exist', () => {
    // GIVEN the rule ids the invalid rows expect
    const expected = INVALID_ROWS.map((row) => row.expected as string);

    // WHEN looked up among the built-in rules
    const unknown = expected.filter((id) => !RULE_SEVERITY.has(id));

    // THEN every one is a rule
    expect(unknown).toEqual([]);
  });

  test('a rule that throws on a fixture is caught, not passed', () => {
    // GIVEN a rule that throws on every job
    const throwing: Rule = { ...API_RULES[0], id: 'MLJ-TEST-001', check: () => { throw new TypeError('cannot read x'); } };

    // WHEN a valid fixture is checked with it
    const found = crashes(check('valid/basic-census-config.yaml', [throwing]));

    // THEN the crash is a finding the corpus tests fail on
    expect(found).toEqual([expect.stringMatching(/warning MLJ-TEST-001 : Rule MLJ-TEST-001 could not check this job: cannot read x$/)]);
  });

  test('every fixture has a row in the README, and invalid rows name their rule', () => {
    // GIVEN the README of the corpus
    const readme = fs.readFileSync(path.join(FIXTURES, 'README.md'), 'utf8').split('\n');

    // WHEN each fixture's row is looked up
    const problems = ROWS.flatMap((row) => {
      const line = readme.find((l) => l.startsWith('|') && l.includes(`\`${row.file}\``));
      if (!line) return [`${row.file}: no README row`];
      if (typeof row.expected === 'string' && !line.includes(row.expected)) return [`${row.file}: README row does not name ${row.expected}`];
      return [];
    });

    // THEN none is missing or wrong
    expect(problems).toEqual([]);
  });
});

describe('valid fixtures have no error findings', () => {
  for (const row of VALID_ROWS) {
    // The non-error findings are part of the name so that reviewers see them in verbose output.
    const notes = check(row.file).filter(({ finding }) => finding.severity !== 'error');
    const noted = [...new Set(notes.map(({ finding }) => `${finding.severity} ${finding.ruleId}`))];
    const name = `${row.file}${noted.length ? ` (${noted.join(', ')})` : ''}`;

    test(name, () => {
      // GIVEN a valid job config modelled on a Google document or sample
      const file = row.file;

      // WHEN it is read and checked
      const findings = check(file);

      // THEN no rule reports an error (warnings and info are listed in the message if the assertion fails)
      const report = {
        errors: findings.filter(({ finding }) => finding.severity === 'error').map(show),
        warningsAndInfo: findings.filter(({ finding }) => finding.severity !== 'error').map(show),
      };
      expect(report).toEqual({ errors: [], warningsAndInfo: report.warningsAndInfo });
      expect(crashes(findings)).toEqual([]);
    });
  }
});

describe('invalid fixtures are reported by their intended rule and by no other error', () => {
  for (const row of INVALID_ROWS) {
    const ruleId = row.expected as string;
    const severity = RULE_SEVERITY.get(ruleId) ?? 'error';

    test(`${row.file} → ${ruleId} (${severity})`, () => {
      // GIVEN a job config with one mistake
      const file = row.file;

      // WHEN it is read and checked
      const findings = check(file);

      // THEN the intended rule reports it with its severity, and no other rule reports an error
      const intended = findings.filter(({ finding }) => finding.ruleId === ruleId && finding.severity === severity).map(show);
      const otherErrors = findings.filter(({ finding }) => finding.ruleId !== ruleId && finding.severity === 'error').map(show);
      expect({ intended: intended.length > 0, otherErrors, crashes: crashes(findings), all: findings.map(show) }).toEqual({
        intended: true,
        otherErrors: [],
        crashes: [],
        all: findings.map(show),
      });
    });
  }
});
