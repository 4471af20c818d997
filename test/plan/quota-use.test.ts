import { quotaUseOf } from '../../src/plan/quota-use';
import { QuotaUse, RunningHold, ScheduleEntry } from '../../src/plan/schedule';

const V100: QuotaUse = { key: 'accelerators/us-central1/NVIDIA_TESLA_V100', quota: 'NVIDIA_TESLA_V100 in us-central1', amount: 8, limit: 16, fromUser: true };
const VCPUS: QuotaUse = { key: 'vcpus', quota: 'vCPUs in the project', amount: 8, limit: 450, fromUser: false };

function entry(resource: string, start: number | undefined, hours: number, uses: QuotaUse[]): ScheduleEntry {
  return {
    resource,
    priority: 0,
    ...(start !== undefined ? { worstCaseStart: start * 3600 } : {}),
    maxRunningSeconds: hours * 3600,
    waitsBehind: [],
    exceeds: uses.filter((use) => use.amount > use.limit).map((use) => ({ quota: use.quota, demand: use.amount, limit: use.limit, fromUser: use.fromUser })),
    uses,
  };
}

describe('quotaUseOf: how each quota is held over the worst-case schedule', () => {
  test('a running job and two queued jobs: the peak, when it is reached and who holds the quota', () => {
    // GIVEN a job running for 4h with 8 V100, a new job from 0h to 6h with 8, and one from 4h to 10h with 8
    const running: RunningHold[] = [{ resource: 'v/running', maxRunningSeconds: 4 * 3600, uses: [V100] }];
    const schedule = [entry('v/a', 0, 6, [V100, VCPUS]), entry('v/b', 4, 6, [V100])];

    // WHEN
    const [v100, vcpus] = quotaUseOf({ schedule, running });

    // THEN the running job frees its 8 exactly when b starts: the use never passes 16
    expect(v100).toMatchObject({ quota: 'NVIDIA_TESLA_V100 in us-central1', limit: 16, fromUser: true, peak: 16, peakAt: 0, jobs: ['v/a', 'v/b', 'v/running'], neverStart: [] });
    expect(v100.steps).toEqual([{ at: 0, used: 16 }, { at: 6 * 3600, used: 8 }, { at: 10 * 3600, used: 0 }]);
    expect(vcpus).toMatchObject({ quota: 'vCPUs in the project', limit: 450, fromUser: false, peak: 8, jobs: ['v/a'] });
    expect(vcpus.steps).toEqual([{ at: 0, used: 8 }, { at: 6 * 3600, used: 0 }]);
  });

  test('a job that needs more than the limit holds nothing and is listed as never starting on the quota it exceeds only', () => {
    const big = { ...V100, amount: 24 };
    const quotas = quotaUseOf({ schedule: [entry('v/big', undefined, 6, [big, VCPUS])], running: [] });

    expect(quotas).toEqual([
      expect.objectContaining({ quota: V100.quota, peak: 0, peakAt: 0, jobs: [], neverStart: ['v/big'], steps: [{ at: 0, used: 0 }] }),
      expect.objectContaining({ quota: VCPUS.quota, peak: 0, jobs: [], neverStart: [] }),
    ]);
  });

  test('a later peak is reported at the time it is first reached', () => {
    const schedule = [entry('v/a', 0, 2, [VCPUS]), entry('v/b', 3, 2, [{ ...VCPUS, amount: 16 }]), entry('v/c', 4, 2, [VCPUS])];
    const [vcpus] = quotaUseOf({ schedule, running: [] });
    expect(vcpus).toMatchObject({ peak: 24, peakAt: 4 * 3600 });
    expect(vcpus.steps).toEqual([
      { at: 0, used: 8 },
      { at: 2 * 3600, used: 0 },
      { at: 3 * 3600, used: 16 },
      { at: 4 * 3600, used: 24 },
      { at: 5 * 3600, used: 8 },
      { at: 6 * 3600, used: 0 },
    ]);
  });

  test('no jobs: no quotas', () => {
    expect(quotaUseOf({ schedule: [], running: [] })).toEqual([]);
  });
});
