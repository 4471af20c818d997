import { Catalog } from '../../../src/catalog/catalog';
import { TrainingInput } from '../../../src/model/training-input';
import { COST_PACK } from '../../../src/policy/packs/cost';
import { MAX_ACCELERATORS_PER_JOB } from '../../../src/policy/packs/cost/max-accelerators-per-job';
import { MAX_ACCELERATORS_PER_REPLICA } from '../../../src/policy/packs/cost/max-accelerators-per-replica';
import { MAX_COST } from '../../../src/policy/packs/cost/max-cost';
import { MAX_ML_UNITS } from '../../../src/policy/packs/cost/max-ml-units';
import { MAX_RUNNING_TIME } from '../../../src/policy/packs/cost/max-running-time';
import { MAX_TRIALS } from '../../../src/policy/packs/cost/max-trials';
import { trainingMlUnits } from '../../../src/rules/ml-units';
import { compliantJob, policyFindings } from '../policy-test-helpers';

const V100 = (count: unknown) => ({ acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count } });

describe('cost pack', () => {
  test('a compliant job has no findings', () => {
    for (const rule of COST_PACK) expect(policyFindings(rule, compliantJob())).toEqual([]);
  });
});

describe('ML units (temporary cost helper)', () => {
  const units = (input: Record<string, unknown>) => trainingMlUnits({ region: 'us-central1', ...input } as TrainingInput, Catalog.default());
  test('a predefined scale tier, and BASIC when no tier is given', () => {
    expect(units({ scaleTier: 'PREMIUM_1' })).toEqual({ perHour: 33.7829, complete: true, unpriced: [], estimatedPerHour: 0, estimated: [] });
    expect(units({})).toEqual({ perHour: 0.3878, complete: true, unpriced: [], estimatedPerHour: 0, estimated: [] });
  });
  test('CUSTOM sums the machines of the replicas in use', () => {
    const estimate = units({ scaleTier: 'CUSTOM', masterType: 'n1-standard-8', workerType: 'n1-standard-16', workerCount: 3, evaluatorType: 'n1-standard-4', evaluatorCount: 0 });
    expect(estimate.complete).toBe(true);
    expect(estimate.perHour).toBeCloseTo(0.7755 + 3 * 1.551, 6);
  });
  test('legacy GPU types include their GPUs', () => {
    expect(units({ scaleTier: 'CUSTOM', masterType: 'complex_model_m_p100' })).toEqual({ perHour: 19.6653, complete: true, unpriced: [], estimatedPerHour: 0, estimated: [] });
  });
  test('GPUs on Compute Engine types add the catalog\'s estimated units per GPU, per machine', () => {
    // n1-standard-8 0.7755 + 2 × V100 5.4498 (estimate: standard_v100 − standard, 2018 table, scaled to 2019 units)
    const withGpu = units({ scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: V100(2) });
    expect(withGpu).toMatchObject({ complete: true, unpriced: [], estimated: ['NVIDIA_TESLA_V100 at an estimated 5.4498 ML units/h each'] });
    expect(withGpu.perHour).toBeCloseTo(11.6751, 6);
    expect(withGpu.estimatedPerHour).toBeCloseTo(10.8996, 6);
    // 2 workers × (n1-standard-8 + 4 × K80 1.3061)
    const workers = units({ scaleTier: 'CUSTOM', masterType: 'n1-standard-8', workerType: 'n1-standard-8', workerCount: 2, workerConfig: { acceleratorConfig: { type: 'nvidia-tesla-k80', count: 4 } } });
    expect(workers.perHour).toBeCloseTo(0.7755 + 2 * (0.7755 + 4 * 1.3061), 6);
  });
  test('a GPU the catalog has no price for, or an unknown one, is left out: the estimate is a lower bound', () => {
    expect(units({ scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 1 } } })).toEqual({
      perHour: 0.7755, complete: false, unpriced: ['NVIDIA_TESLA_T4 on Compute Engine machine types has no price in the catalog'], estimatedPerHour: 0, estimated: [],
    });
    expect(units({ scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: { acceleratorConfig: '${var.gpu}' } }).unpriced).toEqual(['the accelerators of masterConfig are unknown until apply']);
    expect(units({ scaleTier: 'CUSTOM', masterType: 'n1-standard-8', masterConfig: V100('${var.count}') }).unpriced).toEqual(['the accelerators of masterConfig are unknown until apply']);
  });
  test('unpublished units and unknown values make the estimate a lower bound', () => {
    expect(units({ scaleTier: 'CUSTOM', masterType: 'n1-highmem-8' })).toMatchObject({ perHour: 0, complete: false, unpriced: ['masterType "n1-highmem-8" has no published ML units'] });
    expect(units({ scaleTier: 'CUSTOM', masterType: 'n1-standard-8', workerType: 'n1-standard-8', workerCount: '${var.workers}' })).toMatchObject({ perHour: 0.7755, complete: false });
    expect(units({ scaleTier: '${var.tier}' })).toMatchObject({ perHour: 0, complete: false });
  });
});

