/**
 * The public sources of the Vertex AI facts of this folder and the date they were read. One source is spelled one way.
 */

/** The date the Vertex AI sources were read for this catalog. */
export const READ_VERTEX = '2026-12-02';

/** Public URLs of the Vertex AI sources, by short name. */
export const VERTEX_SOURCES = {
  /** The CustomJob REST resource (displayName up to 128 characters, labels, encryptionSpec). */
  customJob: 'https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs',
  /** CustomJobSpec: worker pools, scheduling, serviceAccount, network, baseOutputDirectory. */
  customJobSpec: 'https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec',
  /**
   * Scheduling: `strategy` (STRATEGY_UNSPECIFIED → STANDARD; ON_DEMAND and LOW_COST deprecated; STANDARD, SPOT,
   * FLEX_START) and `maxWaitDuration` (for FLEX_START; 0 waits indefinitely; default 24 hours).
   */
  scheduling: 'https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#Scheduling',
  /** NfsMount: `server` (IP address of the NFS server), `path` (has to start with `/`), `mountPoint` (under `/mnt/nfs/`), all required. */
  nfsMount: 'https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#NfsMount',
  /**
   * Mount an NFS share for custom training: the server is a private address in your VPC, reached through a Private
   * Service Connect interface or VPC Network Peering; the mount point is a UNIX directory name.
   */
  nfsShare: 'https://cloud.google.com/vertex-ai/docs/training/train-nfs-share',
  /** PscInterfaceConfig (`networkAttachment`, `dnsPeeringConfigs`) and DnsPeeringConfig (`domain` must end with a dot). */
  pscInterfaceConfig: 'https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#PscInterfaceConfig',
  /** persistentResources.create: a PersistentResource id is at most 63 characters of `^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$`. */
  persistentResourceCreate: 'https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.persistentResources/create',
  /** MachineSpec and the AcceleratorType enum (NVIDIA_TESLA_K80 marked deprecated). */
  machineSpec: 'https://cloud.google.com/vertex-ai/docs/reference/rest/v1/MachineSpec',
  /** DiskSpec: boot disk type and size (default 100 GB, pd-ssd). */
  diskSpec: 'https://cloud.google.com/ruby/docs/reference/google-cloud-ai_platform-v1/latest/Google-Cloud-AIPlatform-V1-DiskSpec',
  /** EnvVar: the name must be a valid C identifier. */
  envVar: 'https://cloud.google.com/vertex-ai/docs/reference/rest/v1/EnvVar',
  /** Configure compute resources for custom training: machine types, GPU counts, TPUs, boot disks. */
  configureCompute: 'https://cloud.google.com/vertex-ai/docs/training/configure-compute',
  /** Distributed training: the role of each worker pool; the primary pool has exactly one replica. */
  distributedTraining: 'https://cloud.google.com/vertex-ai/docs/training/distributed-training',
  /** Configure container settings: containerSpec or pythonPackageSpec in each worker pool. */
  containerSettings: 'https://cloud.google.com/vertex-ai/docs/training/configure-container-settings',
  /** Prebuilt containers for custom training: the executor images and their support dates. */
  prebuiltContainers: 'https://cloud.google.com/vertex-ai/docs/training/pre-built-containers',
  /**
   * Supported frameworks list: the custom training containers by framework version, with their end of patch and end of
   * availability dates (read in its zh-cn copy, which lists TensorFlow 2.14 down to 2.12 for Python 3.10).
   */
  supportedFrameworks: 'https://cloud.google.com/vertex-ai/docs/supported-frameworks-list',
  /** Vertex AI locations (and the accelerators of each region). */
  locations: 'https://cloud.google.com/vertex-ai/docs/general/locations',
  /** gcloud's client-side list of training regions (`SUPPORTED_TRAINING_REGIONS`), gcloud 556.0.0, pinned. */
  gcloudRegions:
    'https://github.com/twistedpair/google-cloud-sdk/blob/ff4de3d6b86309d0d86607278d445857cd0b5cce/google-cloud-sdk/lib/googlecloudsdk/command_lib/ai/constants.py',
  /** google/caliban's accelerator → region table for AI Platform Training (the same GPUs), pinned. */
  caliban: 'https://github.com/google/caliban/blob/205da6f25b99c0c98cd0d263c47f25bf5e51fa97/caliban/platform/cloud/types.py',
  /** Compute Engine GPU machine types (A2, A3, G2 shapes and their fixed GPU counts). */
  computeGpus: 'https://cloud.google.com/compute/docs/gpus',
  /** The proto3 JSON mapping: parsers accept the lowerCamelCase name and the original proto field name. */
  protoJsonMapping: 'https://protobuf.dev/programming-guides/proto3/#json',
  /**
   * apitools' JSON decoder, which gcloud's --config reader uses: a value that is not a list is read as a list of that
   * value (`__decode_dictionary`), pinned.
   */
  apitoolsProtojson: 'https://github.com/google/apitools/blob/09c5d735369892578157eed356be19bdb305a3ad/apitools/base/protorpclite/protojson.py',
  /**
   * A real submission error: "custom_job.job_spec.service_account must be specified when uploading to TensorBoard"
   * (a CustomJob with `tensorboard` and no `serviceAccount`).
   */
  tensorboardServiceAccountError: 'https://github.com/kubeflow/pipelines/issues/7123',
  /** Custom training methods: one worker pool per role; the first (primary) pool has a replica count of 1. */
  customTrainingMethods: 'https://cloud.google.com/vertex-ai/docs/training/custom-training-methods',
} as const;
