import { HYGIENE_PACK } from '../../../src/policy/packs/hygiene';
import { API_RULES } from '../../../src/rules/all-rules';
import { checkJob } from '../../../src/rules/engine';
import { JOB_DIR_SET } from '../../../src/policy/packs/hygiene/job-dir-set';
import { MAX_WAIT_TIME_WITH_ACCELERATORS } from '../../../src/policy/packs/hygiene/max-wait-time-with-accelerators';
import { PACKAGE_VERSIONS_EXPLICIT } from '../../../src/policy/packs/hygiene/package-versions-explicit';
import { REQUIRED_LABELS } from '../../../src/policy/packs/hygiene/required-labels';
import { RUNTIME_END_OF_SUPPORT } from '../../../src/policy/packs/hygiene/runtime-end-of-support';
import { compliantContainerJob, compliantJob, policyFindings } from '../policy-test-helpers';

// Before the catalog's end-of-support dates of 2.x runtimes (the service shutdown, 2025-01-31).
const BEFORE_SHUTDOWN = '2024-06-01';

describe('hygiene pack', () => {
  test('a compliant job has no findings', () => {
    for (const rule of HYGIENE_PACK) expect(policyFindings(rule, compliantJob(), { today: BEFORE_SHUTDOWN })).toEqual([]);
  });
});

describe('MLJ-HYG-001 required labels', () => {
  test('compliant: team and cost-center set; unknown labels', () => {
    expect(policyFindings(REQUIRED_LABELS, compliantJob())).toEqual([]);
    expect(policyFindings(REQUIRED_LABELS, { ...compliantJob(), labels: '${var.labels}' })).toEqual([]);
    expect(policyFindings(REQUIRED_LABELS, { ...compliantJob(), labels: { 'team': '${var.team}', 'cost-center': 'cc1' } })).toEqual([]);
  });
  test('non-compliant: missing and empty labels, on prediction jobs too', () => {
    const found = policyFindings(REQUIRED_LABELS, { jobId: 'p', labels: { team: '' }, predictionInput: { region: 'us-central1' } });
    expect(found.map((f) => [f.path, f.message])).toEqual([
      ['labels.cost-center', 'Label "cost-center" is missing; this policy requires it on every job.'],
      ['labels.team', 'Label "team" is empty; this policy requires a value.'],
    ]);
  });
  test('parameter labels', () => {
    expect(policyFindings(REQUIRED_LABELS, compliantJob(), { parameters: { labels: ['team', 'env'] } }).map((f) => f.path)).toEqual(['labels.env']);
  });
});

describe('MLJ-HYG-002 runtime end of support', () => {
  test('compliant: a runtime far from its end of support; unknown or uncatalogued runtimes', () => {
    expect(policyFindings(RUNTIME_END_OF_SUPPORT, compliantJob(), { today: BEFORE_SHUTDOWN })).toEqual([]);
    expect(policyFindings(RUNTIME_END_OF_SUPPORT, compliantJob({ runtimeVersion: '${var.runtime}' }))).toEqual([]);
    expect(policyFindings(RUNTIME_END_OF_SUPPORT, compliantJob({ runtimeVersion: '9.9' }))).toEqual([]);
  });
  test('non-compliant: a confirmed past end of support is an error, for training and prediction', () => {
    expect(policyFindings(RUNTIME_END_OF_SUPPORT, compliantJob({ runtimeVersion: '1.5' }))[0]).toMatchObject({ severity: 'error', message: 'trainingInput.runtimeVersion is "1.5", past its end of support (2020-03-17).' });
    const prediction = { jobId: 'p', predictionInput: { region: 'us-central1', runtimeVersion: '1.9' } };
    expect(policyFindings(RUNTIME_END_OF_SUPPORT, prediction)[0]).toMatchObject({ severity: 'error', path: 'predictionInput.runtimeVersion' });
  });
  test('an unconfirmed end of support (an upper bound) only warns', () => {
    const [finding] = policyFindings(RUNTIME_END_OF_SUPPORT, compliantJob({ runtimeVersion: '2.11' }), { today: '2026-11-24' });
    expect(finding.severity).toBe('warning');
    expect(finding.message).toMatch(/an upper bound/);
  });
  test('one finding per fact: with MLJ-CODE-005 in the same run, only MLJ-HYG-002 reports the end of support', () => {
    // GIVEN the api rules and the hygiene pack, as mljob check runs them
    const rules = [...API_RULES, ...HYGIENE_PACK];

    // WHEN a job on a retired runtime is checked
    const found = checkJob(compliantJob({ runtimeVersion: '1.5', pythonVersion: '2.7' }) as any, { rules, today: '2026-11-24' });

    // THEN one finding says so
    expect(found.filter((f) => f.path === 'trainingInput.runtimeVersion').map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['MLJ-HYG-002 error']);
  });
  test('the fix is actionable: after the 2025-01-31 shutdown no runtime is supported, so it names Vertex AI and a custom container', () => {
    const [training] = policyFindings(RUNTIME_END_OF_SUPPORT, compliantJob({ runtimeVersion: '1.15' }), { today: '2026-11-24' });
    expect(training.fix).toBe('AI Platform Training shut down on 2025-01-31 and supports no runtime version: move the job to Vertex AI custom training, with a prebuilt or custom container.');
    const [prediction] = policyFindings(RUNTIME_END_OF_SUPPORT, { jobId: 'p', predictionInput: { region: 'us-central1', runtimeVersion: '1.9' } }, { today: '2026-11-24' });
    expect(prediction.fix).toBe('AI Platform Prediction shut down on 2025-01-31 and supports no runtime version: move the model to Vertex AI batch prediction, with a prebuilt or custom container.');
  });
  test('before the shutdown, the fix names a supported runtime or a custom container', () => {
    const [finding] = policyFindings(RUNTIME_END_OF_SUPPORT, compliantJob({ runtimeVersion: '1.5' }), { today: BEFORE_SHUTDOWN });
    expect(finding.fix).toBe('Move to a runtime version still supported (see the runtime version list), or run a custom container (masterConfig.imageUri), which needs none.');
    const [soon] = policyFindings(RUNTIME_END_OF_SUPPORT, compliantJob(), { today: '2024-12-01' });
    expect(soon.fix).toBe('Support ends with the shutdown of AI Platform Training on 2025-01-31, for every runtime version: plan the move to Vertex AI custom training, with a prebuilt or custom container.');
  });
  test('warns within warnDays of the end of support', () => {
    expect(policyFindings(RUNTIME_END_OF_SUPPORT, compliantJob(), { today: '2024-12-01' })[0]).toMatchObject({ severity: 'warning', message: 'trainingInput.runtimeVersion is "2.11", whose support ends on 2025-01-31.' });
    expect(policyFindings(RUNTIME_END_OF_SUPPORT, compliantJob(), { today: '2024-12-01', parameters: { warnDays: 30 } })).toEqual([]);
  });
});

