/**
 * The machine of each replica of a worker pool.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/MachineSpec
 */
export interface MachineSpec {
  /** The Compute Engine machine type, e.g. `n1-standard-8` or `a2-highgpu-1g`. Required in a non-empty worker pool. */
  readonly machineType?: string;
  /** The type of the accelerators attached to the machine, e.g. `NVIDIA_TESLA_T4`. */
  readonly acceleratorType?: string;
  /** The number of accelerators attached to the machine (int32). */
  readonly acceleratorCount?: number;
  /** The topology of the TPUs, e.g. `2x2x1`. */
  readonly tpuTopology?: string;
}

/**
 * The boot disk of each replica of a worker pool.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/DiskSpec
 */
export interface DiskSpec {
  /** Type of the boot disk: `pd-ssd` (the default) or `pd-standard`. */
  readonly bootDiskType?: string;
  /** Size in GB of the boot disk (default 100GB). */
  readonly bootDiskSizeGb?: number;
}

/**
 * An environment variable passed to a container or a Python module.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/EnvVar
 */
export interface EnvVar {
  /** Name of the variable; a valid C identifier. */
  readonly name: string;
  /** Value of the variable; `$(VAR_NAME)` references are expanded. */
  readonly value: string;
}

/**
 * A custom container task: the image that runs on each replica.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#ContainerSpec
 */
export interface ContainerSpec {
  /** The URI of the container image. */
  readonly imageUri: string;
  /** Overrides the image's entrypoint. */
  readonly command?: string[];
  /** The arguments passed when the container starts. */
  readonly args?: string[];
  /** Environment variables of the container. */
  readonly env?: EnvVar[];
}

/**
 * A Python package task, run by a pre-built training container.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#PythonPackageSpec
 */
export interface PythonPackageSpec {
  /** The pre-built training container that runs the package. */
  readonly executorImageUri: string;
  /** `gs://` URIs of the package files (at most 100). */
  readonly packageUris: string[];
  /** The Python module to run after installing the packages. */
  readonly pythonModule: string;
  /** Command line arguments of the Python task. */
  readonly args?: string[];
  /** Environment variables of the Python module. */
  readonly env?: EnvVar[];
}

/**
 * A Network File System export mounted on each replica of a worker pool.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#NfsMount
 */
export interface NfsMount {
  /** IP address of the NFS server. */
  readonly server: string;
  /** Source path exported from the server; starts with `/` (the mount source is `server:path`). */
  readonly path: string;
  /** Destination mount path: the export is mounted under `/mnt/nfs/<mountPoint>`. */
  readonly mountPoint: string;
}

/**
 * One worker pool. Pools are positional: pool 0 is the primary replica; a later pool may be empty (`{}`) to skip it.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#WorkerPoolSpec
 */
export interface WorkerPoolSpec {
  /** The machine of each replica. */
  readonly machineSpec?: MachineSpec;
  /** The number of replicas (int64; REST sends it as a string). */
  readonly replicaCount?: number;
  /** The boot disk of each replica. */
  readonly diskSpec?: DiskSpec;
  /** A custom container task; exactly one of `containerSpec` and `pythonPackageSpec` in a non-empty pool. */
  readonly containerSpec?: ContainerSpec;
  /** A Python package task; exactly one of `containerSpec` and `pythonPackageSpec` in a non-empty pool. */
  readonly pythonPackageSpec?: PythonPackageSpec;
  /** NFS exports mounted on each replica under `/mnt/nfs/`. */
  readonly nfsMounts?: NfsMount[];
}

/**
 * Queuing and scheduling options of a custom job.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#Scheduling
 */
export interface CustomJobScheduling {
  /** The maximum running time, a duration such as `7200s` (default 7 days). */
  readonly timeout?: string;
  /** Restart the whole job when a worker restarts. */
  readonly restartJobOnWorkerRestart?: boolean;
  /** Do not retry the job on internal errors after it starts running; when true, `restartJobOnWorkerRestart` is read as false. */
  readonly disableRetries?: boolean;
  /** How the machines are provisioned: `STANDARD`, `SPOT`, `FLEX_START` (or the deprecated `ON_DEMAND`, `LOW_COST`). */
  readonly strategy?: string;
  /** With `FLEX_START`, how long the job waits for its resources, a duration such as `3600s` (`0s` waits forever; default 24 hours). */
  readonly maxWaitDuration?: string;
}

/**
 * A DNS peering zone in the Vertex AI tenant project's VPC, resolving a domain with a network's Cloud DNS.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#DnsPeeringConfig
 */
