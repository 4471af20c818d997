import { Catalog } from '../catalog/catalog';
import { Job } from '../model/job';
import { TrainingInput } from '../model/training-input';
import { durationSeconds, isReplicaUsed, knownNumber, knownString, replicasOf } from '../rules/values';

/** A job runs at most 7 days unless `scheduling.maxRunningTime` says otherwise. */
export const DEFAULT_MAX_RUNNING_SECONDS = 7 * 24 * 3600;

/** What one job takes from its project while it runs, worst case. */
export interface JobResources {
  /** The region, when known. */
  readonly region?: string;
  /** Accelerators by type, for the whole job (every replica, every parallel trial). */
  readonly accelerators: ReadonlyMap<string, number>;
  /** vCPUs of the whole job, when every machine's size is known. */
  readonly vcpus?: number;
  /** Trials running at once (1 for a job without tuning). */
  readonly parallelTrials: number;
  /** Trials in all (1 for a job without tuning). */
  readonly trials: number;
  /** How long the job may hold its resources: `maxRunningTime`, default 7 days. */
  readonly maxRunningSeconds: number;
  /** How long the job may wait in the queue, when limited. */
  readonly maxWaitSeconds?: number;
  /** `scheduling.priority` (0 to 1000, higher first; default 0). */
  readonly priority: number;
  /** ML training units per hour of one trial's cluster, when known. */
  readonly mlUnitsPerHour?: number;
  /** Batch prediction: the most nodes the job may use. */
  readonly predictionNodes?: number;
  /** Why some of the above is not known (unknown values, machine types the catalog lacks, GPU add-ons). */
  readonly gaps: string[];
}

/** One group of identical machines of a training cluster. */
interface MachineGroup {
  readonly machineType: string;
  readonly count: number;
  readonly accelerator?: { readonly type: string; readonly count: number };
}

/**
 * The resources a job needs, from its cluster and the catalog: accelerators = replicas × accelerators per replica
 * (legacy GPU machine types count their built-in GPUs) × parallel trials; vCPUs likewise.
 */
export function jobResources(job: Job, catalog: Catalog): JobResources {
  // The plan asks for the same job's resources for the queue and for the cost: work them out once per catalog.
  let cache = resourceCache.get(catalog);
  if (!cache) {
    cache = new WeakMap();
    resourceCache.set(catalog, cache);
  }
  let resources = cache.get(job);
  if (!resources) {
    resources = computeResources(job, catalog);
    cache.set(job, resources);
  }
  return resources;
}

const resourceCache = new WeakMap<Catalog, WeakMap<Job, JobResources>>();

function computeResources(job: Job, catalog: Catalog): JobResources {
  if (job.trainingInput) return trainingResources(job.trainingInput, catalog);
  const prediction = job.predictionInput;
  const nodes = knownNumber(prediction?.maxWorkerCount);
  return {
    ...(knownString(prediction?.region) ? { region: knownString(prediction?.region) } : {}),
    accelerators: new Map(),
    parallelTrials: 1,
    trials: 1,
    maxRunningSeconds: DEFAULT_MAX_RUNNING_SECONDS,
    priority: 0,
    ...(nodes !== undefined ? { predictionNodes: nodes } : {}),
    gaps: nodes === undefined ? ['predictionInput.maxWorkerCount is not set: the service chooses the node count'] : [],
  };
}

