import { Catalog } from '../catalog/catalog';
import { TrainingInput } from '../model/training-input';
import { recentMemo } from './recent-memo';
import { acceleratorTypeOf, isEmptyAccelerator, isReplicaUsed, isUnknown, knownNumber, knownString, replicaConfigPath, replicasOf, replicaTypePath, scaleTierOf } from './values';

/** The accelerators of one replica role: per machine and how many machines. */
export interface ReplicaAccelerators {
  /** `master`, `worker`, `parameterServer` or `evaluator`. */
  readonly role: string;
  /** The API path the count comes from (`trainingInput.workerConfig.acceleratorConfig.count`, or the machine type). */
  readonly path: string;
  /** The API path the type comes from (`….acceleratorConfig.type`, the machine type field, or `trainingInput.scaleTier`). */
  readonly typePath: string;
  /** The accelerator type, if known. */
  readonly type?: string;
  /** Accelerators per machine (GPUs, or TPU cores as `acceleratorConfig.count` counts them); undefined if unknown. */
  readonly perMachine?: number;
  /** Machines of this role; undefined if unknown. */
  readonly machines?: number;
}

/**
 * The accelerators a training cluster asks for: `acceleratorConfig` of each replica in use, the accelerators built
 * into legacy machine types (`complex_model_m_p100`), and those of a predefined scale tier (`BASIC_GPU`, `BASIC_TPU`).
 * Unknown counts are left undefined so that callers never treat them as violations.
 */
export function acceleratorsOf(input: TrainingInput, catalog: Catalog): readonly ReplicaAccelerators[] {
  // The rules and the plan's resources ask for them: found once per job.
  return acceleratorsMemo(input, catalog);
}

const acceleratorsMemo = recentMemo((input: TrainingInput, catalog?: Catalog) => findAccelerators(input, catalog!));

function findAccelerators(input: TrainingInput, catalog: Catalog): ReplicaAccelerators[] {
  const scaleTier = input.scaleTier === undefined ? 'BASIC' : knownString(scaleTierOf(input));
  if (scaleTier === undefined) return [];
  if (scaleTier !== 'CUSTOM') {
    const tier = catalog.scaleTier(scaleTier);
    if (!tier?.accelerator) return [];
    // BASIC_GPU attaches its GPU to the master; BASIC_TPU its TPU to one cloud_tpu worker.
    const onWorker = tier.workerType !== undefined && tier.workerType === catalog.tpu.machineType;
    return [{
      role: onWorker ? 'worker' : 'master',
      path: 'trainingInput.scaleTier',
      typePath: 'trainingInput.scaleTier',
      type: tier.accelerator.type,
      perMachine: tier.accelerator.count,
      machines: onWorker ? tier.workerCount ?? 1 : 1,
    }];
  }
  const out: ReplicaAccelerators[] = [];
  for (const replica of replicasOf(input)) {
    if (!isReplicaUsed(replica)) continue;
    const machines = replica.role === 'master' ? 1 : knownNumber(replica.count);
    const accelerator = replica.config?.acceleratorConfig;
    if (isUnknown(replica.config) || isUnknown(accelerator)) {
      const path = replicaConfigPath(replica, 'acceleratorConfig');
      out.push({ role: replica.role, path, typePath: path, machines });
      continue;
    }
    if (!isEmptyAccelerator(accelerator)) {
      out.push({
        role: replica.role,
        path: replicaConfigPath(replica, 'acceleratorConfig.count'),
        typePath: replicaConfigPath(replica, 'acceleratorConfig.type'),
        type: acceleratorTypeOf(accelerator),
        perMachine: knownNumber(accelerator?.count),
        machines,
      });
      continue;
    }
    const machineType = knownString(replica.machineType);
    const builtIn = machineType === undefined ? undefined : catalog.machineType(machineType)?.builtInAccelerator;
    if (builtIn) {
      const path = replicaTypePath(replica);
      out.push({ role: replica.role, path, typePath: path, type: builtIn.type, perMachine: builtIn.count, machines });
    }
  }
  return out;
}