describe('MLJ-COST-001 accelerators per job', () => {
  test('compliant: at most 16 in all; unknown counts are not violations', () => {
    expect(policyFindings(MAX_ACCELERATORS_PER_JOB, compliantJob({ masterConfig: V100(8), workerType: 'n1-standard-16', workerCount: 1, workerConfig: V100(8) }))).toEqual([]);
    expect(policyFindings(MAX_ACCELERATORS_PER_JOB, compliantJob({ workerCount: '${var.workers}', workerConfig: V100(8) }))).toEqual([]);
  });
  test('non-compliant: 3 machines × 8 V100', () => {
    const [finding] = policyFindings(MAX_ACCELERATORS_PER_JOB, compliantJob({ masterConfig: V100(8), workerType: 'n1-standard-16', workerCount: 2, workerConfig: V100(8) }));
    expect(finding).toMatchObject({ ruleId: 'MLJ-COST-001', severity: 'error' });
    expect(finding.message).toBe('The job asks for 24 accelerators in all; this policy allows at most 16.');
  });
  test('parameter max; the known part of a partly unknown job is a lower bound', () => {
    const job = compliantJob({ masterConfig: V100(8), workerCount: '${var.workers}', workerConfig: V100(8) });
    expect(policyFindings(MAX_ACCELERATORS_PER_JOB, job, { parameters: { max: 4 } })[0].message).toMatch(/at least 8 accelerators/);
    expect(policyFindings(MAX_ACCELERATORS_PER_JOB, { jobId: 'j', trainingInput: { scaleTier: 'BASIC_GPU', region: 'us-central1' } }, { parameters: { max: 0 } })[0].message).toMatch(/asks for 1 accelerators/);
  });
});

describe('MLJ-COST-002 accelerators per replica', () => {
  test('compliant: at most 4 per machine', () => {
    expect(policyFindings(MAX_ACCELERATORS_PER_REPLICA, compliantJob({ masterConfig: V100(4) }))).toEqual([]);
    expect(policyFindings(MAX_ACCELERATORS_PER_REPLICA, compliantJob({ masterConfig: V100('${var.gpus}') }))).toEqual([]);
  });
  test('non-compliant: 8 per worker, and a legacy type with 4 built-in GPUs under a lower cap', () => {
    const [finding] = policyFindings(MAX_ACCELERATORS_PER_REPLICA, compliantJob({ workerConfig: V100(8) }));
    expect(finding).toMatchObject({ path: 'trainingInput.workerConfig.acceleratorConfig.count' });
    expect(finding.message).toMatch(/Each worker has 8 × NVIDIA_TESLA_V100/);
    const legacy = { jobId: 'j', trainingInput: { scaleTier: 'CUSTOM', masterType: 'complex_model_m_p100', region: 'us-central1' } };
    expect(policyFindings(MAX_ACCELERATORS_PER_REPLICA, legacy, { parameters: { max: 2 } })[0]).toMatchObject({ path: 'trainingInput.masterType' });
  });
});

describe('MLJ-COST-003 ML units per hour', () => {
  test('compliant: a small cluster, and machines without published units', () => {
    expect(policyFindings(MAX_ML_UNITS, compliantJob())).toEqual([]);
    expect(policyFindings(MAX_ML_UNITS, compliantJob({ workerType: 'n1-highmem-96', workerCount: 100, workerConfig: undefined }))).toEqual([]);
  });
  test('non-compliant: a tier or a custom cluster above the cap', () => {
    const tier = { jobId: 'j', trainingInput: { scaleTier: 'PREMIUM_1', region: 'us-central1' } };
    expect(policyFindings(MAX_ML_UNITS, tier, { parameters: { max: 30 } })[0]).toMatchObject({ path: 'trainingInput.scaleTier', message: 'The cluster consumes 33.78 ML units per hour; this policy allows at most 30.' });
    const big = compliantJob({ workerType: 'n1-standard-96', workerCount: 6, workerConfig: undefined });
    expect(policyFindings(MAX_ML_UNITS, big)[0].message).toMatch(/^The cluster consumes at least 56.61 ML units per hour; this policy allows at most 50.$/);
  });
  test('an excess that only the estimated GPU units make is a warning that says so; a certain excess stays an error', () => {
    // n1-standard-8 0.7755 + 8 × V100 5.4498 (estimate)
    const gpus = compliantJob({ masterConfig: V100(8), workerCount: 0, workerConfig: undefined });
    expect(policyFindings(MAX_ML_UNITS, gpus, { parameters: { max: 10 } })).toEqual([expect.objectContaining({
      severity: 'warning',
      message: 'The cluster consumes 44.37 ML units per hour, 43.6 of them estimated for GPUs; this policy allows at most 10.',
    })]);
    expect(policyFindings(MAX_ML_UNITS, compliantJob({ masterType: 'n1-standard-96', masterConfig: V100(8), workerCount: 0, workerConfig: undefined }), { parameters: { max: 5 } })[0].severity).toBe('error');
  });
});

