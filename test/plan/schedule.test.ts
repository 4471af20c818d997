import { Catalog } from '../../src/catalog/catalog';
import { jobResources } from '../../src/plan/job-resources';
import { defaultQuotas } from '../../src/plan/project-quotas';
import { quotaUses, runningHolds, simulateSchedule } from '../../src/plan/schedule';
import { Job } from '../../src/model/job';

const catalog = Catalog.default();
const quotas = { ...defaultQuotas(catalog), user: { acceleratorsPerRegion: { 'us-central1': { NVIDIA_TESLA_V100: 8 } } }, file: 'quotas.yaml' };

/** A custom training job: master n1-standard-8 with `gpus` V100, for `hours`. */
function job(id: string, gpus: number, hours: number): Job {
  return {
    jobId: id,
    trainingInput: {
      region: 'us-central1',
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { imageUri: 'gcr.io/p/trainer:1', acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: gpus } },
      scheduling: { maxRunningTime: `${hours * 3600}s` },
    },
  };
}

describe('the quotas a job draws on', () => {
  test('quotaUses: accelerators by region and type, then the region\'s and the project\'s vCPUs, each with its limit and where it came from', () => {
    const uses = quotaUses(jobResources(job('a', 4, 6), catalog), quotas);
    expect(uses.map((use) => [use.key, use.quota, use.amount, use.limit, use.fromUser])).toEqual([
      ['accelerators/us-central1/NVIDIA_TESLA_V100', 'NVIDIA_TESLA_V100 in us-central1', 4, 8, true],
      ['vcpus/us-central1', 'vCPUs in us-central1', 8, catalog.quotas.vcpusPerRegion['us-central1'], false],
      ['vcpus', 'vCPUs in the project', 8, catalog.quotas.vcpusPerProject, false],
    ]);
  });

  test('every schedule entry lists its uses; the running jobs are held from now, sorted by name', () => {
    const running = [{ resource: 'v/z-running', resources: jobResources(job('z', 8, 2), catalog) }];
    const queued = [{ resource: 'v/next', resources: jobResources(job('n', 4, 6), catalog) }];

    const [next] = simulateSchedule(running, queued, quotas);
    const holds = runningHolds(running, quotas);

    expect(next.worstCaseStart).toBe(2 * 3600);
    expect(next.uses[0]).toMatchObject({ quota: 'NVIDIA_TESLA_V100 in us-central1', amount: 4 });
    expect(holds).toEqual([{ resource: 'v/z-running', maxRunningSeconds: 2 * 3600, uses: quotaUses(running[0].resources, quotas) }]);
  });
});
