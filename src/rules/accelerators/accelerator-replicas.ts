import { AcceleratorConfig } from '../../model/replica-config';
import { TrainingInput } from '../../model/training-input';
import { recentMemo } from '../recent-memo';
import { isEmptyAccelerator, isReplicaUsed, Replica, replicaConfigPath, replicasOf } from '../values';

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
  const out: AcceleratedReplica[] = [];
  for (const replica of replicasOf(input)) {
    if (!isReplicaUsed(replica) || isEmptyAccelerator(replica.config?.acceleratorConfig)) continue;
    out.push({ replica, accelerator: replica.config!.acceleratorConfig!, path: replicaConfigPath(replica, 'acceleratorConfig') });
  }
  return out;
}

