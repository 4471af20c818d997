import { Duration } from '../values/duration';
import { EncryptionKey } from '../values/encryption-key';
import { SchedulingStrategy } from './scheduling-strategy';
import { VertexTrainingCode } from './vertex-training-code';
import { VertexPrimaryPool, VertexReductionServer, VertexWorkerPool } from './vertex-worker-pool';

/** Running-time limit, restart behaviour and provisioning strategy of a custom job. */
export interface VertexScheduling {
  /**
   * The longest the job may run, e.g. `Duration.hours(2)` (rendered `"7200s"`).
   *
   * @default - 7 days
   */
  readonly timeout?: Duration;
  /**
   * Restart the whole job when a worker restarts (for distributed training that cannot take workers leaving).
   *
   * @default false
   */
  readonly restartJobOnWorkerRestart?: boolean;
  /**
   * How the machines are provisioned: `SchedulingStrategy.STANDARD`, `.SPOT` or `.FLEX_START`.
   *
   * @default - STANDARD (the API's unset strategy)
   */
  readonly strategy?: SchedulingStrategy;
  /**
   * With `SchedulingStrategy.FLEX_START`, how long the job waits for its resources to be provisioned
   * (`Duration.seconds(0)` waits indefinitely).
   *
   * @default - 24 hours
   */
  readonly maxWaitDuration?: Duration;
}

/** Properties of a `VertexCustomJob`. */
export interface VertexCustomJobProps {
  /**
   * The display name, up to 128 UTF-8 characters.
   *
   * @default - the construct id
   */
  readonly displayName?: string;
  /**
   * The region, e.g. `us-central1`.
   *
   * @default - the provider's region
   */
  readonly location?: string;
  /**
   * The project.
   *
   * @default - the provider's project
   */
  readonly project?: string;
  /** What every pool runs unless it sets its own `code`: `VertexTrainingCode.container({…})` or `.pythonPackage({…})`. */
  readonly code: VertexTrainingCode;
  /** The primary replica (pool 0, exactly one replica). */
  readonly primary: VertexPrimaryPool;
  /**
   * The workers (pool 1).
   *
   * @default - none
   */
  readonly workers?: VertexWorkerPool;
  /**
   * The parameter servers (pool 2). Not with `reductionServer`.
   *
   * @default - none
   */
  readonly parameterServers?: VertexWorkerPool;
  /**
   * A Reduction Server (pool 2). Not with `parameterServers`.
   *
   * @default - none
   */
  readonly reductionServer?: VertexReductionServer;
  /**
   * The evaluators (pool 3).
   *
   * @default - none
   */
  readonly evaluators?: VertexWorkerPool;
  /**
   * Running-time limit and restart behaviour.
   *
   * @default - 7 days, no restart of the whole job
   */
  readonly scheduling?: VertexScheduling;
  /**
   * The `gs://` directory of the job's outputs; sets `AIP_MODEL_DIR`, `AIP_CHECKPOINT_DIR` and
   * `AIP_TENSORBOARD_LOG_DIR` under it.
   *
   * @default - none
   */
  readonly baseOutputDirectory?: string;
  /**
   * The service account the workload runs as.
   *
   * @default - the Vertex AI Custom Code Service Agent
   */
  readonly serviceAccount?: string;
  /**
   * The VPC network to peer with, `projects/{project number}/global/networks/{name}`.
   *
   * @default - no peering
   */
  readonly network?: string;
  /**
   * Names of reserved IP ranges of the peered `network` to deploy the job in, e.g. `['vertex-ai-ip-range']`.
   *
   * @default - any IP range of the network
   */
  readonly reservedIpRanges?: string[];
  /**
   * A customer-managed encryption key (in the job's region).
   *
   * @default - Google-managed encryption
   */
  readonly encryptionKey?: EncryptionKey;
  /**
   * Labels.
   *
   * @default - none
   */
  readonly labels?: { [key: string]: string };
  /**
   * Whether interactive shells into the training containers are allowed.
   *
   * @default false
   */
  readonly enableWebAccess?: boolean;
  /**
   * The Vertex AI Tensorboard the job uploads its TensorBoard logs to,
   * `projects/{project}/locations/{location}/tensorboards/{tensorboard}`.
   *
   * @default - no upload
   */
  readonly tensorboard?: string;
  /**
   * The Vertex AI Experiment of the job,
   * `projects/{project}/locations/{location}/metadataStores/{store}/contexts/{experiment}`.
   *
   * @default - none
   */
  readonly experiment?: string;
  /**
   * The Vertex AI Experiment Run of the job,
   * `projects/{project}/locations/{location}/metadataStores/{store}/contexts/{experiment}-{run}`.
   *
   * @default - none
   */
  readonly experimentRun?: string;
}
