import { ComputeMachineType } from './compute-machine-type';
import { VertexAccelerator } from './vertex-accelerator';
import { VertexTrainingCode } from './vertex-training-code';

/**
 * A boot disk type of a worker pool.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#DiskSpec
 */
export class BootDiskType {
  /** SSD persistent disk (the default, except on A3 Ultra). */
  public static readonly PD_SSD = new BootDiskType('pd-ssd');
  /** Standard (HDD) persistent disk. */
  public static readonly PD_STANDARD = new BootDiskType('pd-standard');
  /** Hyperdisk Balanced (the default on A3 Ultra). */
  public static readonly HYPERDISK_BALANCED = new BootDiskType('hyperdisk-balanced');

  /** Any disk type by name; an undocumented one warns at synth. */
  public static of(name: string): BootDiskType {
    return new BootDiskType(name);
  }

  private constructor(
    /** The name the API takes, e.g. `pd-ssd`. */
    public readonly name: string,
  ) {}
}

/** The boot disk of each replica of a pool. */
export interface VertexBootDisk {
  /**
   * Size in GB (documented range 100 to 64,000).
   *
   * @default 100
   */
  readonly sizeGb?: number;
  /**
   * The disk type.
   *
   * @default BootDiskType.PD_SSD
   */
  readonly type?: BootDiskType;
}

/**
 * A Network File System export mounted on each replica of a pool, at `/mnt/nfs/<mountPoint>`.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec#NfsMount
 */
export interface VertexNfsMount {
  /** The IP address of the NFS server, e.g. `10.76.0.10`. */
  readonly server: string;
  /** The path the server exports; it starts with `/`, e.g. `/vol1`. */
  readonly path: string;
  /** Where the export is mounted: under `/mnt/nfs/<mountPoint>`, e.g. `data`. */
  readonly mountPoint: string;
}

/** The primary pool (pool 0): its one replica's machine and, optionally, its own code. */
export interface VertexPrimaryPool {
  /** The machine type, e.g. `ComputeMachineType.N1_STANDARD_8`. */
  readonly machineType: ComputeMachineType;
  /**
   * Accelerators of each replica: attachable GPUs on N1, the built-in GPUs of A2/A3/G2, TPU cores on `cloud-tpu`.
   *
   * @default - none
   */
  readonly accelerator?: VertexAccelerator;
  /**
   * The TPU topology of a TPU slice machine (`ct5lp-hightpu-*`), e.g. `2x2`.
   *
   * @default - none
   */
  readonly tpuTopology?: string;
  /**
   * The boot disk.
   *
   * @default - 100 GB pd-ssd
   */
  readonly bootDisk?: VertexBootDisk;
  /**
   * NFS exports mounted on each replica (the job needs a network that reaches the servers).
   *
   * @default - none
   */
  readonly nfsMounts?: VertexNfsMount[];
  /**
   * What this pool runs, when it differs from the job's `code`.
   *
   * @default - the job's code
   */
  readonly code?: VertexTrainingCode;
}

/** A pool of workers, parameter servers or evaluators. */
export interface VertexWorkerPool extends VertexPrimaryPool {
  /**
   * How many replicas.
   *
   * @default 1
   */
  readonly replicaCount?: number;
}

/**
 * The Reduction Server of a GPU all-reduce job (pool 2, instead of parameter servers): Google's reduction server image
 * on CPU machines.
 *
 * @see https://cloud.google.com/vertex-ai/docs/training/distributed-training
 */
export interface VertexReductionServer {
  /** The machine type of the reducers, e.g. `ComputeMachineType.N1_HIGHCPU_16`. */
  readonly machineType: ComputeMachineType;
  /**
   * How many reducers.
   *
   * @default 1
   */
  readonly replicaCount?: number;
}
