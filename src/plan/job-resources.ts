import { Catalog } from '../catalog/catalog';
import { Job } from '../model/job';
import { TrainingInput } from '../model/training-input';
import { acceleratorsOf } from '../rules/cluster-accelerators';
import { trainingMlUnits } from '../rules/ml-units';
import { durationSeconds, isReplicaUsed, knownNumber, knownString, replicasOf, scaleTierOf } from '../rules/values';
import { Writable } from '../model/writable';
import { uniqueSorted } from './unique-sorted';

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
  /** How long the job may hold its resources: `maxRunningTime`, default 7 days. */
  readonly maxRunningSeconds: number;
  /** How long the job may wait in the queue, when limited. */
  readonly maxWaitSeconds?: number;
  /** `scheduling.priority` (0 to 1000, higher first; default 0). */
  readonly priority: number;
  /** ML training units per hour of one trial's cluster, when any part is priced (a lower bound unless complete). */
  readonly mlUnitsPerHour?: number;
  /** Whether every machine of the cluster is priced. */
  readonly mlUnitsComplete?: boolean;
  /** The parts of `mlUnitsPerHour` priced by the catalog's estimates rather than published prices (GPUs on Compute Engine types). */
  readonly mlUnitsEstimated?: string[];
  /** Batch prediction: the most nodes the job may use. */
  readonly predictionNodes?: number;
  /** Why some of the above is not known (unknown values, machine types the catalog lacks, GPU add-ons). */
  readonly gaps: string[];
}

/**
 * The resources a job needs, from its cluster and the catalog: accelerators = replicas × accelerators per replica
 * (legacy GPU machine types count their built-in GPUs) × parallel trials; vCPUs likewise.
 */
export function jobResources(job: Job, catalog: Catalog): JobResources {
  if (job.trainingInput) return trainingResources(job.trainingInput, catalog);
  const prediction = job.predictionInput;
  const nodes = knownNumber(prediction?.maxWorkerCount);
  // Built by assignment: conditional spreads cost more than the rest of this function (10,000 jobs per plan).
  const resources: Writable<JobResources> = {
    accelerators: new Map(),
    parallelTrials: 1,
    maxRunningSeconds: DEFAULT_MAX_RUNNING_SECONDS,
    priority: 0,
    gaps: nodes === undefined ? ['predictionInput.maxWorkerCount is not set: the service chooses the node count'] : [],
  };
  const region = knownString(prediction?.region);
  if (region) resources.region = region;
  if (nodes !== undefined) resources.predictionNodes = nodes;
  return resources;
}

function trainingResources(input: TrainingInput, catalog: Catalog): JobResources {
  const gaps: string[] = [];
  const tuning = input.hyperparameters;
  const trials = Math.max(1, knownNumber(tuning?.maxTrials) ?? 1);
  const parallelTrials = tuning ? Math.max(1, Math.min(knownNumber(tuning.maxParallelTrials) ?? 1, trials)) : 1;

  const accelerators = new Map<string, number>();
  const replicaAccelerators = acceleratorsOf(input, catalog);
  for (const replica of replicaAccelerators) {
    if (replica.type !== undefined && replica.perMachine !== undefined && replica.machines !== undefined) addAccelerators(accelerators, replica.type, replica.perMachine * replica.machines * parallelTrials);
    else gaps.push(`${replica.path} is not known before apply`);
  }
  // A TPU worker without acceleratorConfig gets the default TPU (likely TPU v2 × 8; see the catalog's TPU facts).
  const groups = machineGroups(input, catalog, gaps);
  for (const group of groups) {
    if (group.machineType === catalog.tpu.machineType && !replicaAccelerators.some((replica) => replica.role === group.role)) {
      const type = catalog.tpu.acceleratorTypes[0];
      addAccelerators(accelerators, type, (catalog.tpu.countsByType[type]?.[0] ?? 8) * group.count * parallelTrials);
    }
  }

  let vcpus: number | undefined = 0;
  for (const group of groups) {
    const size = catalog.machineType(group.machineType)?.vcpus;
    if (size === undefined) {
      gaps.push(`the vCPUs of ${group.machineType} are not in the catalog`);
      vcpus = undefined;
      break;
    }
    vcpus += size * group.count * parallelTrials;
  }
  const units = trainingMlUnits(input, catalog);
  gaps.push(...units.unpriced);

  const scheduling = input.scheduling;
  const running = knownString(scheduling?.maxRunningTime);
  const waiting = knownString(scheduling?.maxWaitTime);
  const maxWaitSeconds = waiting ? durationSeconds(waiting) : undefined;
  const resources: Writable<JobResources> = {
    accelerators,
    parallelTrials,
    maxRunningSeconds: (running ? durationSeconds(running) : undefined) ?? DEFAULT_MAX_RUNNING_SECONDS,
    priority: knownNumber(scheduling?.priority) ?? 0,
    gaps: uniqueSorted(gaps),
  };
  const region = knownString(input.region);
  if (region) resources.region = region;
  if (vcpus) resources.vcpus = vcpus;
  if (maxWaitSeconds !== undefined) resources.maxWaitSeconds = maxWaitSeconds;
  if (units.perHour > 0) {
    resources.mlUnitsPerHour = round(units.perHour);
    resources.mlUnitsComplete = units.complete;
  }
  if (units.estimated.length) resources.mlUnitsEstimated = units.estimated;
  return resources;
}

function addAccelerators(accelerators: Map<string, number>, type: string, count: number): void {
  accelerators.set(type, (accelerators.get(type) ?? 0) + count);
}

/** One group of identical machines of a training cluster. */
interface MachineGroup {
  readonly role: string;
  readonly machineType: string;
  readonly count: number;
}

/** The machines of a training cluster: the replicas in use of a CUSTOM tier, or the machines a predefined tier implies. */
function machineGroups(input: TrainingInput, catalog: Catalog, gaps: string[]): MachineGroup[] {
  const tierId = knownString(scaleTierOf(input)) ?? 'BASIC';
  const tier = catalog.scaleTier(tierId);
  const groups: MachineGroup[] = [];
  if (tier && tierId !== 'CUSTOM' && input.masterType === undefined) {
    const add = (role: string, machineType: string | undefined, count: number | undefined): void => {
      if (machineType && count) groups.push({ role, machineType, count });
    };
    add('master', tier.masterType, 1);
    add('worker', tier.workerType, tier.workerCount);
    add('parameterServer', tier.parameterServerType, tier.parameterServerCount);
    return groups;
  }
  for (const replica of replicasOf(input)) {
    if (!isReplicaUsed(replica)) continue;
    const machineType = knownString(replica.machineType);
    const count = replica.role === 'master' ? 1 : knownNumber(replica.count);
    if (machineType === undefined || count === undefined) {
      gaps.push(`${replica.role} ${machineType === undefined ? 'machine type' : 'count'} is not known before apply`);
      continue;
    }
    groups.push({ role: replica.role, machineType, count });
  }
  return groups;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
