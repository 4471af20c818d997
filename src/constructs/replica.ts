import { Accelerator } from './values/accelerator';
import { MachineType } from './values/machine-type';

/** The boot disk of each machine of a replica. */
export interface ReplicaDisk {
  /**
   * Size in GB.
   *
   * @default 100
   */
  readonly sizeGb?: number;
  /**
   * `pd-ssd` or `pd-standard`.
   *
   * @default 'pd-ssd'
   */
  readonly type?: string;
}

/** One kind of machine of a custom cluster: the master, the workers, the parameter servers or the evaluators. */
export interface ReplicaSpec {
  /** The machine type, e.g. `MachineType.N1_STANDARD_8` or `MachineType.of('n1-highmem-16')`. */
  readonly machineType: MachineType;
  /**
   * How many machines (ignored for the master, which is always one).
   *
   * @default 1
   */
  readonly count?: number;
  /**
   * Accelerators for each machine (Compute Engine types and `cloud_tpu` only).
   *
   * @default - none
   */
  readonly accelerator?: Accelerator;
  /**
   * A custom container image for these machines.
   *
   * @default - the job's code (the master's image for custom container jobs)
   */
  readonly image?: string;
  /**
   * Command overriding the container ENTRYPOINT.
   *
   * @default - the image's
   */
  readonly containerCommand?: string[];
  /**
   * Arguments overriding the container CMD.
   *
   * @default - the image's
   */
  readonly containerArgs?: string[];
  /**
   * The runtime version matching the container's TensorFlow, for a TPU worker with a custom container.
   *
   * @default - none
   */
  readonly tpuTfVersion?: string;
  /**
   * The boot disk.
   *
   * @default - 100 GB pd-ssd
   */
  readonly disk?: ReplicaDisk;
}
