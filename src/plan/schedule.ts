import { compareText } from '../report/compare-text';
import { JobResources } from './job-resources';
import { acceleratorQuota, ProjectQuotas, projectVcpuQuota, QuotaLimit, regionVcpuQuota } from './project-quotas';
import { Writable } from '../model/writable';

/** A job that takes part in the scheduling simulation. */
export interface ScheduledJob {
  /** How reports name the job. */
  readonly resource: string;
  readonly resources: JobResources;
}

/** One quota a job needs more of than the project has. */
export interface QuotaExcess {
  /** `NVIDIA_TESLA_V100 in us-central1`, `vCPUs in us-central1`, `vCPUs in the project`. */
  readonly quota: string;
  readonly demand: number;
  readonly limit: number;
  /** Whether the limit came from the user's quota file (else it is the catalog's unconfirmed default). */
  readonly fromUser: boolean;
}

/** How much of one quota a job holds while it runs. */
export interface QuotaUse {
  /** A stable key of the quota: `accelerators/<region>/<type>`, `vcpus/<region>` or `vcpus`. */
  readonly key: string;
  /** `NVIDIA_TESLA_V100 in us-central1`, `vCPUs in us-central1`, `vCPUs in the project`. */
  readonly quota: string;
  readonly amount: number;
  readonly limit: number;
  /** Whether the limit came from the user's quota file (else it is the catalog's unconfirmed default). */
  readonly fromUser: boolean;
}

/** A job that already runs: it holds its quotas from now for its whole `maxRunningTime`, worst case. */
export interface RunningHold {
  readonly resource: string;
  readonly maxRunningSeconds: number;
  /** The quotas it holds, by key. */
  readonly uses: QuotaUse[];
}

/** Where the simulation put one job. */
export interface ScheduleEntry {
  readonly resource: string;
  readonly priority: number;
  /** Seconds from now until the job starts at the latest; undefined when it can never start. */
  readonly worstCaseStart?: number;
  /** `scheduling.maxWaitTime` in seconds, when set. */
  readonly maxWaitSeconds?: number;
  /** Seconds the job may run. */
  readonly maxRunningSeconds: number;
  /** The jobs it waits for, sorted. */
  readonly waitsBehind: string[];
  /** The quotas it can never fit in (empty when it fits). */
  readonly exceeds: QuotaExcess[];
  /** Every quota it draws on while it runs, by key (also those it exceeds). */
  readonly uses: QuotaUse[];
}

/**
 * A deterministic worst-case simulation of the queue. Jobs that exist already (`running`) hold their resources from
 * now for their whole `maxRunningTime`. The new jobs are placed in priority order (higher first, then by name): each
 * starts at the earliest time its accelerators and vCPUs fit in every quota it needs for its whole `maxRunningTime`,
 * given the jobs placed before it. A job that needs more than a quota can never start.
 */
export function simulateSchedule(running: readonly ScheduledJob[], queued: readonly ScheduledJob[], quotas: ProjectQuotas): ScheduleEntry[] {
  const pools = new Map<string, Timeline>();
  const poolOf = (need: QuotaUse): Timeline => {
    let pool = pools.get(need.key);
    if (!pool) {
      pool = new Timeline(need.limit);
      pools.set(need.key, pool);
    }
    return pool;
  };

  for (const job of [...running].sort((a, b) => compareText(a.resource, b.resource))) {
    for (const need of quotaUses(job.resources, quotas)) poolOf(need).hold(0, job.resources.maxRunningSeconds, need.amount, job.resource);
  }

  const order = [...queued].sort((a, b) => b.resources.priority - a.resources.priority || compareText(a.resource, b.resource));
  const entries: ScheduleEntry[] = [];
  const jobPools: Timeline[] = [];
  for (const job of order) {
    const needs = quotaUses(job.resources, quotas);
    const duration = job.resources.maxRunningSeconds;
    let exceeds: QuotaExcess[] | undefined;
    for (const need of needs) {
      if (need.amount > need.limit) (exceeds ??= []).push({ quota: need.quota, demand: need.amount, limit: need.limit, fromUser: need.fromUser });
    }
    if (exceeds) {
      entries.push(scheduleEntry(job, needs, undefined, [], exceeds));
      continue;
    }
    // The pool of each need, by index: no pair object per need of every job.
    jobPools.length = 0;
    for (const need of needs) jobPools.push(poolOf(need));
    // The earliest time that fits every pool: move forward until no pool pushes the start further.
    let start = 0;
    for (let moved = true; moved;) {
      moved = false;
      for (let i = 0; i < needs.length; i++) {
        const fit = jobPools[i].earliestFit(start, duration, needs[i].amount);
        if (fit > start) {
          start = fit;
          moved = true;
        }
      }
    }
    // A job that starts at once waits for nobody: no set to collect them in.
    const waitsBehind = start > 0 ? new Set<string>() : undefined;
    for (let i = 0; i < needs.length; i++) {
      jobPools[i].hold(start, start + duration, needs[i].amount, job.resource);
      if (waitsBehind) for (const resource of jobPools[i].endingAt(start)) waitsBehind.add(resource);
    }
    entries.push(scheduleEntry(job, needs, start, waitsBehind ? [...waitsBehind].sort(compareText) : [], []));
  }
  return entries;
}

