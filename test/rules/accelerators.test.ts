import { ACCELERATOR_COUNT } from '../../src/rules/accelerators/accelerator-count';
import { ACCELERATOR_ON_LEGACY_TYPE } from '../../src/rules/accelerators/accelerator-on-legacy-type';
import { ACCELERATOR_REGION } from '../../src/rules/accelerators/accelerator-region';
import { ACCELERATOR_TYPE_VALUE } from '../../src/rules/accelerators/accelerator-type-value';
import { TPU_RUNTIME } from '../../src/rules/accelerators/tpu-runtime';
import { TPU_TF_VERSION } from '../../src/rules/accelerators/tpu-tf-version';
import { TPU_TOPOLOGY } from '../../src/rules/accelerators/tpu-topology';
import { containerJob, findings, packageJob } from './rule-test-helpers';

const gpu = (type: string, count: unknown, masterType = 'n1-standard-8', region = 'us-central1') =>
  packageJob({ masterType, region, masterConfig: { acceleratorConfig: { type, count } }, workerCount: 0, workerConfig: undefined, workerType: undefined, parameterServerCount: undefined, parameterServerType: undefined });

const tpuJob = (overrides: Record<string, unknown> = {}) => packageJob({
  masterType: 'n1-standard-8', masterConfig: undefined, workerType: 'cloud_tpu', workerCount: 1,
  workerConfig: { acceleratorConfig: { type: 'TPU_V3', count: 8 } }, parameterServerType: undefined, parameterServerCount: undefined,
  runtimeVersion: '2.11', ...overrides,
});

describe('MLJ-ACCEL-001 accelerators only on Compute Engine types', () => {
  test('accepts GPUs on n1 types, a legacy GPU type without acceleratorConfig, an empty config on a legacy type', () => {
    expect(findings(ACCELERATOR_ON_LEGACY_TYPE, packageJob())).toEqual([]);
    expect(findings(ACCELERATOR_ON_LEGACY_TYPE, packageJob({ masterType: 'standard_gpu', masterConfig: undefined, workerType: 'standard_gpu', workerConfig: undefined, parameterServerType: 'standard' }))).toEqual([]);
    expect(findings(ACCELERATOR_ON_LEGACY_TYPE, packageJob({ masterType: 'complex_model_m', masterConfig: { acceleratorConfig: { type: 'ACCELERATOR_TYPE_UNSPECIFIED', count: 0 } } }))).toEqual([]);
    expect(findings(ACCELERATOR_ON_LEGACY_TYPE, tpuJob())).toEqual([]);
  });

  test('rejects acceleratorConfig on a legacy type and names its built-in GPUs', () => {
    const [finding] = findings(ACCELERATOR_ON_LEGACY_TYPE, gpu('NVIDIA_TESLA_K80', 1, 'standard_gpu'));
    expect(finding).toMatchObject({ path: 'trainingInput.masterConfig.acceleratorConfig', severity: 'error' });
    expect(finding.message).toMatch(/masterType "standard_gpu", a legacy machine type/);
    expect(finding.fix).toMatch(/standard_gpu already has 1 × NVIDIA_TESLA_K80/);
  });
});

describe('MLJ-ACCEL-002 accelerator type', () => {
  test.each(['NVIDIA_TESLA_T4', 'NVIDIA_TESLA_A100', 'TPU_V2_POD'])('accepts %s', (type) => {
    expect(findings(ACCELERATOR_TYPE_VALUE, gpu(type, 1))).toEqual([]);
  });

  test.each(['NVIDIA_L4', 'NVIDIA_TESLA_L4', 'nvidia-l4'])('rejects %s', (type) => {
    const [finding] = findings(ACCELERATOR_TYPE_VALUE, gpu(type, 1));
    expect(finding).toMatchObject({ path: 'trainingInput.masterConfig.acceleratorConfig.type', severity: 'error' });
    expect(finding.message).toMatch(new RegExp(`"${type}"; allowed: NVIDIA_TESLA_K80`));
  });

  test.each(['nvidia_tesla_t4', 'nvidia-tesla-t4', 'Tpu_V3'])('warns on %s, another spelling of an enum name, as MLJ-CLUSTER-007 and MLJ-HPT-001 do', (type) => {
    const canonical = type.toUpperCase().replace(/-/g, '_');
    const [finding, ...rest] = findings(ACCELERATOR_TYPE_VALUE, gpu(type, 1));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ path: 'trainingInput.masterConfig.acceleratorConfig.type', severity: 'warning', fix: `Write ${canonical}.` });
    expect(finding.message).toBe(`trainingInput.masterConfig.acceleratorConfig.type is "${type}"; the API's enum name is ${canonical}, and the service's reading of other spellings is not documented.`);
  });

  test('the other accelerator rules read another spelling as the type it names', () => {
    expect(findings(ACCELERATOR_COUNT, gpu('nvidia_tesla_t4', 8))[0]).toMatchObject({ path: 'trainingInput.masterConfig.acceleratorConfig.count' });
    expect(findings(ACCELERATOR_REGION, gpu('nvidia-tesla-v100', 1, 'n1-standard-8', 'us-east1'))[0].message).toMatch(/is NVIDIA_TESLA_V100, which the catalog/);
  });

  test('rejects a count without a type', () => {
    expect(findings(ACCELERATOR_TYPE_VALUE, packageJob({ masterConfig: { acceleratorConfig: { count: 2 } } }))[0].message).toMatch(/type is not set/);
  });
});

