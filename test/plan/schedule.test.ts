import * as fc from 'fast-check';
import { Catalog } from '../../src/catalog/catalog';
import { jobResources, JobResources } from '../../src/plan/job-resources';
import { defaultQuotas, ProjectQuotas } from '../../src/plan/project-quotas';
import { quotaUses, runningHolds, ScheduledJob, ScheduleEntry, simulateSchedule } from '../../src/plan/schedule';
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

describe('simulateSchedule: the worst-case queue', () => {
  // A project with 8 V100 and 24 vCPUs in us-central1, and no project-wide vCPU limit.
  const small: ProjectQuotas = {
    defaults: { source: 'test', read: '2026-01-01', acceleratorsPerRegion: { 'us-central1': { NVIDIA_TESLA_V100: 8 } }, vcpusPerRegion: { 'us-central1': 24 } },
  };

  /** A job that holds `gpus` V100 and `vcpus` vCPUs in us-central1 for `hours`. */
  function scheduled(resource: string, gpus: number, hours: number, extra: Partial<JobResources> = {}): ScheduledJob {
    const resources: JobResources = {
      region: 'us-central1',
      accelerators: new Map(gpus ? [['NVIDIA_TESLA_V100', gpus]] : []),
      vcpus: 8,
      parallelTrials: 1,
      maxRunningSeconds: hours * 3600,
      priority: 0,
      gaps: [],
      ...extra,
    };
    return { resource, resources };
  }
  const startOf = (entries: ScheduleEntry[]): Record<string, number | undefined> =>
    Object.fromEntries(entries.map((entry) => [entry.resource, entry.worstCaseStart === undefined ? undefined : entry.worstCaseStart / 3600]));

  test('jobs that fit side by side start at once; the next starts when the first to end frees enough, and waits behind it', () => {
    // GIVEN 4 + 4 GPUs of 8, then a third job of 4
    const queued = [scheduled('s/a', 4, 2), scheduled('s/b', 4, 5), scheduled('s/c', 4, 1)];

    // WHEN
    const entries = simulateSchedule([], queued, small);

    // THEN
    expect(startOf(entries)).toEqual({ 's/a': 0, 's/b': 0, 's/c': 2 });
    expect(entries.find((entry) => entry.resource === 's/c')?.waitsBehind).toEqual(['s/a']);
    expect(entries.find((entry) => entry.resource === 's/a')?.waitsBehind).toEqual([]);
  });

  test('higher priority is placed first, whatever the name; equal priorities by name (code points)', () => {
    const queued = [scheduled('s/a', 8, 1), scheduled('s/c', 8, 1, { priority: 10 }), scheduled('s/B', 8, 1, { priority: 10 })];

    const entries = simulateSchedule([], queued, small);

    expect(entries.map((entry) => [entry.resource, entry.priority, entry.worstCaseStart! / 3600, entry.waitsBehind])).toEqual([
      ['s/B', 10, 0, []],
      ['s/c', 10, 1, ['s/B']],
      ['s/a', 0, 2, ['s/c']],
    ]);
  });

  test('a job that needs more than a quota never starts, says which quota and by how much, and holds nothing', () => {
    const queued = [scheduled('s/huge', 16, 1, { priority: 100 }), scheduled('s/fits', 8, 1)];

    const [huge, fits] = simulateSchedule([], queued, small);

    expect(huge).toMatchObject({ resource: 's/huge', waitsBehind: [], exceeds: [{ quota: 'NVIDIA_TESLA_V100 in us-central1', demand: 16, limit: 8, fromUser: false }] });
    expect(huge.worstCaseStart).toBeUndefined();
    expect(huge.uses.map((use) => use.key)).toEqual(['accelerators/us-central1/NVIDIA_TESLA_V100', 'vcpus/us-central1']);
    expect(fits).toMatchObject({ worstCaseStart: 0, exceeds: [] });
  });

  test('every quota a job draws on must fit: free GPUs do not start a job whose vCPUs are taken', () => {
    // GIVEN a CPU-only job holding all 24 vCPUs for 3 hours
    const queued = [scheduled('s/cpu', 0, 3, { vcpus: 24, priority: 1 }), scheduled('s/gpu', 4, 1)];

    const entries = simulateSchedule([], queued, small);

    expect(startOf(entries)).toEqual({ 's/cpu': 0, 's/gpu': 3 });
    expect(entries[1].waitsBehind).toEqual(['s/cpu']);
    expect(entries[0].uses.map((use) => use.key)).toEqual(['vcpus/us-central1']); // no accelerator use of 0
  });

  test('running jobs hold their share from now; a later, smaller job fills a gap before a bigger one placed earlier', () => {
    // GIVEN 4 GPUs held for 2 hours; a high-priority job wants all 8, a low-priority one wants 4 for 1 hour
    const running = [scheduled('s/running', 4, 2)];
    const queued = [scheduled('s/big', 8, 1, { priority: 5 }), scheduled('s/small', 4, 1)];

    const entries = simulateSchedule(running, queued, small);

    // THEN the big job waits for the running one; the small one fits beside the running one at once
    expect(startOf(entries)).toEqual({ 's/big': 2, 's/small': 0 });
    expect(entries[0].waitsBehind).toEqual(['s/running']);
  });

  test('deterministic: the order the jobs come in does not change the schedule', () => {
    const jobs = [scheduled('s/a', 4, 2), scheduled('s/b', 4, 5), scheduled('s/c', 4, 1), scheduled('s/d', 2, 3, { priority: 3 }), scheduled('s/e', 6, 1)];
    const forward = simulateSchedule([], jobs, small);
    expect(simulateSchedule([], [...jobs].reverse(), small)).toEqual(forward);
    expect(simulateSchedule([], [jobs[2], jobs[4], jobs[0], jobs[3], jobs[1]], small)).toEqual(forward);
  });

  test('a job without a region or with quotas nobody knows is not held back: it starts now and draws on nothing', () => {
    const queued = [scheduled('s/where', 8, 1, { region: undefined }), scheduled('s/tpu', 0, 1, { accelerators: new Map([['TPU_V3', 8]]), vcpus: undefined })];

    const entries = simulateSchedule([], queued, small);

    expect(entries.map((entry) => [entry.resource, entry.worstCaseStart, entry.uses])).toEqual([['s/tpu', 0, []], ['s/where', 0, []]]);
  });

  test('maxWaitTime is carried to the entry only when set', () => {
    const [a, b] = simulateSchedule([], [scheduled('s/a', 1, 1, { maxWaitSeconds: 600 }), scheduled('s/b', 1, 1)], small);
    expect(a.maxWaitSeconds).toBe(600);
    expect('maxWaitSeconds' in b).toBe(false);
  });
});

