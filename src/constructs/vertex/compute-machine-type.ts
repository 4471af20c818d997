/**
 * A Compute Engine machine type for a worker pool of a Vertex AI custom job.
 *
 * GPUs attach to N1 types; A2, A3 and G2 types come with their GPUs (say them with `VertexAccelerator`); E2, N2 and
 * C2 types take none; `CLOUD_TPU` and `ct5lp-hightpu-*` are TPU machines.
 *
 * @see https://cloud.google.com/vertex-ai/docs/training/configure-compute
 */
export class ComputeMachineType {
  /** N1: 4 vCPUs, 15 GB; takes P4, P100, T4 (1, 2, 4) or V100 (1, 2, 4, 8). */
  public static readonly N1_STANDARD_4 = new ComputeMachineType('n1-standard-4');
  /** N1: 8 vCPUs, 30 GB. */
  public static readonly N1_STANDARD_8 = new ComputeMachineType('n1-standard-8');
  /** N1: 16 vCPUs, 60 GB. */
  public static readonly N1_STANDARD_16 = new ComputeMachineType('n1-standard-16');
  /** N1: 32 vCPUs, 120 GB. */
  public static readonly N1_STANDARD_32 = new ComputeMachineType('n1-standard-32');
  /** N1: 4 vCPUs, 26 GB. */
  public static readonly N1_HIGHMEM_4 = new ComputeMachineType('n1-highmem-4');
  /** N1: 8 vCPUs, 52 GB. */
  public static readonly N1_HIGHMEM_8 = new ComputeMachineType('n1-highmem-8');
  /** N1: 16 vCPUs, 104 GB. */
  public static readonly N1_HIGHMEM_16 = new ComputeMachineType('n1-highmem-16');
  /** N1: 16 vCPUs, 14.4 GB. */
  public static readonly N1_HIGHCPU_16 = new ComputeMachineType('n1-highcpu-16');
  /** N1: 32 vCPUs, 28.8 GB. */
  public static readonly N1_HIGHCPU_32 = new ComputeMachineType('n1-highcpu-32');
  /** E2: 4 vCPUs, 16 GB, no accelerators. */
  public static readonly E2_STANDARD_4 = new ComputeMachineType('e2-standard-4');
  /** E2: 8 vCPUs, 32 GB, no accelerators. */
  public static readonly E2_STANDARD_8 = new ComputeMachineType('e2-standard-8');
  /** E2: 16 vCPUs, 64 GB, no accelerators. */
  public static readonly E2_HIGHMEM_16 = new ComputeMachineType('e2-highmem-16');
  /** N2: 8 vCPUs, 32 GB, no accelerators. */
  public static readonly N2_STANDARD_8 = new ComputeMachineType('n2-standard-8');
  /** C2: 16 vCPUs, 64 GB, no accelerators. */
  public static readonly C2_STANDARD_16 = new ComputeMachineType('c2-standard-16');
  /** A2: 12 vCPUs, 85 GB, 1 × NVIDIA A100 40 GB. */
  public static readonly A2_HIGHGPU_1G = new ComputeMachineType('a2-highgpu-1g');
  /** A2: 24 vCPUs, 170 GB, 2 × NVIDIA A100 40 GB. */
  public static readonly A2_HIGHGPU_2G = new ComputeMachineType('a2-highgpu-2g');
  /** A2: 48 vCPUs, 340 GB, 4 × NVIDIA A100 40 GB. */
  public static readonly A2_HIGHGPU_4G = new ComputeMachineType('a2-highgpu-4g');
  /** A2: 96 vCPUs, 680 GB, 8 × NVIDIA A100 40 GB. */
  public static readonly A2_HIGHGPU_8G = new ComputeMachineType('a2-highgpu-8g');
  /** A2: 1 × NVIDIA A100 80 GB. */
  public static readonly A2_ULTRAGPU_1G = new ComputeMachineType('a2-ultragpu-1g');
  /** A3: 8 × NVIDIA H100 80 GB. */
  public static readonly A3_HIGHGPU_8G = new ComputeMachineType('a3-highgpu-8g');
  /** G2: 8 vCPUs, 1 × NVIDIA L4. */
  public static readonly G2_STANDARD_8 = new ComputeMachineType('g2-standard-8');
  /** G2: 24 vCPUs, 2 × NVIDIA L4. */
  public static readonly G2_STANDARD_24 = new ComputeMachineType('g2-standard-24');
  /** G2: 48 vCPUs, 4 × NVIDIA L4. */
  public static readonly G2_STANDARD_48 = new ComputeMachineType('g2-standard-48');
  /** A TPU v2 or v3 host: use with `VertexAccelerator.tpuV2()` or `tpuV3()` (8 cores). */
  public static readonly CLOUD_TPU = new ComputeMachineType('cloud-tpu');
  /** A TPU v5e slice of 4 chips: set `tpuTopology` (e.g. `2x2`). */
  public static readonly CT5LP_HIGHTPU_4T = new ComputeMachineType('ct5lp-hightpu-4t');

  /**
   * Any machine type by name, e.g. `ComputeMachineType.of('n1-highmem-32')`. A family the catalog does not list warns
   * at synth; it is not rejected.
   */
  public static of(name: string): ComputeMachineType {
    return new ComputeMachineType(name);
  }

  private constructor(
    /** The name the API takes, e.g. `n1-standard-8`. */
    public readonly name: string,
  ) {}

  /** The name. */
  public toString(): string {
    return this.name;
  }
}