describe('MLJ-ACCEL-003 accelerator count for the machine type', () => {
  test.each([
    ['NVIDIA_TESLA_V100', 8, 'n1-standard-8'],
    ['NVIDIA_TESLA_V100', 2, 'n1-standard-16'],
    ['NVIDIA_TESLA_T4', 4, 'n1-highmem-32'],
    ['NVIDIA_TESLA_K80', '8', 'n1-highcpu-64'],
  ])('accepts %s × %s on %s', (type, count, machine) => {
    expect(findings(ACCELERATOR_COUNT, gpu(type, count, machine))).toEqual([]);
  });

  test('rejects a count the machine does not take, listing the allowed counts', () => {
    const [finding] = findings(ACCELERATOR_COUNT, gpu('NVIDIA_TESLA_V100', 3));
    expect(finding).toMatchObject({ path: 'trainingInput.masterConfig.acceleratorConfig.count', severity: 'error' });
    expect(finding.message).toBe('trainingInput.masterConfig.acceleratorConfig.count is 3; NVIDIA_TESLA_V100 on n1-standard-8 allows 1, 2, 4 or 8.');
  });

  test('rejects an accelerator the machine cannot take at all', () => {
    const [finding] = findings(ACCELERATOR_COUNT, gpu('NVIDIA_TESLA_K80', 4, 'n1-standard-64'));
    expect(finding.message).toMatch(/NVIDIA_TESLA_K80, which cannot be attached to masterType "n1-standard-64"/);
  });

  test('rejects zero and fractions, warns when the count is missing', () => {
    expect(findings(ACCELERATOR_COUNT, gpu('NVIDIA_TESLA_T4', 1.5))[0].message).toMatch(/whole number of at least 1/);
    expect(findings(ACCELERATOR_COUNT, packageJob({ masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_T4' } } }))[0]).toMatchObject({ severity: 'warning' });
  });

  test('checks TPU counts on cloud_tpu workers', () => {
    expect(findings(ACCELERATOR_COUNT, tpuJob())).toEqual([]);
    expect(findings(ACCELERATOR_COUNT, tpuJob({ workerConfig: { acceleratorConfig: { type: 'TPU_V3', count: 4 } } }))[0].message).toMatch(/count is 4; TPU_V3 on cloud_tpu allows 8/);
  });

  test('leaves legacy types to MLJ-ACCEL-001 and rejects A100 on an n1 shape outright', () => {
    expect(findings(ACCELERATOR_COUNT, gpu('NVIDIA_TESLA_K80', 1, 'standard_gpu'))).toEqual([]);
    expect(findings(ACCELERATOR_COUNT, gpu('NVIDIA_TESLA_A100', 4, 'n1-highmem-8'))[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/cannot be attached to masterType "n1-highmem-8"/) });
  });

  test('only warns about counts on unconfirmed shapes', () => {
    expect(findings(ACCELERATOR_COUNT, gpu('NVIDIA_TESLA_A100', 4, 'a2-highgpu-4g'))).toEqual([]);
    expect(findings(ACCELERATOR_COUNT, gpu('NVIDIA_TESLA_A100', 2, 'a2-highgpu-1g'))[0]).toMatchObject({ severity: 'warning' });
  });

  test('unknown machine types and token counts are left alone', () => {
    expect(findings(ACCELERATOR_COUNT, gpu('NVIDIA_TESLA_T4', 3, 'n9-future-8'))).toEqual([]);
    expect(findings(ACCELERATOR_COUNT, gpu('NVIDIA_TESLA_T4', '${var.gpus}'))).toEqual([]);
  });
});

describe('MLJ-ACCEL-004 accelerator offered in the region', () => {
  test('accepts T4 in us-central1', () => {
    expect(findings(ACCELERATOR_REGION, gpu('NVIDIA_TESLA_T4', 1))).toEqual([]);
  });

  test('warns about V100 in us-east1', () => {
    const [finding] = findings(ACCELERATOR_REGION, gpu('NVIDIA_TESLA_V100', 1, 'n1-standard-8', 'us-east1'));
    expect(finding).toMatchObject({ severity: 'warning', path: 'trainingInput.masterConfig.acceleratorConfig.type' });
    expect(finding.message).toMatch(/NVIDIA_TESLA_V100, which the catalog .* does not list in "us-east1"; it is offered in .*us-central1/);
  });

  test('warns about the GPU built into a legacy machine type (standard_v100 in us-east1), once per type', () => {
    const legacy = packageJob({ region: 'us-east1', masterType: 'standard_v100', masterConfig: undefined, workerType: 'complex_model_m_v100', workerConfig: undefined, parameterServerType: 'standard' });
    const [finding, ...rest] = findings(ACCELERATOR_REGION, legacy);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', path: 'trainingInput.masterType' });
    expect(finding.message).toMatch(/^trainingInput.masterType "standard_v100" comes with NVIDIA_TESLA_V100, which the catalog .* does not list in "us-east1"/);
    expect(finding.fix).toMatch(/another machine type/);
    expect(findings(ACCELERATOR_REGION, { ...legacy, trainingInput: { ...legacy.trainingInput, region: 'us-central1' } })).toEqual([]);
    // A legacy GPU type whose GPU is offered there (K80 in us-east1).
    expect(findings(ACCELERATOR_REGION, { ...legacy, trainingInput: { ...legacy.trainingInput, masterType: 'standard_gpu', workerType: 'complex_model_m_gpu' } })).toEqual([]);
  });

  test('reads machine types beside no scale tier (a gcloud --config file) as a custom cluster', () => {
    const partial = { trainingInput: { region: 'us-east1', masterType: 'n1-standard-8', masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: 1 } } } };
    expect(findings(ACCELERATOR_REGION, partial, 'partial')[0]).toMatchObject({ path: 'trainingInput.masterConfig.acceleratorConfig.type' });
  });
});

test('MLJ-ACCEL-004 checks the accelerators a scale tier implies', () => {
  const tier = (scaleTier: string, region: string) => ({ jobId: 'j', trainingInput: { scaleTier, region, packageUris: ['gs://b/p.tar.gz'], pythonModule: 'm', runtimeVersion: '2.11', pythonVersion: '3.7' } });
  expect(findings(ACCELERATOR_REGION, tier('BASIC_TPU', 'us-central1'))).toEqual([]);
  expect(findings(ACCELERATOR_REGION, tier('BASIC_TPU', 'europe-west1'))[0]).toMatchObject({ path: 'trainingInput.scaleTier', message: expect.stringMatching(/scaleTier BASIC_TPU uses TPU_V2, which/) });  // gcloud's flag spelling (MLJ-CLUSTER-007 warns) names the same tier for every other rule.
  expect(findings(ACCELERATOR_REGION, tier('basic-tpu', 'europe-west1'))[0]).toMatchObject({ path: 'trainingInput.scaleTier', message: expect.stringMatching(/scaleTier BASIC_TPU uses TPU_V2, which/) });
});

describe('MLJ-TPU-003 TPU runtime', () => {
  test('accepts a TPU job on a TPU runtime, and GPU jobs on any runtime', () => {
    expect(findings(TPU_RUNTIME, tpuJob())).toEqual([]);
    expect(findings(TPU_RUNTIME, packageJob({ runtimeVersion: '1.10', pythonVersion: '3.5' }))).toEqual([]);
  });

  test('rejects a TPU job on a runtime without TPU support', () => {
    expect(findings(TPU_RUNTIME, { jobId: 'j', trainingInput: { scaleTier: 'BASIC_TPU', region: 'us-central1', runtimeVersion: '1.10' } })[0].path).toBe('trainingInput.runtimeVersion');
    const [finding] = findings(TPU_RUNTIME, tpuJob({ runtimeVersion: '1.10', pythonVersion: '3.5' }));
    expect(finding).toMatchObject({ severity: 'error', path: 'trainingInput.runtimeVersion', message: expect.stringMatching(/"1.10", which does not support TPU training/) });
  });
});

describe('MLJ-TPU-001 TPU topology', () => {
  test('accepts one cloud_tpu worker under a CPU master', () => {
    expect(findings(TPU_TOPOLOGY, tpuJob())).toEqual([]);
  });

  test('warns about a TPU master and several TPU workers', () => {
    expect(findings(TPU_TOPOLOGY, tpuJob({ masterType: 'cloud_tpu' }))[0].message).toMatch(/a TPU runs as the worker/);
    expect(findings(TPU_TOPOLOGY, tpuJob({ workerCount: 2 }))[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/exactly 1 TPU worker/) });
  });
});

