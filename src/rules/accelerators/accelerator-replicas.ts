import { AcceleratorConfig } from '../../model/replica-config';
import { TrainingInput } from '../../model/training-input';
import { isEmptyAccelerator, isReplicaUsed, Replica, replicasOf } from '../values';

/** A replica in use that asks for an accelerator, with the path of its `acceleratorConfig`. */
export interface AcceleratedReplica {
  readonly replica: Replica;
  readonly accelerator: AcceleratorConfig;
  /** e.g. `trainingInput.workerConfig.acceleratorConfig` */
  readonly path: string;
}

/** The replicas in use whose configuration asks for accelerators. */
export function acceleratedReplicas(input: TrainingInput): AcceleratedReplica[] {
  return replicasOf(input)
    .filter((replica) => isReplicaUsed(replica) && !isEmptyAccelerator(replica.config?.acceleratorConfig))
    .map((replica) => ({
      replica,
      accelerator: replica.config!.acceleratorConfig!,
      path: `trainingInput.${replica.configField}.acceleratorConfig`,
    }));
}
