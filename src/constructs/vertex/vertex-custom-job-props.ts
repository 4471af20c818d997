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
   * Do not retry the job on internal errors after it starts running. When it is true, the service reads
   * `restartJobOnWorkerRestart` as false.
   *
   * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#Scheduling
   * @default false
   */
  readonly disableRetries?: boolean;
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

/**
 * A DNS peering zone that Vertex AI creates in its tenant project's VPC, so the job resolves `domain` with the Cloud
 * DNS of `targetNetwork`. The Vertex AI Service Agent needs the `dns.peer` role on `targetProject`.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#DnsPeeringConfig
 */
export interface VertexDnsPeeringConfig {
  /** The DNS name suffix of the zone being peered to; it must end with a dot, e.g. `my-internal-domain.corp.`. */
  readonly domain: string;
  /** The ID of the project that hosts the Cloud DNS managed zone of `domain`. */
  readonly targetProject: string;
  /** The name of the VPC network in `targetProject` where the zone of `domain` is visible. */
  readonly targetNetwork: string;
}

/**
 * The Private Service Connect interface (PSC-I) of a job: its egress into your VPC network through a network
 * attachment, instead of VPC Network Peering (`network`).
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#PscInterfaceConfig
 * @see https://cloud.google.com/vertex-ai/docs/training/psc-i-egress
 */
export interface VertexPscInterfaceConfig {
  /**
   * The name of the Compute Engine network attachment to attach to the job, in the job's region and project. It must
   * already exist.
   *
   * @default - none
   */
  readonly networkAttachment?: string;
  /**
   * DNS peering zones to create in the tenant project's VPC.
   *
   * @default - none
   */
  readonly dnsPeeringConfigs?: VertexDnsPeeringConfig[];
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
   * The Private Service Connect interface (PSC-I) of the job.
   *
   * @default - no PSC interface
   */
  readonly pscInterfaceConfig?: VertexPscInterfaceConfig;
  /**
   * The ID of a PersistentResource in the job's project and location to run the job on: its existing machines
   * instead of on-demand short-lived ones. The job's network and CMEK settings must match the PersistentResource's,
   * or the job is rejected.
   *
   * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec
   * @default - on-demand machines
   */
  readonly persistentResourceId?: string;
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
   * Whether the customized dashboard in the training chief container is reachable, at the job's `webAccessUris`.
   *
   * @default false
   */
  readonly enableDashboardAccess?: boolean;
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