describe('MLJ-HYG-003 jobDir', () => {
  test('compliant: set, or a reference', () => {
    expect(policyFindings(JOB_DIR_SET, compliantJob())).toEqual([]);
    expect(policyFindings(JOB_DIR_SET, compliantJob({ jobDir: '${google_storage_bucket.out.url}' }))).toEqual([]);
  });
  test('non-compliant: not set (a warning)', () => {
    expect(policyFindings(JOB_DIR_SET, compliantContainerJob())[0]).toMatchObject({ severity: 'warning', path: 'trainingInput.jobDir' });
  });
});

describe('MLJ-HYG-004 maxWaitTime with accelerators', () => {
  test('compliant: set with GPUs; no accelerators; unknown scheduling', () => {
    expect(policyFindings(MAX_WAIT_TIME_WITH_ACCELERATORS, compliantJob())).toEqual([]);
    expect(policyFindings(MAX_WAIT_TIME_WITH_ACCELERATORS, compliantContainerJob())).toEqual([]);
    expect(policyFindings(MAX_WAIT_TIME_WITH_ACCELERATORS, compliantJob({ scheduling: '${var.scheduling}' }))).toEqual([]);
  });
  test('non-compliant: GPUs in acceleratorConfig, a GPU scale tier', () => {
    expect(policyFindings(MAX_WAIT_TIME_WITH_ACCELERATORS, compliantJob({ scheduling: { maxRunningTime: '7200s' } }))[0].message)
      .toBe('trainingInput.scheduling.maxWaitTime is not set on a job with NVIDIA_TESLA_T4; this policy requires a queueing limit (at least "1800s").');
    expect(policyFindings(MAX_WAIT_TIME_WITH_ACCELERATORS, { jobId: 'j', trainingInput: { scaleTier: 'BASIC_TPU', region: 'us-central1' } })[0].message).toMatch(/with TPU_V2/);
  });
});

describe('MLJ-HYG-005 explicit versions of package jobs', () => {
  const partial = { completeness: 'partial' as const };
  test('compliant: a config file with both versions; container jobs; complete jobs (MLJ-CODE-005/006 cover them)', () => {
    expect(policyFindings(PACKAGE_VERSIONS_EXPLICIT, compliantJob(), partial)).toEqual([]);
    expect(policyFindings(PACKAGE_VERSIONS_EXPLICIT, compliantContainerJob(), partial)).toEqual([]);
    expect(policyFindings(PACKAGE_VERSIONS_EXPLICIT, compliantJob({ pythonVersion: undefined }))).toEqual([]);
  });
  test('non-compliant: a gcloud --config file that leaves the versions to the command line', () => {
    const found = policyFindings(PACKAGE_VERSIONS_EXPLICIT, compliantJob({ pythonVersion: undefined, runtimeVersion: undefined }), partial);
    expect(found.map((f) => [f.severity, f.path])).toEqual([['error', 'trainingInput.pythonVersion'], ['error', 'trainingInput.runtimeVersion']]);
  });
});
