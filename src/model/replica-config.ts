/**
 * The type and number of accelerators attached to each machine of a replica.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/AcceleratorConfig
 */
export interface AcceleratorConfig {
  /**
   * The number of accelerators to attach to each machine running the job (int64; REST sends it as a string).
   */
  readonly count?: number;
  /**
   * The type of accelerator: `NVIDIA_TESLA_K80`, `NVIDIA_TESLA_P4`, `NVIDIA_TESLA_P100`, `NVIDIA_TESLA_V100`,
   * `NVIDIA_TESLA_T4`, `NVIDIA_TESLA_A100`, `TPU_V2`, `TPU_V3`, `TPU_V2_POD`, `TPU_V3_POD`, `TPU_V4_POD`.
   */
  readonly type?: string;
}

/**
 * The boot disk of each machine of a replica.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs#DiskConfig
 */
export interface DiskConfig {
  /** Size in GB of the boot disk (default 100GB). */
  readonly bootDiskSizeGb?: number;
  /** Type of the boot disk: `pd-ssd` (Persistent Disk SSD) or `pd-standard` (default). */
  readonly bootDiskType?: string;
}

/**
 * The configuration of one kind of replica (master, worker, parameter server or evaluator).
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs#ReplicaConfig
 */
export interface ReplicaConfig {
  /** The accelerators attached to each machine of this replica. */
  readonly acceleratorConfig?: AcceleratorConfig;
  /** The Docker image to run on the replica (a custom container). */
  readonly imageUri?: string;
  /**
   * The runtime version whose TensorFlow matches the custom container's; only for TPU workers that use a custom
   * container.
   */
  readonly tpuTfVersion?: string;
  /** The command the container runs, overriding its ENTRYPOINT. */
  readonly containerCommand?: string[];
  /** Arguments for the container command, overriding its CMD. */
  readonly containerArgs?: string[];
  /** The boot disk of each machine of this replica. */
  readonly diskConfig?: DiskConfig;
}
