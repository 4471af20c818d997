import { MlJobBaseProps } from './ml-job-base-props';
import { ReplicaSpec } from './replica';
import { Duration } from './values/duration';
import { EncryptionKey } from './values/encryption-key';
import { HyperparameterTuning } from './values/hyperparameter';
import { ScaleTier } from './values/scale-tier';
import { TrainingCode } from './values/training-code';

/** Limits on when and how long a training job runs. */
export interface TrainingScheduling {
  /**
   * The longest the job may run once started.
   *
   * @default - 7 days
   */
  readonly maxRunningTime?: Duration;
  /**
   * The longest the job may wait in the queue (at least 30 minutes).
   *
   * @default - no limit
   */
  readonly maxWaitTime?: Duration;
  /**
   * Priority among the project's jobs that wait for the same accelerators, 0 to 1000.
   *
   * @default 0
   */
  readonly priority?: number;
}

/** Properties of an `MlEngineTrainingJob`. */
export interface MlEngineTrainingJobProps extends MlJobBaseProps {
  /** The region to train in, e.g. `us-central1`. */
  readonly region: string;
  /** What the job runs: `TrainingCode.pythonPackage({…})` or `TrainingCode.customContainer({…})`. */
  readonly code: TrainingCode;
  /**
   * A predefined cluster. Setting `master` implies `ScaleTier.CUSTOM`.
   *
   * @default - ScaleTier.CUSTOM when `master` is set, else ScaleTier.BASIC
   */
  readonly scaleTier?: ScaleTier;
  /**
   * The master of a custom cluster.
   *
   * @default - none (a predefined scale tier)
   */
  readonly master?: ReplicaSpec;
  /**
   * The workers of a custom cluster.
   *
   * @default - none
   */
  readonly workers?: ReplicaSpec;
  /**
   * The parameter servers of a custom cluster.
   *
   * @default - none
   */
  readonly parameterServers?: ReplicaSpec;
  /**
   * The evaluators of a custom cluster.
   *
   * @default - none
   */
  readonly evaluators?: ReplicaSpec;
  /**
   * A `gs://` directory for outputs, passed to the program as `--job-dir`.
   *
   * @default - none
   */
  readonly jobDir?: string;
  /**
   * Running-time and queueing limits.
   *
   * @default - 7 days running time, no queueing limit, priority 0
   */
  readonly scheduling?: TrainingScheduling;
  /**
   * The service account the job runs as.
   *
   * @default - the AI Platform service agent
   */
  readonly serviceAccount?: string;
  /**
   * The VPC network to peer with, `projects/{number}/global/networks/{name}`.
   *
   * @default - no peering
   */
  readonly network?: string;
  /**
   * A customer-managed encryption key.
   *
   * @default - Google-managed encryption
   */
  readonly encryptionKey?: EncryptionKey;
  /**
   * Whether interactive shells into the training containers are allowed.
   *
   * @default false
   */
  readonly enableWebAccess?: boolean;
  /**
   * Whether `TF_CONFIG` calls the master `chief` (custom containers).
   *
   * @default false
   */
  readonly useChiefInTfConfig?: boolean;
  /**
   * Hyperparameter tuning.
   *
   * @default - no tuning
   */
  readonly hyperparameterTuning?: HyperparameterTuning;
}