describe('the earliest fit, against a search of every start', () => {
  // GIVEN queues of many jobs sharing a few amounts and durations (the simulation reuses its searches for those)
  const resources = (gpus: number, vcpus: number, hours: number, priority: number): JobResources => ({
    region: 'us-central1',
    accelerators: new Map(gpus ? [['NVIDIA_TESLA_V100', gpus]] : []),
    vcpus,
    parallelTrials: 1,
    maxRunningSeconds: hours * 3600,
    priority,
    gaps: [],
  });
  const small = { defaults: { acceleratorsPerRegion: { 'us-central1': { NVIDIA_TESLA_V100: 8 } }, vcpusPerRegion: { 'us-central1': 64 }, vcpusPerProject: 96 } } as unknown as ProjectQuotas;

  test('every job starts at the earliest time its quotas fit for its whole run, given the jobs placed before it', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom(0, 1, 2, 4, 8), fc.constantFrom(8, 16, 32), fc.constantFrom(1, 2, 3, 6), fc.constantFrom(0, 100)), { minLength: 1, maxLength: 40 }),
      fc.array(fc.tuple(fc.constantFrom(1, 4), fc.constantFrom(8, 32), fc.constantFrom(1, 5)), { maxLength: 3 }),
      (queuedSpecs, runningSpecs) => {
        const running: ScheduledJob[] = runningSpecs.map(([gpus, vcpus, hours], i) => ({ resource: `r/${i}`, resources: resources(gpus, vcpus, hours, 0) }));
        const queued: ScheduledJob[] = queuedSpecs.map(([gpus, vcpus, hours, priority], i) => ({ resource: `q/${String(i).padStart(2, '0')}`, resources: resources(gpus, vcpus, hours, priority) }));
        // WHEN
        const entries = simulateSchedule(running, queued, small);
        // THEN every start is the first of all candidate starts (now, or when a hold ends) where every quota fits
        const holds: Array<{ key: string; start: number; end: number; amount: number }> = [];
        for (const job of running) for (const use of quotaUses(job.resources, small)) holds.push({ key: use.key, start: 0, end: job.resources.maxRunningSeconds, amount: use.amount });
        const fits = (entry: ScheduleEntry, start: number): boolean => entry.uses.every((use) => {
          const end = start + entry.maxRunningSeconds;
          const points = [start, ...holds.filter((h) => h.key === use.key && h.start > start && h.start < end).map((h) => h.start)];
          return points.every((at) => holds.filter((h) => h.key === use.key && h.start <= at && at < h.end).reduce((sum, h) => sum + h.amount, 0) + use.amount <= use.limit);
        });
        for (const entry of entries) {
          if (entry.worstCaseStart === undefined) continue;
          const candidates = [0, ...holds.map((h) => h.end)].filter((at) => at < entry.worstCaseStart!);
          expect(fits(entry, entry.worstCaseStart)).toBe(true);
          for (const at of candidates) expect(fits(entry, at)).toBe(false);
          for (const use of entry.uses) holds.push({ key: use.key, start: entry.worstCaseStart, end: entry.worstCaseStart + entry.maxRunningSeconds, amount: use.amount });
        }
      },
    ), { numRuns: 150 });
  });
});
