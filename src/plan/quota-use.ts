import { compareText } from '../report/compare-text';
import { QuotaUse, RunningHold, ScheduleEntry } from './schedule';

/** The use of a quota at one moment: `used` from `at` seconds until the next step. */
export interface QuotaStep {
  readonly at: number;
  readonly used: number;
}

/** How one quota is used over the worst-case schedule. */
export interface QuotaUseSummary {
  /** `accelerators/<region>/<type>`, `vcpus/<region>` or `vcpus`. */
  readonly key: string;
  /** `NVIDIA_TESLA_V100 in us-central1`, `vCPUs in the project`. */
  readonly quota: string;
  readonly limit: number;
  /** Whether the limit came from the user's quota file (else it is the catalog's unconfirmed default). */
  readonly fromUser: boolean;
  /** The most held at once, worst case. */
  readonly peak: number;
  /** Seconds from apply when the peak is first reached (0 when nothing is held). */
  readonly peakAt: number;
  /** The jobs that hold some of it, running ones and queued ones that start, sorted. */
  readonly jobs: string[];
  /** The jobs that need more of it than the limit, so never start, sorted. */
  readonly neverStart: string[];
  /** The use over time as a step function: starts at 0 seconds, ends with the step back to 0 (when anything is held). */
  readonly steps: QuotaStep[];
}

/** What the quota use is worked out from: the plan's schedule and the jobs already running. */
export interface QuotaUseInput {
  readonly schedule: readonly ScheduleEntry[];
  readonly running: readonly RunningHold[];
}

/**
 * The use of every quota the plan draws on, sorted by quota name: jobs already running hold their share from now
 * until their `maxRunningTime` ends; each queued job from its worst-case start for its `maxRunningTime`. A job that
 * can never start holds nothing and is listed under `neverStart` of the quotas it exceeds.
 */
export function quotaUseOf(input: QuotaUseInput): QuotaUseSummary[] {
  const pools = new Map<string, { use: QuotaUse; holds: Array<{ start: number; end: number; amount: number; resource: string }>; never: Set<string> }>();
  const poolOf = (use: QuotaUse) => {
    let pool = pools.get(use.key);
    if (!pool) {
      pool = { use, holds: [], never: new Set() };
      pools.set(use.key, pool);
    }
    return pool;
  };
  for (const job of input.running) {
    for (const use of job.uses) poolOf(use).holds.push({ start: 0, end: job.maxRunningSeconds, amount: use.amount, resource: job.resource });
  }
  for (const entry of input.schedule) {
    for (const use of entry.uses) {
      const pool = poolOf(use);
      if (entry.worstCaseStart !== undefined) {
        pool.holds.push({ start: entry.worstCaseStart, end: entry.worstCaseStart + entry.maxRunningSeconds, amount: use.amount, resource: entry.resource });
      } else if (use.amount > use.limit) {
        pool.never.add(entry.resource);
      }
    }
  }
  return [...pools.values()]
    .map(({ use, holds, never }) => {
      const steps = stepsOf(holds);
      let peak = 0;
      let peakAt = 0;
      for (const step of steps) {
        if (step.used > peak) {
          peak = step.used;
          peakAt = step.at;
        }
      }
      return {
        key: use.key,
        quota: use.quota,
        limit: use.limit,
        fromUser: use.fromUser,
        peak,
        peakAt,
        jobs: [...new Set(holds.map((hold) => hold.resource))].sort(compareText),
        neverStart: [...never].sort(compareText),
        steps,
      };
    })
    .sort((a, b) => compareText(a.quota, b.quota) || compareText(a.key, b.key));
}

/** Sweeps the holds into a step function; a hold ending when another starts frees its share first. */
function stepsOf(holds: ReadonlyArray<{ start: number; end: number; amount: number }>): QuotaStep[] {
  const change = new Map<number, number>();
  for (const hold of holds) {
    if (hold.end <= hold.start) continue;
    change.set(hold.start, (change.get(hold.start) ?? 0) + hold.amount);
    change.set(hold.end, (change.get(hold.end) ?? 0) - hold.amount);
  }
  const steps: QuotaStep[] = [{ at: 0, used: 0 }];
  let used = 0;
  for (const at of [...change.keys()].sort((a, b) => a - b)) {
    used += change.get(at) ?? 0;
    const last = steps[steps.length - 1];
    if (last.at === at) {
      steps[steps.length - 1] = { at, used };
      if (steps.length > 1 && steps[steps.length - 2].used === used) steps.pop();
    } else if (last.used !== used) {
      steps.push({ at, used });
    }
  }
  return steps;
}