describe('MLJ-TPU-002 tpuTfVersion', () => {
  const containerTpu = (workerConfig: Record<string, unknown>) => containerJob({ workerType: 'cloud_tpu', workerCount: 1, workerConfig: { acceleratorConfig: { type: 'TPU_V3', count: 8 }, ...workerConfig } });

  test('accepts it on a TPU worker that runs a custom container, and its absence on package TPU jobs', () => {
    expect(findings(TPU_TF_VERSION, containerTpu({ tpuTfVersion: '2.11' }))).toEqual([]);
    expect(findings(TPU_TF_VERSION, tpuJob())).toEqual([]);
  });

  test('requires it on a TPU worker with a custom container', () => {
    expect(findings(TPU_TF_VERSION, containerTpu({}))[0]).toMatchObject({ path: 'trainingInput.workerConfig.tpuTfVersion', message: expect.stringMatching(/is not set/) });
  });

  test('accepts it in workerConfig of a BASIC_TPU container job: the tier implies the TPU worker (gcloud --tpu-tf-version)', () => {
    // gcloud beta ai-platform jobs submit training test_8 --scale-tier BASIC_TPU --master-image-uri … --tpu-tf-version 1.15 (edupard/skynet-brain train.sh)
    const basicTpu = { jobId: 'test_8', trainingInput: { region: 'us-central1', scaleTier: 'BASIC_TPU', masterConfig: { imageUri: 'gcr.io/p/skynet:1' }, workerConfig: { tpuTfVersion: '1.15' } } };
    expect(findings(TPU_TF_VERSION, basicTpu)).toEqual([]);
    expect(findings(TPU_TF_VERSION, { ...basicTpu, trainingInput: { ...basicTpu.trainingInput, scaleTier: 'BASIC' } })[0].message).toMatch(/not a TPU \(cloud_tpu\) replica/);
  });

  test('warns when a BASIC_TPU container job has no workerConfig.tpuTfVersion: the implied TPU worker has no workerCount', () => {
    const basicTpu = { jobId: 'test_8', trainingInput: { region: 'us-central1', scaleTier: 'BASIC_TPU', masterConfig: { imageUri: 'gcr.io/p/skynet:1' } } };
    const [finding, ...rest] = findings(TPU_TF_VERSION, basicTpu);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ path: 'trainingInput.workerConfig.tpuTfVersion', severity: 'warning' });
    expect(finding.message).toMatch(/BASIC_TPU implies a TPU worker that runs the master's custom container/);
    expect(finding.fix).toMatch(/--tpu-tf-version/);
    // A BASIC_TPU package job needs none.
    expect(findings(TPU_TF_VERSION, { ...basicTpu, trainingInput: { ...basicTpu.trainingInput, masterConfig: undefined, runtimeVersion: '2.11', pythonModule: 'trainer.task', packageUris: ['gs://b/t.tar.gz'] } })).toEqual([]);
  });

  test('rejects it anywhere else', () => {
    expect(findings(TPU_TF_VERSION, packageJob({ masterConfig: { tpuTfVersion: '2.11' } }))[0].message).toMatch(/not a TPU \(cloud_tpu\) replica/);
    expect(findings(TPU_TF_VERSION, tpuJob({ workerConfig: { acceleratorConfig: { type: 'TPU_V3', count: 8 }, tpuTfVersion: '2.11' } }))[0].message).toMatch(/a TPU without a custom container/);
  });
});
