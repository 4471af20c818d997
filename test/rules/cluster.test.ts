import { CUSTOM_TIER_NEEDS_MASTER_TYPE } from '../../src/rules/cluster/custom-tier-needs-master-type';
import { MACHINE_TYPE_CATEGORY } from '../../src/rules/cluster/machine-type-category';
import { MACHINE_TYPE_KNOWN } from '../../src/rules/cluster/machine-type-known';
import { MACHINE_TYPES_WITHOUT_CUSTOM } from '../../src/rules/cluster/machine-types-without-custom';
import { REPLICA_COUNTS } from '../../src/rules/cluster/replica-counts';
import { SCALE_TIER_SPELLING } from '../../src/rules/cluster/scale-tier-spelling';
import { SCALE_TIER_VALUE } from '../../src/rules/cluster/scale-tier-value';
import { containerJob, findings, packageJob } from './rule-test-helpers';

const basic = (overrides: Record<string, unknown> = {}) => ({
  jobId: 'basic_1',
  trainingInput: { scaleTier: 'BASIC', packageUris: ['gs://b/p.tar.gz'], pythonModule: 'trainer.task', region: 'us-central1', runtimeVersion: '2.11', pythonVersion: '3.7', ...overrides },
});

describe('MLJ-CLUSTER-001 scale tier value', () => {
  test.each(['BASIC', 'STANDARD_1', 'PREMIUM_1', 'BASIC_GPU', 'BASIC_TPU', 'CUSTOM'])('accepts %s', (scaleTier) => {
    expect(findings(SCALE_TIER_VALUE, basic({ scaleTier }))).toEqual([]);
  });

  test('rejects a tier that is not one', () => {
    const [finding] = findings(SCALE_TIER_VALUE, basic({ scaleTier: 'STANDARD_2' }));
    expect(finding).toMatchObject({ path: 'trainingInput.scaleTier', severity: 'error' });
    expect(finding.message).toMatch(/"STANDARD_2"; allowed: .*BASIC.*CUSTOM/);
  });

  test('leaves other spellings of a tier (basic, STANDARD-1) to MLJ-CLUSTER-007', () => {
    expect(findings(SCALE_TIER_VALUE, basic({ scaleTier: 'basic' }))).toEqual([]);
    expect(findings(SCALE_TIER_VALUE, basic({ scaleTier: 'STANDARD-1' }))).toEqual([]);
  });
});

describe('MLJ-CLUSTER-007 scale tier spelling', () => {
  test('accepts the enum names and leaves unknown tiers to MLJ-CLUSTER-001', () => {
    expect(findings(SCALE_TIER_SPELLING, basic({ scaleTier: 'STANDARD_1' }))).toEqual([]);
    expect(findings(SCALE_TIER_SPELLING, basic({ scaleTier: 'STANDARD_2' }))).toEqual([]);
  });

  test.each(['STANDARD-1', 'standard-1', 'basic_gpu', 'Basic'])('warns on %s and names the enum value', (scaleTier) => {
    // elvinzhusiyu/vapit config/hptuning_config.yaml (Google-authored) writes STANDARD-1.
    const [finding] = findings(SCALE_TIER_SPELLING, basic({ scaleTier }));
    const canonical = scaleTier.toUpperCase().replace(/-/g, '_');
    expect(finding).toMatchObject({ path: 'trainingInput.scaleTier', severity: 'warning', fix: `Write ${canonical}.` });
    expect(finding.message).toBe(`trainingInput.scaleTier is "${scaleTier}"; the API's enum name is ${canonical}, and the service's reading of other spellings is not documented.`);
  });
});

test('another spelling of CUSTOM (custom) is CUSTOM for the cluster rules', () => {
  const custom = packageJob({ scaleTier: 'custom' });
  expect(findings(MACHINE_TYPES_WITHOUT_CUSTOM, custom)).toEqual([]);
  expect(findings(REPLICA_COUNTS, custom)).toEqual([]);
  expect(findings(CUSTOM_TIER_NEEDS_MASTER_TYPE, packageJob({ scaleTier: 'custom', masterType: undefined }))[0]).toMatchObject({ path: 'trainingInput.masterType' });
});

describe('MLJ-CLUSTER-002 CUSTOM needs masterType', () => {
  test('accepts CUSTOM with masterType, and BASIC without', () => {
    expect(findings(CUSTOM_TIER_NEEDS_MASTER_TYPE, packageJob())).toEqual([]);
    expect(findings(CUSTOM_TIER_NEEDS_MASTER_TYPE, basic())).toEqual([]);
  });

  test('rejects CUSTOM without masterType; info when a gcloud flag can supply it', () => {
    expect(findings(CUSTOM_TIER_NEEDS_MASTER_TYPE, packageJob({ masterType: undefined }))[0]).toMatchObject({ severity: 'error', path: 'trainingInput.masterType' });
    expect(findings(CUSTOM_TIER_NEEDS_MASTER_TYPE, packageJob({ masterType: undefined }), 'partial')[0]).toMatchObject({ severity: 'info', message: expect.stringMatching(/--master-machine-type/) });
  });
});