function trainingResources(input: TrainingInput, catalog: Catalog): JobResources {
  const gaps: string[] = [];
  const groups = machineGroups(input, catalog, gaps);
  const tuning = input.hyperparameters;
  const trials = Math.max(1, knownNumber(tuning?.maxTrials) ?? 1);
  const parallelTrials = tuning ? Math.max(1, Math.min(knownNumber(tuning.maxParallelTrials) ?? 1, trials)) : 1;

  const accelerators = new Map<string, number>();
  let vcpus: number | undefined = 0;
  let mlUnits: number | undefined = 0;
  for (const group of groups) {
    if (group.accelerator) {
      accelerators.set(group.accelerator.type, (accelerators.get(group.accelerator.type) ?? 0) + group.accelerator.count * group.count * parallelTrials);
    }
    const fact = catalog.machineType(group.machineType);
    if (fact?.vcpus === undefined) {
      if (vcpus !== undefined) gaps.push(`the vCPUs of ${group.machineType} are not in the catalog`);
      vcpus = undefined;
    } else if (vcpus !== undefined) {
      vcpus += fact.vcpus * group.count * parallelTrials;
    }
    if (fact?.mlUnits === undefined) {
      if (mlUnits !== undefined) gaps.push(`the ML units of ${group.machineType} are not in the catalog`);
      mlUnits = undefined;
    } else if (mlUnits !== undefined) {
      mlUnits += fact.mlUnits * group.count;
      // Compute Engine types are priced without their GPUs; the GPU add-on prices were not found.
      if (group.accelerator && fact.category === 'compute-engine') gaps.push(`the price of ${group.accelerator.type} on ${group.machineType} is not in the catalog (cost is a lower bound)`);
    }
  }
  const tier = catalog.scaleTier(knownString(input.scaleTier) ?? 'BASIC');
  if (tier && tier.id !== 'CUSTOM' && input.masterType === undefined) {
    // A predefined tier has a published unit count for the whole cluster and, for BASIC_GPU/BASIC_TPU, accelerators.
    mlUnits = tier.mlUnits;
    accelerators.clear();
    if (tier.accelerator) accelerators.set(tier.accelerator.type, tier.accelerator.count * parallelTrials);
  }

  const scheduling = input.scheduling;
  const running = knownString(scheduling?.maxRunningTime);
  const waiting = knownString(scheduling?.maxWaitTime);
  const maxWaitSeconds = waiting ? durationSeconds(waiting) : undefined;
  return {
    ...(knownString(input.region) ? { region: knownString(input.region) } : {}),
    accelerators,
    ...(vcpus !== undefined && groups.length ? { vcpus } : {}),
    parallelTrials,
    trials,
    maxRunningSeconds: (running ? durationSeconds(running) : undefined) ?? DEFAULT_MAX_RUNNING_SECONDS,
    ...(maxWaitSeconds !== undefined ? { maxWaitSeconds } : {}),
    priority: knownNumber(scheduling?.priority) ?? 0,
    ...(mlUnits !== undefined ? { mlUnitsPerHour: round(mlUnits) } : {}),
    gaps: [...new Set(gaps)].sort(),
  };
}

/** The machines of a training cluster: the replicas of a CUSTOM tier, or the machines a predefined tier implies. */
function machineGroups(input: TrainingInput, catalog: Catalog, gaps: string[]): MachineGroup[] {
  const tierId = knownString(input.scaleTier) ?? 'BASIC';
  const tier = catalog.scaleTier(tierId);
  if (tier && tierId !== 'CUSTOM' && input.masterType === undefined) {
    const groups: MachineGroup[] = [];
    const add = (machineType: string | undefined, count: number | undefined): void => {
      if (machineType && count) groups.push({ machineType, count });
    };
    add(tier.masterType, 1);
    add(tier.workerType, tier.workerCount);
    add(tier.parameterServerType, tier.parameterServerCount);
    return groups;
  }
  const groups: MachineGroup[] = [];
  for (const replica of replicasOf(input)) {
    if (!isReplicaUsed(replica)) continue;
    const machineType = knownString(replica.machineType);
    const count = replica.role === 'master' ? 1 : knownNumber(replica.count);
    if (machineType === undefined || count === undefined) {
      gaps.push(`${replica.role} ${machineType === undefined ? 'machine type' : 'count'} is not known before apply`);
      continue;
    }
    const accelerator = acceleratorOf(replica.config?.acceleratorConfig, machineType, catalog);
    groups.push({ machineType, count, ...(accelerator ? { accelerator } : {}) });
  }
  return groups;
}

function acceleratorOf(config: { type?: unknown; count?: unknown } | undefined, machineType: string, catalog: Catalog): MachineGroup['accelerator'] {
  const type = knownString(config?.type);
  const count = knownNumber(config?.count);
  if (type && type !== 'ACCELERATOR_TYPE_UNSPECIFIED' && count) return { type, count };
  const builtIn = catalog.machineType(machineType)?.builtInAccelerator;
  if (builtIn) return builtIn;
  // A TPU worker without acceleratorConfig gets the default TPU (likely TPU v2 × 8; see the catalog's TPU facts).
  if (machineType === catalog.tpu.machineType) return { type: catalog.tpu.acceleratorTypes[0], count: catalog.tpu.countsByType[catalog.tpu.acceleratorTypes[0]]?.[0] ?? 8 };
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
