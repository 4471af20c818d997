import { Catalog } from '../catalog/catalog';
import { TrainingInput } from '../model/training-input';
import { acceleratorTypeOf, isEmptyAccelerator, isReplicaUsed, isUnknown, knownNumber, knownString, replicasOf, scaleTierOf } from './values';

/** ML training units per hour of a training cluster, from the catalog: the one cost model of the plan and the cost pack. */
export interface MlUnitsEstimate {
  /** Units per hour of the parts the catalog prices; a lower bound when `complete` is false. */
  readonly perHour: number;
  /** True when every part of the cluster is priced. */
  readonly complete: boolean;
  /** The parts that could not be priced, for messages (`workerType "n1-highmem-8" has no published ML units`). */
  readonly unpriced: string[];
  /** Units per hour, included in `perHour`, that come from the catalog's estimates (GPUs on Compute Engine types). */
  readonly estimatedPerHour: number;
  /** What the estimated units price, for messages (`NVIDIA_TESLA_V100 at an estimated 5.4498 ML units/h each`). */
  readonly estimated: string[];
}

/**
 * The ML units per hour of a training input: a predefined scale tier's units (no `scaleTier` means `BASIC`); for
 * `CUSTOM`, the sum over the replicas in use of the machine type's units × the replica count, plus, for GPUs attached
 * to a Compute Engine type, the catalog's units per GPU (`prices.acceleratorUnits`, estimates). A machine type or GPU
 * without units and unknown values (tokens) make the estimate incomplete: its `perHour` is then a lower bound, never a
 * guess.
 */
export function trainingMlUnits(input: TrainingInput, catalog: Catalog): MlUnitsEstimate {
  const unpriced: string[] = [];
  const none = { estimatedPerHour: 0, estimated: [] };
  const scaleTier = input.scaleTier === undefined ? 'BASIC' : knownString(scaleTierOf(input));
  if (scaleTier === undefined) return { perHour: 0, complete: false, unpriced: ['scaleTier is unknown until apply'], ...none };
  if (scaleTier !== 'CUSTOM') {
    const units = catalog.scaleTier(scaleTier)?.mlUnits;
    return units === undefined
      ? { perHour: 0, complete: false, unpriced: [`scale tier "${scaleTier}" has no published ML units`], ...none }
      : { perHour: units, complete: true, unpriced, ...none };
  }
  let perHour = 0;
  let estimatedPerHour = 0;
  // Made only for a cluster with estimated GPUs: most jobs have none.
  let estimated: Set<string> | undefined;
  for (const replica of replicasOf(input)) {
    if (!isReplicaUsed(replica)) continue;
    const count = replica.role === 'master' ? 1 : knownNumber(replica.count);
    const machineType = knownString(replica.machineType);
    if (count === undefined || machineType === undefined) {
      unpriced.push(`${replica.role} ${count === undefined ? replica.countField : replica.typeField} is unknown until apply`);
      continue;
    }
    const fact = catalog.machineType(machineType);
    if (fact?.mlUnits === undefined) {
      unpriced.push(`${replica.typeField} "${machineType}" has no published ML units`);
      continue;
    }
    perHour += fact.mlUnits * count;
    // Legacy GPU types and cloud_tpu include their accelerators; GPUs on Compute Engine types are priced apart.
    const accelerator = replica.config?.acceleratorConfig;
    if (fact.category !== 'compute-engine' || (!isUnknown(accelerator) && isEmptyAccelerator(accelerator))) continue;
    const type = isUnknown(accelerator) ? undefined : acceleratorTypeOf(accelerator);
    const perMachine = isUnknown(accelerator) ? undefined : knownNumber(accelerator?.count);
    const units = type === undefined ? undefined : acceleratorUnitsOf(catalog).get(type);
    if (type === undefined || perMachine === undefined) {
      unpriced.push(`the accelerators of ${replica.configField} are unknown until apply`);
    } else if (units === undefined) {
      unpriced.push(`${type} on Compute Engine machine types has no price in the catalog`);
    } else {
      perHour += units * perMachine * count;
      estimatedPerHour += units * perMachine * count;
      (estimated ??= new Set()).add(`${type} at an estimated ${units} ML units/h each`);
    }
  }
  return { perHour, complete: unpriced.length === 0, unpriced, estimatedPerHour, estimated: estimated ? [...estimated].sort() : [] };
}

/**
 * The catalog's estimated ML units per GPU, by accelerator type, as a Map. Why not the catalog's object: looking a
 * job's string up as an object key makes V8 internalize it in place, and a message that optimized code later builds
 * from such a string comes out two-byte, so the whole text of a plan that holds it takes twice the memory and time.
 */
export function acceleratorUnitsOf(catalog: Catalog): ReadonlyMap<string, number> {
  let units = unitsByCatalog.get(catalog);
  if (!units) {
    units = new Map(Object.entries(catalog.prices.acceleratorUnits ?? {}));
    unitsByCatalog.set(catalog, units);
  }
  return units;
}

const unitsByCatalog = new WeakMap<Catalog, ReadonlyMap<string, number>>();
