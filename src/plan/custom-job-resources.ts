import { Catalog } from '../catalog/catalog';
import { CustomJob, MachineSpec, WorkerPoolSpec } from '../model/custom-job';
import { isPlainObject } from '../model/plain-object';
import { durationSeconds, isUnknown, knownNumber, knownString } from '../rules/values';
import { acceleratorUnitsOf } from '../rules/ml-units';
import { DEFAULT_MAX_RUNNING_SECONDS, JobResources } from './job-resources';

/**
 * Vertex AI bills custom training as AI Platform Training did: the pricing page says the costs of Vertex AI remain
 * those of the legacy AI Platform products it supersedes (its exceptions concern prediction only). So a custom job is
 * priced with the catalog's ML training units of its Compute Engine machine types and GPUs.
 */
export const VERTEX_PRICING_SOURCE = 'https://cloud.google.com/vertex-ai/pricing';

/**
 * What a Vertex AI custom job takes from its project while it runs, worst case, from its worker pools and the
 * catalog: for each pool in use, replicas × the machine type's vCPUs, replicas × `acceleratorCount` accelerators of
 * `acceleratorType`, and replicas × the machine's ML units (plus the catalog's units per GPU) for the cost. The job
 * may run `jobSpec.scheduling.timeout`, default 7 days. `region` is the job's `location`.
 *
 * Nothing is guessed: a machine type the catalog does not know, a pool without `replicaCount` or a value known only
 * at apply leaves the vCPUs or the price unknown (a lower bound when part of the job is priced), said in `gaps`.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#Scheduling (timeout: default 7 days)
 */
export function customJobResources(customJob: CustomJob, region: string | undefined, catalog: Catalog): JobResources {
  const gaps: string[] = [];
  const accelerators = new Map<string, number>();
  const estimated = new Set<string>();
  let vcpus: number | undefined = 0;
  let units = 0;
  let priced = true;
  const pools = poolsOf(customJob);
  if (pools === undefined) gaps.push('jobSpec.workerPoolSpecs is not known before apply');
  (pools ?? []).forEach((pool: WorkerPoolSpec, i) => {
    const at = `jobSpec.workerPoolSpecs[${i}]`; // as the Vertex AI rules name a pool
    if (!isPlainObject(pool as unknown)) {
      gaps.push(`${at} is not known before apply`);
      vcpus = undefined;
      priced = false;
      return;
    }
    if (isEmptyPool(pool)) return; // a skipped pool (`{}`) runs nothing
    const machine: MachineSpec | undefined = isPlainObject(pool.machineSpec as unknown) ? pool.machineSpec : undefined;
    const machineType = knownString(machine?.machineType);
    const replicas = knownNumber(pool.replicaCount);
    if (replicas === undefined) {
      gaps.push(pool.replicaCount === undefined ? `${at}.replicaCount is not set` : `${at}.replicaCount is not known before apply`);
    }
    if (machineType === undefined) gaps.push(`${at}.machineSpec.machineType is not known before apply`);
    const type = knownString(machine?.acceleratorType);
    const perMachine = knownNumber(machine?.acceleratorCount);
    const hasAccelerator = machine?.acceleratorType !== undefined || machine?.acceleratorCount !== undefined;
    if (hasAccelerator) {
      if (type !== undefined && perMachine !== undefined && replicas !== undefined) {
        if (perMachine > 0) accelerators.set(type, (accelerators.get(type) ?? 0) + perMachine * replicas);
      } else {
        gaps.push(`the accelerators of ${at}.machineSpec are not known before apply`);
      }
    }
    const fact = machineType === undefined ? undefined : catalog.machineType(machineType);
    if (machineType !== undefined && fact?.vcpus === undefined) gaps.push(`the vCPUs of ${machineType} are not in the catalog`);
    if (vcpus !== undefined) vcpus = fact?.vcpus !== undefined && replicas !== undefined ? vcpus + fact.vcpus * replicas : undefined;

    if (machineType === undefined || replicas === undefined) {
      priced = false;
      return;
    }
    if (fact?.mlUnits === undefined || fact.category !== 'compute-engine') {
      gaps.push(`${at}.machineSpec.machineType "${machineType}" has no published ML units`);
      priced = false;
      return;
    }
    units += fact.mlUnits * replicas;
    if (!hasAccelerator || perMachine === 0) return;
    const gpuUnits = type === undefined ? undefined : acceleratorUnitsOf(catalog).get(type);
    if (type === undefined || perMachine === undefined) {
      priced = false;
    } else if (gpuUnits === undefined) {
      gaps.push(`${type} on Compute Engine machine types has no price in the catalog`);
      priced = false;
    } else {
      units += gpuUnits * perMachine * replicas;
      estimated.add(`${type} at an estimated ${gpuUnits} ML units/h each`);
    }
  });

  const timeout = knownString(customJob.jobSpec?.scheduling?.timeout);
  const resources: { -readonly [K in keyof JobResources]: JobResources[K] } = {
    accelerators,
    parallelTrials: 1,
    maxRunningSeconds: (timeout ? durationSeconds(timeout) : undefined) ?? DEFAULT_MAX_RUNNING_SECONDS,
    priority: 0,
    gaps: [...new Set(gaps)].sort(),
  };
  const known = knownString(region);
  if (known) resources.region = known;
  else resources.gaps = [...resources.gaps, region === undefined ? 'location is not set' : 'location is not known before apply'];
  if (vcpus) resources.vcpus = vcpus;
  if (units > 0) {
    resources.mlUnitsPerHour = Math.round(units * 10000) / 10000;
    resources.mlUnitsComplete = priced;
  }
  if (estimated.size) resources.mlUnitsEstimated = [...estimated].sort();
  return resources;
}

/** The worker pools, or undefined when the list itself is a reference. */
function poolsOf(customJob: CustomJob): WorkerPoolSpec[] | undefined {
  const pools = customJob.jobSpec?.workerPoolSpecs as unknown;
  if (pools === undefined) return [];
  return Array.isArray(pools) && !isUnknown(pools) ? (pools as WorkerPoolSpec[]) : undefined;
}

/** A pool given as `{}` (or with only zero values) to skip its place in Vertex's positional order. */
function isEmptyPool(pool: WorkerPoolSpec): boolean {
  return Object.values(pool).every((value) => value === undefined || value === null || (isPlainObject(value) && Object.keys(value).length === 0));
}