/**
 * One entry of the schedule, built by assignment in the order of its fields: a spread of shared fields into each
 * entry would give every entry a hidden class of its own in V8 (thousands per plan).
 */
function scheduleEntry(job: ScheduledJob, uses: QuotaUse[], worstCaseStart: number | undefined, waitsBehind: string[], exceeds: QuotaExcess[]): ScheduleEntry {
  const entry = { resource: job.resource, priority: job.resources.priority, maxRunningSeconds: job.resources.maxRunningSeconds } as Writable<ScheduleEntry>;
  if (job.resources.maxWaitSeconds !== undefined) entry.maxWaitSeconds = job.resources.maxWaitSeconds;
  entry.uses = uses;
  if (worstCaseStart !== undefined) entry.worstCaseStart = worstCaseStart;
  entry.waitsBehind = waitsBehind;
  entry.exceeds = exceeds;
  return entry;
}

/** The jobs that already run, sorted by name, with the quotas they hold from now on. */
export function runningHolds(running: readonly ScheduledJob[], quotas: ProjectQuotas): RunningHold[] {
  return [...running]
    .sort((a, b) => compareText(a.resource, b.resource))
    .map((job) => ({ resource: job.resource, maxRunningSeconds: job.resources.maxRunningSeconds, uses: quotaUses(job.resources, quotas) }));
}

/** The quotas a job draws on, with how much of each, in a fixed order. Quotas nobody knows are not simulated. */
export function quotaUses(resources: JobResources, quotas: ProjectQuotas): QuotaUse[] {
  const uses: QuotaUse[] = [];
  const names = quotaNamesOf(quotas);
  const region = resources.region;
  if (region) {
    // Most jobs use one accelerator type or none: nothing to sort.
    const accelerators = resources.accelerators.size < 2 ? resources.accelerators : [...resources.accelerators].sort(([a], [b]) => compareText(a, b));
    for (const [type, amount] of accelerators) {
      const quota = names.accelerator(region, type);
      if (quota && amount > 0) uses.push(quotaUse(quota, amount));
    }
    const vcpus = resources.vcpus;
    const regionQuota = names.regionVcpus(region);
    if (vcpus && regionQuota) uses.push(quotaUse(regionQuota, vcpus));
  }
  const projectQuota = names.projectVcpus;
  if (resources.vcpus && projectQuota) uses.push(quotaUse(projectQuota, resources.vcpus));
  return uses;
}

/** A quota a job may draw on: its key and name with its limit, all but the amount of a `QuotaUse`. */
interface NamedQuota {
  readonly key: string;
  readonly quota: string;
  readonly limit: QuotaLimit;
}

function quotaUse(named: NamedQuota, amount: number): QuotaUse {
  return { key: named.key, quota: named.quota, amount, limit: named.limit.limit, fromUser: named.limit.fromUser };
}

/** The named quotas of one `ProjectQuotas`, each looked up and named once however many jobs draw on it. */
interface QuotaNames {
  accelerator(region: string, type: string): NamedQuota | undefined;
  regionVcpus(region: string): NamedQuota | undefined;
  readonly projectVcpus: NamedQuota | undefined;
}

/**
 * The named quotas of `quotas`, made on first use. Why: thousands of jobs share a few regions and accelerator types,
 * and naming each job's quotas anew made several strings per job, each hashed again as a pool's key.
 */
function quotaNamesOf(quotas: ProjectQuotas): QuotaNames {
  let names = namesByQuotas.get(quotas);
  if (!names) {
    const accelerators = new Map<string, Map<string, NamedQuota | undefined>>();
    const regions = new Map<string, NamedQuota | undefined>();
    const project = projectVcpuQuota(quotas);
    names = {
      accelerator: (region, type) => {
        let byType = accelerators.get(region);
        if (!byType) {
          byType = new Map();
          accelerators.set(region, byType);
        }
        if (byType.has(type)) return byType.get(type);
        const limit = acceleratorQuota(quotas, region, type);
        const named = limit ? { key: `accelerators/${region}/${type}`, quota: `${type} in ${region}`, limit } : undefined;
        byType.set(type, named);
        return named;
      },
      regionVcpus: (region) => {
        if (regions.has(region)) return regions.get(region);
        const limit = regionVcpuQuota(quotas, region);
        const named = limit ? { key: `vcpus/${region}`, quota: `vCPUs in ${region}`, limit } : undefined;
        regions.set(region, named);
        return named;
      },
      projectVcpus: project ? { key: 'vcpus', quota: 'vCPUs in the project', limit: project } : undefined,
    };
    namesByQuotas.set(quotas, names);
  }
  return names;
}