describe('MLJ-COST-004 maxRunningTime', () => {
  test('compliant: set and within 24h; unknown', () => {
    expect(policyFindings(MAX_RUNNING_TIME, compliantJob())).toEqual([]);
    expect(policyFindings(MAX_RUNNING_TIME, compliantJob({ scheduling: { maxRunningTime: '${var.limit}' } }))).toEqual([]);
    expect(policyFindings(MAX_RUNNING_TIME, compliantJob({ scheduling: '${var.scheduling}' }))).toEqual([]);
  });
  test('non-compliant: not set', () => {
    expect(policyFindings(MAX_RUNNING_TIME, compliantJob({ scheduling: { maxWaitTime: '3600s' } }))[0].message).toMatch(/not set, so the job may run for the default of 7 days/);
  });
  test('non-compliant: longer than maxHours', () => {
    expect(policyFindings(MAX_RUNNING_TIME, compliantJob({ scheduling: { maxRunningTime: '172800s' } }))[0].message).toMatch(/"172800s" \(48h\); this policy allows at most 24h/);
    expect(policyFindings(MAX_RUNNING_TIME, compliantJob(), { parameters: { maxHours: 1 } })).toHaveLength(1);
  });
});

describe('MLJ-COST-005 maxTrials', () => {
  const tuning = (maxTrials: unknown) => compliantJob({ hyperparameters: { goal: 'MAXIMIZE', maxTrials, params: [] } });
  test('compliant: at most 50, unset or unknown', () => {
    expect(policyFindings(MAX_TRIALS, tuning(50))).toEqual([]);
    expect(policyFindings(MAX_TRIALS, tuning(undefined))).toEqual([]);
    expect(policyFindings(MAX_TRIALS, tuning('${var.trials}'))).toEqual([]);
  });
  test('non-compliant: more trials than allowed (also as an int64 string)', () => {
    expect(policyFindings(MAX_TRIALS, tuning(200))[0]).toMatchObject({ path: 'trainingInput.hyperparameters.maxTrials', message: 'trainingInput.hyperparameters.maxTrials is 200; this policy allows at most 50.' });
    expect(policyFindings(MAX_TRIALS, tuning('20'), { parameters: { max: 10 } })).toHaveLength(1);
  });
});

describe('MLJ-COST-006 worst-case cost', () => {
  const premium = (scheduling?: Record<string, unknown>, region = 'us-central1') => ({ jobId: 'j', trainingInput: { scaleTier: 'PREMIUM_1', region, ...(scheduling ? { scheduling } : {}) } });
  test('compliant: a bounded running time, or an unknown one', () => {
    expect(policyFindings(MAX_COST, premium({ maxRunningTime: '7200s' }))).toEqual([]);
    expect(policyFindings(MAX_COST, premium({ maxRunningTime: '${var.limit}' }))).toEqual([]);
  });
  test('non-compliant: the 7-day default running time of a large tier (a warning: prices are estimates)', () => {
    const [finding] = policyFindings(MAX_COST, premium());
    expect(finding.severity).toBe('warning');
    // 33.7829 units × $0.49 × 168 h
    expect(finding.message).toBe('The job may cost up to $2781.01 (33.78 ML units/h × $0.49/unit-hour × 168h); this policy allows at most $500.');
  });
  test('parallel trials multiply the clusters; the region group sets the price', () => {
    const job = { jobId: 'j', trainingInput: { scaleTier: 'BASIC_GPU', region: 'europe-west4', scheduling: { maxRunningTime: '86400s' }, hyperparameters: { goal: 'MAXIMIZE', maxTrials: 20, maxParallelTrials: 5, params: [] } } };
    const [finding] = policyFindings(MAX_COST, job, { parameters: { maxUsd: 50 } });
    expect(finding.message).toBe('The job may cost up to $109.76 (1.69 ML units/h × $0.54/unit-hour × 24h × 5 parallel trials); this policy allows at most $50.');
  });
  test('unpriced GPUs make the result a lower bound', () => {
    const job = compliantJob({ masterType: 'n1-standard-96', masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 4 } }, workerCount: 0, scheduling: { maxRunningTime: '604800s' } });
    const [finding] = policyFindings(MAX_COST, job, { parameters: { maxUsd: 100 } });
    expect(finding.message).toMatch(/^The job may cost at least \$766\.\d\d .*not priced: NVIDIA_TESLA_T4 on Compute Engine machine types has no price in the catalog/);
  });
  test('GPUs with an estimated price count, and the message says they are estimates', () => {
    // (n1-standard-96 9.3061 + 8 × V100 5.4498) units × $0.49 × 168 h
    const job = compliantJob({ masterType: 'n1-standard-96', masterConfig: V100(8), workerCount: 0, scheduling: { maxRunningTime: '604800s' } });
    const [finding] = policyFindings(MAX_COST, job, { parameters: { maxUsd: 100 } });
    expect(finding.message).toBe('The job may cost up to $4355.10 (52.9 ML units/h × $0.49/unit-hour × 168h; estimated: NVIDIA_TESLA_V100 at an estimated 5.4498 ML units/h each); this policy allows at most $100.');
  });
});