describe('MLJ-CLUSTER-003 replica counts', () => {
  test('accepts counts with CUSTOM and their types, zero counts without types, int64 strings', () => {
    expect(findings(REPLICA_COUNTS, packageJob())).toEqual([]);
    expect(findings(REPLICA_COUNTS, packageJob({ evaluatorCount: 0 }))).toEqual([]);
    expect(findings(REPLICA_COUNTS, packageJob({ workerCount: '4' }))).toEqual([]);
  });

  test.each([
    ['a count without its type', { evaluatorCount: 1 }, 'trainingInput.evaluatorType', /evaluatorCount is 1 and needs a machine type/],
    ['a negative count', { workerCount: -1 }, 'trainingInput.workerCount', /whole number of 0 or more/],
    ['a fractional count', { parameterServerCount: 1.5 }, 'trainingInput.parameterServerCount', /whole number/],
  ])('rejects %s', (_name, override, path, message) => {
    const [finding] = findings(REPLICA_COUNTS, packageJob(override));
    expect(finding).toMatchObject({ path, severity: 'error' });
    expect(finding.message).toMatch(message);
  });

  test('rejects counts with a predefined tier', () => {
    const [finding] = findings(REPLICA_COUNTS, basic({ workerCount: 2, workerType: 'n1-standard-4' }));
    expect(finding.message).toMatch(/workerCount is 2 with scaleTier "BASIC"; replica counts are only used with scaleTier CUSTOM/);
  });

  test('a gcloud config file may leave the tier to --scale-tier', () => {
    const job = packageJob({ scaleTier: undefined });
    expect(findings(REPLICA_COUNTS, job, 'partial').map((f) => f.severity)).toEqual(['info', 'info']);
    expect(findings(REPLICA_COUNTS, job).map((f) => f.severity)).toEqual(['error', 'error']);
  });

  test('unknown counts are not violations', () => {
    expect(findings(REPLICA_COUNTS, packageJob({ workerCount: '${var.workers}' }))).toEqual([]);
  });
});

describe('MLJ-CLUSTER-004 one machine type category', () => {
  test('accepts all Compute Engine, all legacy, and a cloud_tpu worker with either', () => {
    expect(findings(MACHINE_TYPE_CATEGORY, packageJob())).toEqual([]);
    expect(findings(MACHINE_TYPE_CATEGORY, packageJob({ masterType: 'complex_model_m', workerType: 'complex_model_m', parameterServerType: 'large_model', masterConfig: undefined, workerConfig: undefined }))).toEqual([]);
    expect(findings(MACHINE_TYPE_CATEGORY, basic({ scaleTier: 'CUSTOM', masterType: 'standard', workerType: 'cloud_tpu', workerCount: 1 }))).toEqual([]);
    expect(findings(MACHINE_TYPE_CATEGORY, basic({ scaleTier: 'CUSTOM', masterType: 'n1-standard-4', workerType: 'cloud_tpu', workerCount: 1 }))).toEqual([]);
  });

  test('rejects a legacy worker under a Compute Engine master', () => {
    const [finding] = findings(MACHINE_TYPE_CATEGORY, packageJob({ workerType: 'complex_model_m', workerConfig: undefined }));
    expect(finding).toMatchObject({ path: 'trainingInput.workerType', severity: 'error' });
    expect(finding.message).toMatch(/"complex_model_m", a legacy machine type, but masterType "n1-standard-8" is Compute Engine/);
  });

  test('ignores replicas that are not used', () => {
    expect(findings(MACHINE_TYPE_CATEGORY, packageJob({ evaluatorType: 'standard', evaluatorCount: 0 }))).toEqual([]);
  });
});

describe('MLJ-CLUSTER-005 machine types need CUSTOM', () => {
  test('accepts machine types with CUSTOM and a bare BASIC job', () => {
    expect(findings(MACHINE_TYPES_WITHOUT_CUSTOM, packageJob())).toEqual([]);
    expect(findings(MACHINE_TYPES_WITHOUT_CUSTOM, basic())).toEqual([]);
  });

  test('warns about machine types under a predefined tier', () => {
    const [finding] = findings(MACHINE_TYPES_WITHOUT_CUSTOM, basic({ scaleTier: 'STANDARD_1', masterType: 'n1-standard-8' }));
    expect(finding).toMatchObject({ severity: 'warning', path: 'trainingInput.scaleTier' });
    expect(finding.message).toMatch(/"STANDARD_1" but masterType is set/);
  });

  test('a gcloud config file may get CUSTOM from --scale-tier', () => {
    expect(findings(MACHINE_TYPES_WITHOUT_CUSTOM, packageJob({ scaleTier: undefined }), 'partial')).toEqual([]);
  });
});

describe('MLJ-CLUSTER-006 machine type known', () => {
  test('accepts catalog machine types', () => {
    expect(findings(MACHINE_TYPE_KNOWN, packageJob())).toEqual([]);
    expect(findings(MACHINE_TYPE_KNOWN, containerJob({ masterType: 'complex_model_m_gpu', masterConfig: { imageUri: 'gcr.io/p/i' } }))).toEqual([]);
  });

  test('warns about an unknown machine type', () => {
    const [finding] = findings(MACHINE_TYPE_KNOWN, packageJob({ masterType: 'n1-standard-7' }));
    expect(finding).toMatchObject({ severity: 'warning', path: 'trainingInput.masterType' });
    expect(finding.message).toMatch(/"n1-standard-7", which the catalog .* does not list/);
  });
});
