import { Catalog } from '../../src/catalog/catalog';
import { CustomJob, WorkerPoolSpec } from '../../src/model/custom-job';
import { customJobResources } from '../../src/plan/custom-job-resources';

const catalog = Catalog.default();

function job(pools: WorkerPoolSpec[], timeout?: string): CustomJob {
  return { displayName: 'train', jobSpec: { workerPoolSpecs: pools, ...(timeout ? { scheduling: { timeout } } : {}) } };
}

const image = { imageUri: 'gcr.io/p/t:1' };

describe('customJobResources', () => {
  test('replicas × machine vCPUs and accelerators per pool; an empty placeholder pool runs nothing', () => {
    // GIVEN a primary with 2 T4s, a skipped pool, two parameter servers
    const resources = customJobResources(job([
      { replicaCount: 1, machineSpec: { machineType: 'n1-standard-16', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 2 }, containerSpec: image },
      {},
      { replicaCount: 2, machineSpec: { machineType: 'n1-standard-4' }, containerSpec: image },
    ], '3600s'), 'us-central1', catalog);

    // THEN
    expect(resources).toMatchObject({ region: 'us-central1', vcpus: 24, parallelTrials: 1, priority: 0, maxRunningSeconds: 3600 });
    expect([...resources.accelerators]).toEqual([['NVIDIA_TESLA_T4', 2]]);
    // n1-standard-16 1.551 + 2 × n1-standard-4 0.3878; T4 has no units in the catalog: a lower bound
    expect(resources.mlUnitsPerHour).toBe(2.3266);
    expect(resources.mlUnitsComplete).toBe(false);
    expect(resources.gaps).toEqual(['NVIDIA_TESLA_T4 on Compute Engine machine types has no price in the catalog']);
  });

  test('without scheduling.timeout a job may run 7 days', () => {
    const resources = customJobResources(job([{ replicaCount: 1, machineSpec: { machineType: 'n1-standard-4' }, containerSpec: image }]), 'us-central1', catalog);
    expect(resources.maxRunningSeconds).toBe(7 * 24 * 3600);
    expect(resources).toMatchObject({ mlUnitsPerHour: 0.3878, mlUnitsComplete: true, gaps: [] });
  });

  test('what is not known is said, never guessed: no replicaCount, a reference, no location', () => {
    const resources = customJobResources(job([
      { machineSpec: { machineType: 'n1-standard-4' }, containerSpec: image },
      { replicaCount: 2, machineSpec: { machineType: '${var.machine}' }, containerSpec: image },
    ]), undefined, catalog);
    expect(resources.vcpus).toBeUndefined();
    expect(resources.mlUnitsPerHour).toBeUndefined();
    expect(resources.region).toBeUndefined();
    expect(resources.gaps).toEqual([
      'jobSpec.workerPoolSpecs[0].replicaCount is not set',
      'jobSpec.workerPoolSpecs[1].machineSpec.machineType is not known before apply',
      'location is not set',
    ]);
  });

  test('a legacy AI Platform machine name is not priced as a Vertex machine', () => {
    const resources = customJobResources(job([{ replicaCount: 1, machineSpec: { machineType: 'complex_model_m' }, containerSpec: image }]), 'us-central1', catalog);
    expect(resources.mlUnitsPerHour).toBeUndefined();
    expect(resources.gaps).toContain('jobSpec.workerPoolSpecs[0].machineSpec.machineType "complex_model_m" has no published ML units');
  });

  test('a worker pool list that is a reference is unknown as a whole', () => {
    const resources = customJobResources({ displayName: 'x', jobSpec: { workerPoolSpecs: '${var.pools}' as unknown as WorkerPoolSpec[] } }, 'us-central1', catalog);
    expect(resources.gaps).toEqual(['jobSpec.workerPoolSpecs is not known before apply']);
    expect(resources.accelerators.size).toBe(0);
  });
});