export interface DnsPeeringConfig {
  /** The DNS name suffix of the zone being peered to, ending with a dot, e.g. `my-internal-domain.corp.`. */
  readonly domain: string;
  /** The project ID hosting the Cloud DNS managed zone of `domain` (the Vertex AI Service Agent needs `dns.peer` on it). */
  readonly targetProject: string;
  /** The VPC network name in `targetProject` where the zone of `domain` is visible. */
  readonly targetNetwork: string;
}

/**
 * The Private Service Connect interface (PSC-I) of a job.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#PscInterfaceConfig
 */
export interface PscInterfaceConfig {
  /** The name of an existing Compute Engine network attachment, in the job's region and project. */
  readonly networkAttachment?: string;
  /** DNS peering zones to create in the tenant project's VPC. */
  readonly dnsPeeringConfigs?: DnsPeeringConfig[];
}

/**
 * A Cloud Storage location.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/GcsDestination
 */
export interface GcsDestination {
  /** `gs://bucket/path`; a `/` is appended if it is missing. */
  readonly outputUriPrefix: string;
}

/**
 * A customer-managed encryption key (CMEK).
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/EncryptionSpec
 */
export interface EncryptionSpec {
  /** `projects/P/locations/L/keyRings/R/cryptoKeys/K`, in the job's region. */
  readonly kmsKeyName: string;
}

/**
 * The spec of a custom job: its worker pools and how they run.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec
 */
export interface CustomJobSpec {
  /** The worker pools, in Vertex's positional order. */
  readonly workerPoolSpecs: WorkerPoolSpec[];
  /** Running-time limit and restart behaviour. */
  readonly scheduling?: CustomJobScheduling;
  /** The service account the workload runs as (default: the AI Platform Custom Code Service Agent). */
  readonly serviceAccount?: string;
  /** The VPC network to peer with, `projects/{number}/global/networks/{name}`. */
  readonly network?: string;
  /** Names of reserved IP ranges of the peered network to deploy the job in, e.g. `vertex-ai-ip-range`. */
  readonly reservedIpRanges?: string[];
  /** The ID of a PersistentResource in the job's project and location to run on, instead of on-demand machines. */
  readonly persistentResourceId?: string;
  /** The Private Service Connect interface (PSC-I) of the job. */
  readonly pscInterfaceConfig?: PscInterfaceConfig;
  /** Where the job writes its output; sets `AIP_MODEL_DIR`, `AIP_CHECKPOINT_DIR` and `AIP_TENSORBOARD_LOG_DIR`. */
  readonly baseOutputDirectory?: GcsDestination;
  /** Whether interactive shells into the training containers are allowed. */
  readonly enableWebAccess?: boolean;
  /** Whether the customized dashboard in the training chief container is reachable (at the `webAccessUris`). */
  readonly enableDashboardAccess?: boolean;
  /** The Tensorboard the job uploads its logs to, `projects/{project}/locations/{location}/tensorboards/{tensorboard}`. */
  readonly tensorboard?: string;
  /** The Experiment of the job, `projects/{p}/locations/{l}/metadataStores/{store}/contexts/{experiment}`. */
  readonly experiment?: string;
  /** The Experiment Run of the job, `projects/{p}/locations/{l}/metadataStores/{store}/contexts/{experiment}-{run}`. */
  readonly experimentRun?: string;
}

/**
 * Why a custom job failed or was cancelled (a `google.rpc.Status`).
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/Shared.Types/Status
 */
export interface CustomJobError {
  /** The status code (a `google.rpc.Code`). */
  readonly code?: number;
  /** The error message. */
  readonly message?: string;
}

/**
 * A Vertex AI custom job, as the REST API represents it (`projects.locations.customJobs`). Its id is assigned by the
 * server and it cannot be modified.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs
 */
export interface CustomJob {
  /** Output only: `projects/{project}/locations/{location}/customJobs/{id}`. */
  readonly name?: string;
  /** The display name, up to 128 UTF-8 characters. */
  readonly displayName: string;
  /** The job spec. */
  readonly jobSpec: CustomJobSpec;
  /** Labels to organize jobs. */
  readonly labels?: { [key: string]: string };
  /** The customer-managed encryption key of everything the job creates. */
  readonly encryptionSpec?: EncryptionSpec;
  /** Output only: the `JobState`, e.g. `JOB_STATE_RUNNING`. */
  readonly state?: string;
  /** Output only: when the job was created. */
  readonly createTime?: string;
  /** Output only: when the job first entered `JOB_STATE_RUNNING`. */
  readonly startTime?: string;
  /** Output only: when the job succeeded, failed or was cancelled. */
  readonly endTime?: string;
  /** Output only: when the job was last updated. */
  readonly updateTime?: string;
  /** Output only: set when the job failed or was cancelled. */
  readonly error?: CustomJobError;
  /** Output only: one interactive shell URI per node (`workerpool0-0`, …) when web access is enabled. */
  readonly webAccessUris?: { [node: string]: string };
}
