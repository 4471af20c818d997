import { Catalog } from '../../src/catalog/catalog';
import { Job } from '../../src/model/job';
import { DEFAULT_MAX_RUNNING_SECONDS, jobResources } from '../../src/plan/job-resources';

const catalog = Catalog.default();

/** A CUSTOM cluster: master and `workers` workers, n1-standard-8 with one T4 each. */
function cluster(workers: number, extra: Partial<NonNullable<Job['trainingInput']>> = {}): Job {
  const replica = { imageUri: 'gcr.io/p/trainer:1', acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 1 } };
  return {
    jobId: 'j',
    trainingInput: {
      region: 'us-central1',
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: replica,
      ...(workers ? { workerType: 'n1-standard-8', workerCount: workers, workerConfig: replica } : {}),
      ...extra,
    },
  };
}

describe('jobResources: training', () => {
  test('accelerators and vCPUs of every replica; the limits and priority of its scheduling', () => {
    const resources = jobResources(cluster(2, { scheduling: { maxRunningTime: '7200s', maxWaitTime: '3600s', priority: 500 } }), catalog);
    expect(resources.region).toBe('us-central1');
    expect([...resources.accelerators]).toEqual([['NVIDIA_TESLA_T4', 3]]);
    expect(resources.vcpus).toBe(24);
    expect(resources.parallelTrials).toBe(1);
    expect(resources.maxRunningSeconds).toBe(7200);
    expect(resources.maxWaitSeconds).toBe(3600);
    expect(resources.priority).toBe(500);
    // Nothing is unknown but (while the catalog lacks them) prices of GPUs on Compute Engine machine types.
    expect(resources.gaps.filter((gap) => !/price/.test(gap))).toEqual([]);
  });

  test('a tuning job takes its cluster once per parallel trial (at most maxTrials)', () => {
    const tuning = (maxTrials: number, maxParallelTrials: number) => cluster(1, {
      hyperparameters: { goal: 'MAXIMIZE', maxTrials, maxParallelTrials, params: [{ parameterName: 'lr', type: 'DOUBLE', minValue: 0.001, maxValue: 0.1 }] },
    });
    expect(jobResources(tuning(8, 3), catalog)).toMatchObject({ parallelTrials: 3, vcpus: 48 });
    expect([...jobResources(tuning(8, 3), catalog).accelerators]).toEqual([['NVIDIA_TESLA_T4', 6]]);
    expect(jobResources(tuning(2, 5), catalog).parallelTrials).toBe(2);
  });

  test('defaults: 7 days of running, no wait limit, priority 0', () => {
    const resources = jobResources(cluster(0), catalog);
    expect(resources.maxRunningSeconds).toBe(DEFAULT_MAX_RUNNING_SECONDS);
    expect(resources.maxWaitSeconds).toBeUndefined();
    expect(resources.priority).toBe(0);
  });

  test('what it cannot know becomes a gap: a machine type the catalog lacks, a count known only after apply', () => {
    const unknownType = jobResources(cluster(0, { masterType: 'n9-future-8' }), catalog);
    expect(unknownType.vcpus).toBeUndefined();
    expect(unknownType.gaps).toContain('the vCPUs of n9-future-8 are not in the catalog');
    const reference = jobResources(cluster(0, { masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: '${var.gpus}' as unknown as number } } }), catalog);
    expect(reference.gaps.some((gap) => /not known before apply/.test(gap))).toBe(true);
  });

  test('is a pure function of the job and catalog: the same job gives equal resources, fresh each time (the plan keeps its own per job)', () => {
    const job = cluster(1);
    const first = jobResources(job, catalog);
    const second = jobResources(job, catalog);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });
});

describe('jobResources: batch prediction', () => {
  const prediction = (maxWorkerCount?: number): Job => ({
    jobId: 'p',
    predictionInput: { dataFormat: 'JSON', inputPaths: ['gs://b/in/*'], outputPath: 'gs://b/out/', region: 'us-east1', ...(maxWorkerCount ? { maxWorkerCount } : {}) },
  });

  test('nodes are maxWorkerCount; without it the service chooses, which is a gap', () => {
    expect(jobResources(prediction(4), catalog)).toMatchObject({ region: 'us-east1', predictionNodes: 4, gaps: [] });
    expect(jobResources(prediction(), catalog).predictionNodes).toBeUndefined();
    expect(jobResources(prediction(), catalog).gaps).toEqual(['predictionInput.maxWorkerCount is not set: the service chooses the node count']);
  });
});
