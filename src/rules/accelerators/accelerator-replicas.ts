import { AcceleratorConfig } from '../../model/replica-config';
import { TrainingInput } from '../../model/training-input';
import { recentMemo } from '../recent-memo';
import { isEmptyAccelerator, isReplicaUsed, Replica, replicasOf } from '../values';

/** A replica in use that asks for an accelerator, with the path of its `acceleratorConfig`. */
export interface AcceleratedReplica {
  readonly replica: Replica;
  readonly accelerator: AcceleratorConfig;
  /** e.g. `trainingInput.workerConfig.acceleratorConfig` */
  readonly path: string;
}

/** The replicas in use whose configuration asks for accelerators. */
export function acceleratedReplicas(input: TrainingInput): readonly AcceleratedReplica[] {
  // Four rules ask for them: found once per job.
  return acceleratedMemo(input);
}

const acceleratedMemo = recentMemo(findAcceleratedReplicas);

function findAcceleratedReplicas(input: TrainingInput): AcceleratedReplica[] {
  return replicasOf(input)
    .filter((replica) => isReplicaUsed(replica) && !isEmptyAccelerator(replica.config?.acceleratorConfig))
    .map((replica) => ({
      replica,
      accelerator: replica.config!.acceleratorConfig!,
      path: `trainingInput.${replica.configField}.acceleratorConfig`,
    }));
}
