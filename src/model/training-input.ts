import { HyperparameterSpec } from './hyperparameter-spec';
import { ReplicaConfig } from './replica-config';

/**
 * When and for how long a training job may run.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs#Scheduling
 */
export interface Scheduling {
  /** The longest the job may run, a duration such as `7200s` (default 7 days). */
  readonly maxRunningTime?: string;
  /** The longest the job may wait in the queue, a duration of at least `1800s`. */
  readonly maxWaitTime?: string;
  /** Priority among the project's jobs, 0 to 1000 (default 0). */
  readonly priority?: number;
}

/**
 * A customer-managed encryption key (CMEK) for the job.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/cmek
 */
export interface EncryptionConfig {
  /** `projects/P/locations/L/keyRings/R/cryptoKeys/K`, in the job's region. */
  readonly kmsKeyName: string;
}

/**
 * The input of a training job.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs#TrainingInput
 */
export interface TrainingInput {
  /** `BASIC`, `STANDARD_1`, `PREMIUM_1`, `BASIC_GPU`, `BASIC_TPU` or `CUSTOM`. */
  readonly scaleTier?: string;
  /** The machine type of the master (required with `CUSTOM`). */
  readonly masterType?: string;
  /** The configuration of the master. */
  readonly masterConfig?: ReplicaConfig;
  /** The machine type of the workers. */
  readonly workerType?: string;
  /** The configuration of the workers. */
  readonly workerConfig?: ReplicaConfig;
  /** The number of workers (int64). */
  readonly workerCount?: number;
  /** The machine type of the parameter servers. */
  readonly parameterServerType?: string;
  /** The configuration of the parameter servers. */
  readonly parameterServerConfig?: ReplicaConfig;
  /** The number of parameter servers (int64). */
  readonly parameterServerCount?: number;
  /** The machine type of the evaluators. */
  readonly evaluatorType?: string;
  /** The configuration of the evaluators. */
  readonly evaluatorConfig?: ReplicaConfig;
  /** The number of evaluators (int64). */
  readonly evaluatorCount?: number;
  /** Whether the master is called `chief` in `TF_CONFIG`. */
  readonly useChiefInTfConfig?: boolean;
  /** `gs://` URIs of the training packages (at most 100). */
  readonly packageUris?: string[];
  /** The Python module to run, e.g. `trainer.task`. */
  readonly pythonModule?: string;
  /** Arguments passed to the training program. */
  readonly args?: string[];
  /** The hyperparameter tuning of the job. */
  readonly hyperparameters?: HyperparameterSpec;
  /** The region to run the job in, e.g. `us-central1`. */
  readonly region: string;
  /** A `gs://` path for outputs, passed to the program as `--job-dir`. */
  readonly jobDir?: string;
  /** The AI Platform runtime version, e.g. `2.11`. */
  readonly runtimeVersion?: string;
  /** The Python version, e.g. `3.7`. */
  readonly pythonVersion?: string;
  /** A customer-managed encryption key. */
  readonly encryptionConfig?: EncryptionConfig;
  /** Running-time and queueing limits. */
  readonly scheduling?: Scheduling;
  /** The VPC network to peer with, `projects/{number}/global/networks/{name}`. */
  readonly network?: string;
  /** The service account the job runs as (an email address). */
  readonly serviceAccount?: string;
  /** Whether interactive shells into the training containers are allowed. */
  readonly enableWebAccess?: boolean;
}
