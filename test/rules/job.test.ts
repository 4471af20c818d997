import { Token } from 'cdktf';
import { FIELD_TYPES } from '../../src/rules/job/field-types';
import { JOB_ID_FORMAT } from '../../src/rules/job/job-id-format';
import { JOB_INPUT_UNION } from '../../src/rules/job/job-input-union';
import { LABELS_FORMAT } from '../../src/rules/job/labels-format';
import { REGION_KNOWN } from '../../src/rules/job/region-known';
import { REGION_REQUIRED } from '../../src/rules/job/region-required';
import { UNKNOWN_FIELDS } from '../../src/rules/job/unknown-fields';
import { containerJob, findings, packageJob, predictionJob } from './rule-test-helpers';

describe('MLJ-JOB-001 jobId format', () => {
  test.each(['census_1', 'A', 'x'.repeat(128), 'Train_Job_2020_11_04'])('accepts %s', (jobId) => {
    expect(findings(JOB_ID_FORMAT, { ...packageJob(), jobId })).toEqual([]);
  });

  test.each([
    ['census-training', /must start with a letter and contain only letters, digits and underscores/],
    ['1_job', /must start with a letter/],
    ['x'.repeat(129), /129 characters long; at most 128/],
  ])('rejects %s', (jobId, message) => {
    const [finding, ...rest] = findings(JOB_ID_FORMAT, { ...packageJob(), jobId });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'MLJ-JOB-001', severity: 'error', path: 'jobId' });
    expect(finding.message).toMatch(message);
  });

  test('suggests a valid id', () => {
    expect(findings(JOB_ID_FORMAT, { ...packageJob(), jobId: 'census-training' })[0].fix).toBe('Use "census_training".');
  });

  test('a missing id is an error in a complete job and info in a gcloud config file', () => {
    const { jobId: _, ...job } = packageJob();
    expect(findings(JOB_ID_FORMAT, job)[0]).toMatchObject({ severity: 'error', path: 'jobId' });
    expect(findings(JOB_ID_FORMAT, job, 'partial')[0]).toMatchObject({ severity: 'info', message: expect.stringMatching(/command line/) });
  });

  test('an unresolved reference is unknown, not a violation', () => {
    expect(findings(JOB_ID_FORMAT, { ...packageJob(), jobId: '${var.job_id}' })).toEqual([]);
  });
});

describe('MLJ-JOB-002 exactly one input', () => {
  test('accepts a training job and a prediction job', () => {
    expect(findings(JOB_INPUT_UNION, packageJob())).toEqual([]);
    expect(findings(JOB_INPUT_UNION, predictionJob())).toEqual([]);
  });

  test('rejects both and neither', () => {
    expect(findings(JOB_INPUT_UNION, { ...packageJob(), predictionInput: predictionJob().predictionInput })[0].message).toMatch(/Both trainingInput and predictionInput/);
    expect(findings(JOB_INPUT_UNION, { jobId: 'j' })[0].message).toMatch(/Neither/);
  });
});

describe('MLJ-JOB-003 field types', () => {
  test('accepts int64 fields as strings, as REST returns them', () => {
    expect(findings(FIELD_TYPES, packageJob({ workerCount: '2' }))).toEqual([]);
  });

  test.each([
    ['a list nested in a list', { args: [['--a']] }, 'trainingInput.args[0]', /must be a string/],
    ['a string where a list goes', { packageUris: 'gs://b/p.tar.gz' }, 'trainingInput.packageUris', /must be a list/],
    ['a word where a number goes', { workerCount: 'two' }, 'trainingInput.workerCount', /must be a number/],
    ['a string where an object goes', { scheduling: '3600s' }, 'trainingInput.scheduling', /must be an object/],
    ['a string where a boolean goes', { enableWebAccess: 'yes' }, 'trainingInput.enableWebAccess', /true or false/],
  ])('rejects %s', (_name, override, path, message) => {
    const [finding] = findings(FIELD_TYPES, packageJob(override));
    expect(finding).toMatchObject({ ruleId: 'MLJ-JOB-003', path });
    expect(finding.message).toMatch(message);
  });

  test('values known only at apply are never of a wrong type, whatever the field', () => {
    // GIVEN a Terraform reference, cdktf number and list tokens, and a template placeholder, in string, number, bool and list fields
    const job = packageJob({
      workerCount: '${var.workers}',
      masterType: Token.asNumber('${var.type}') as unknown as string,
      enableWebAccess: '$ENABLE' as unknown as boolean,
      packageUris: Token.asList('${var.uris}'),
      args: ['${var.arg}', Token.asNumber('${var.n}') as unknown as string],
    });
    // THEN
    expect(findings(FIELD_TYPES, job)).toEqual([]);
  });
});

describe('the shape walk and map tokens', () => {
  test('an object or map that is a cdktf map token is unknown, wherever its token key comes among its keys: nothing is reported for it', () => {
    // GIVEN map tokens (an own key holding the token) in an object field and a map field, after keys that are wrong
    const token = Token.asAnyMap('${var.scheduling}') as { [key: string]: unknown };
    const job = packageJob({
      scheduling: { maxRunningTime: 5, masterTyp: 'x', ...token },
      hyperparameters: { goal: 'MAXIMIZE', params: [], maxTrials: 'two', ...(Token.asAnyMap('${var.tuning}') as object) },
    });
    // THEN neither the wrong type nor the unknown field before the token key is reported
    expect(findings(FIELD_TYPES, job)).toEqual([]);
    expect(findings(UNKNOWN_FIELDS, job)).toEqual([]);
  });

  test('a key that only looks like a map token is walked like any other key', () => {
    // GIVEN a key holding `&{TfToken[` that cdktf does not read as a token, after a wrong field
    const job = packageJob({ scheduling: { maxRunningTime: 5, '&{TfToken[abc': 1 } });
    // THEN the walk reports both, once each
    expect(findings(FIELD_TYPES, job).map((f) => f.path)).toEqual(['trainingInput.scheduling.maxRunningTime']);
    expect(findings(UNKNOWN_FIELDS, job).map((f) => f.path)).toEqual(['trainingInput.scheduling.&{TfToken[abc']);
  });
});