const namesByQuotas = new WeakMap<ProjectQuotas, QuotaNames>();

/**
 * The use of one quota over time: a step function kept as sorted breakpoints. Usage only grows as jobs are placed,
 * so the earliest point where a given amount fits only moves later; a per-amount hint keeps repeated searches short.
 */
class Timeline {
  /** Breakpoints: segment i is [times[i], times[i+1]), the last one open-ended. */
  private readonly times: number[] = [0];
  private readonly usage: number[] = [0];
  private readonly hints = new Map<number, number>();
  private readonly ends = new Map<number, string[]>();
  /** Searches made, by amount and duration: from where, and the fit found (see `earliestFit`). */
  private readonly fits = new Map<number, Map<number, { from: number; fit: number }>>();
  /** Whether every hold so far added an amount ≥ 0 over an ordered span, so usage only grew. */
  private growing = true;

  constructor(private readonly limit: number) {}

  /** The earliest start at or after `from` where `amount` fits for `duration` seconds. */
  earliestFit(from: number, duration: number, amount: number): number {
    // Usage only grows (while every hold adds a number ≥ 0), so a start that did not fit never fits later: a search for
    // the same amount and duration from within a range already searched starts where that search ended. Thousands of
    // jobs share a few amounts and durations; without this each scanned the queue's breakpoints again from the start.
    if (!this.growing || !(duration > 0 && duration < Infinity) || !Number.isFinite(from)) return this.scan(from, duration, amount, true);
    let byDuration = this.fits.get(amount);
    if (!byDuration) {
      byDuration = new Map();
      this.fits.set(amount, byDuration);
    }
    const searched = byDuration.get(duration);
    if (searched && from >= searched.from && from <= searched.fit) {
      searched.fit = this.scan(searched.fit, duration, amount, searched.fit === from);
      return searched.fit;
    }
    const fit = this.scan(from, duration, amount, true);
    if (searched) {
      searched.from = from;
      searched.fit = fit;
    } else {
      byDuration.set(duration, { from, fit });
    }
    return fit;
  }

  /**
   * The earliest start at or after `from` where `amount` fits for `duration` seconds, by a forward scan of the
   * breakpoints; `hint` says whether the search may update the earliest instant fit of the amount.
   */
  private scan(from: number, duration: number, amount: number, hint: boolean): number {
    const instant = this.hints.get(amount) ?? 0;
    let start = Math.max(from, instant);
    let i = this.segmentAt(start);
    const times = this.times;
    const usage = this.usage;
    // Skip the segments where the amount does not fit even for an instant.
    while (usage[i] + amount > this.limit && i + 1 < times.length) i++;
    if (usage[i] + amount > this.limit) return Infinity;
    start = Math.max(start, times[i]);
    if (hint && from <= instant) this.hints.set(amount, times[i]);
    for (let j = i; j < times.length && times[j] < start + duration; j++) {
      if (usage[j] + amount > this.limit) {
        if (j + 1 >= times.length) return Infinity;
        start = times[j + 1];
      }
    }
    return start;
  }

  /** Records `amount` held by `resource` from `start` to `end`. */
  hold(start: number, end: number, amount: number, resource: string): void {
    if (!(amount >= 0) || Number.isNaN(start) || Number.isNaN(end)) this.growing = false;
    const first = this.split(start);
    const last = this.split(end);
    for (let i = first; i < last; i++) this.usage[i] += amount;
    const ending = this.ends.get(end);
    if (ending) ending.push(resource);
    else this.ends.set(end, [resource]);
  }

  /** The jobs whose holds end at `time`: a job starting then waited for them. */
  endingAt(time: number): readonly string[] {
    return this.ends.get(time) ?? [];
  }

  /** Makes `time` a breakpoint and returns its index. */
  private split(time: number): number {
    const i = this.segmentAt(time);
    if (this.times[i] === time) return i;
    this.times.splice(i + 1, 0, time);
    this.usage.splice(i + 1, 0, this.usage[i]);
    return i + 1;
  }

  /** The index of the segment that contains `time` (binary search). */
  private segmentAt(time: number): number {
    let low = 0;
    let high = this.times.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.times[mid] <= time) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