describe('MLJ-JOB-004 unknown fields', () => {
  test('accepts every API field, output-only ones included', () => {
    expect(findings(UNKNOWN_FIELDS, { ...packageJob(), state: 'SUCCEEDED', etag: 'x', trainingOutput: { consumedMLUnits: 1 } })).toEqual([]);
  });

  test('names the field a snake_case or misspelled key meant', () => {
    const job = packageJob({ hyperparameters: { goal: 'MAXIMIZE', max_parallel_trials: 2, params: [] }, masterTyp: 'x' });
    const result = findings(UNKNOWN_FIELDS, job);
    expect(result.map((f) => [f.path, f.fix])).toEqual([
      ['trainingInput.hyperparameters.max_parallel_trials', 'Rename it to maxParallelTrials.'],
      ['trainingInput.masterTyp', 'Rename it to masterType.'],
    ]);
    expect(result[0].severity).toBe('error');
  });

  test('a key named like a member of Object.prototype is an unknown field, not a field', () => {
    // JSON.parse makes __proto__ an own key, as YAML does
    const job = JSON.parse('{"trainingInput": {"scaleTier": "BASIC", "region": "us-central1", "constructor": 1, "__proto__": {"a": 1}, "masterConfig": {"valueOf": 3}}}');
    expect(findings(UNKNOWN_FIELDS, job).map((f) => f.path).sort()).toEqual(['trainingInput.__proto__', 'trainingInput.constructor', 'trainingInput.masterConfig.valueOf']);
  });
});

describe('MLJ-LABEL-001 labels', () => {
  test('accepts lowercase keys and values, international letters, empty values', () => {
    expect(findings(LABELS_FORMAT, { ...packageJob(), labels: { team: 'ml', 'cost-center': '', équipe: 'données', env_2: 'prod-1' } })).toEqual([]);
  });

  test.each([
    [{ Team: 'ml' }, 'labels.Team', /Label key "Team" is invalid/],
    [{ '1team': 'ml' }, 'labels.1team', /keys start with a lowercase letter/],
    [{ team: 'ML Platform' }, 'labels.team', /Label value "ML Platform" of "team" is invalid/],
    [{ team: 'a'.repeat(64) }, 'labels.team', /at most 63/],
  ])('rejects %j', (labels, path, message) => {
    const [finding] = findings(LABELS_FORMAT, { ...packageJob(), labels });
    expect(finding).toMatchObject({ path, severity: 'error' });
    expect(finding.message).toMatch(message);
  });

  test('the fix of a key is a valid key, also for a key that does not start with a letter', () => {
    const fixes = (labels: Record<string, string>) => findings(LABELS_FORMAT, { ...packageJob(), labels }).map((f) => f.fix);
    expect(fixes({ Team: 'ml', '1team': 'ml', _x: 'ml', '': 'ml', 'Über Team': 'ml' }))
      .toEqual(['Use "label_".', 'Use "label__x".', 'Use "label_1team".', 'Use "team".', 'Use "über_team".']);
  });

  test('rejects more than 64 labels', () => {
    const labels = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v']));
    expect(findings(LABELS_FORMAT, { ...packageJob(), labels })[0].message).toMatch(/65 entries; at most 64/);
  });
});

describe('MLJ-REGION-001 region required', () => {
  test('accepts a region', () => {
    expect(findings(REGION_REQUIRED, packageJob())).toEqual([]);
    expect(findings(REGION_REQUIRED, predictionJob())).toEqual([]);
  });

  test('a missing region is an error, or info in a gcloud config file', () => {
    expect(findings(REGION_REQUIRED, packageJob({ region: undefined }))[0]).toMatchObject({ severity: 'error', path: 'trainingInput.region' });
    expect(findings(REGION_REQUIRED, packageJob({ region: undefined }), 'partial')[0]).toMatchObject({ severity: 'info', message: expect.stringMatching(/--region/) });
    expect(findings(REGION_REQUIRED, predictionJob({ region: '' }))[0]).toMatchObject({ path: 'predictionInput.region' });
  });
});

describe('MLJ-REGION-002 region known', () => {
  test('accepts catalog regions', () => {
    expect(findings(REGION_KNOWN, packageJob())).toEqual([]);
    expect(findings(REGION_KNOWN, containerJob())).toEqual([]);
    expect(findings(REGION_KNOWN, predictionJob())).toEqual([]);
  });

  test('warns about an unknown region', () => {
    const [finding] = findings(REGION_KNOWN, packageJob({ region: 'us-moon1' }));
    expect(finding).toMatchObject({ severity: 'warning', path: 'trainingInput.region' });
    expect(finding.message).toMatch(/"us-moon1"; the catalog .* has no training there/);
  });

  test('a token region is unknown, not a violation', () => {
    expect(findings(REGION_KNOWN, packageJob({ region: '${var.region}' }))).toEqual([]);
  });
});
