/**
 * A machine type for a replica of a training job: an AI Platform legacy type (`complex_model_m`) or a Compute Engine
 * type (`n1-standard-8`).
 *
 * @see https://cloud.google.com/ai-platform/training/docs/machine-types
 */
export class MachineType {
  /** Legacy: a basic machine. */
  public static readonly STANDARD = new MachineType('standard');
  /** Legacy: lots of memory, for parameter servers of large models. */
  public static readonly LARGE_MODEL = new MachineType('large_model');
  /** Legacy: more computation than `standard`. */
  public static readonly COMPLEX_MODEL_S = new MachineType('complex_model_s');
  /** Legacy: about twice `complex_model_s`. */
  public static readonly COMPLEX_MODEL_M = new MachineType('complex_model_m');
  /** Legacy: about twice `complex_model_m`. */
  public static readonly COMPLEX_MODEL_L = new MachineType('complex_model_l');
  /** Legacy: `standard` with one NVIDIA Tesla K80. */
  public static readonly STANDARD_GPU = new MachineType('standard_gpu');
  /** Legacy: `complex_model_m` with four NVIDIA Tesla K80. */
  public static readonly COMPLEX_MODEL_M_GPU = new MachineType('complex_model_m_gpu');
  /** Legacy: `complex_model_l` with eight NVIDIA Tesla K80. */
  public static readonly COMPLEX_MODEL_L_GPU = new MachineType('complex_model_l_gpu');
  /** Legacy: `standard` with one NVIDIA Tesla P100. */
  public static readonly STANDARD_P100 = new MachineType('standard_p100');
  /** Legacy: `complex_model_m` with four NVIDIA Tesla P100. */
  public static readonly COMPLEX_MODEL_M_P100 = new MachineType('complex_model_m_p100');
  /** Legacy: `standard` with one NVIDIA Tesla V100. */
  public static readonly STANDARD_V100 = new MachineType('standard_v100');
  /** Legacy: `large_model` with one NVIDIA Tesla V100. */
  public static readonly LARGE_MODEL_V100 = new MachineType('large_model_v100');
  /** Legacy: `complex_model_m` with four NVIDIA Tesla V100. */
  public static readonly COMPLEX_MODEL_M_V100 = new MachineType('complex_model_m_v100');
  /** Legacy: `complex_model_l` with eight NVIDIA Tesla V100. */
  public static readonly COMPLEX_MODEL_L_V100 = new MachineType('complex_model_l_v100');
  /** A TPU VM: use it for the single worker of a TPU job, beside a CPU master. */
  public static readonly CLOUD_TPU = new MachineType('cloud_tpu');
  /** Compute Engine: 4 vCPUs, 15 GB. */
  public static readonly N1_STANDARD_4 = new MachineType('n1-standard-4');
  /** Compute Engine: 8 vCPUs, 30 GB. */
  public static readonly N1_STANDARD_8 = new MachineType('n1-standard-8');
  /** Compute Engine: 16 vCPUs, 60 GB. */
  public static readonly N1_STANDARD_16 = new MachineType('n1-standard-16');
  /** Compute Engine: 32 vCPUs, 120 GB. */
  public static readonly N1_STANDARD_32 = new MachineType('n1-standard-32');
  /** Compute Engine: 8 vCPUs, 52 GB. */
  public static readonly N1_HIGHMEM_8 = new MachineType('n1-highmem-8');
  /** Compute Engine: 16 vCPUs, 104 GB. */
  public static readonly N1_HIGHMEM_16 = new MachineType('n1-highmem-16');
  /** Compute Engine: 16 vCPUs, 14.4 GB. */
  public static readonly N1_HIGHCPU_16 = new MachineType('n1-highcpu-16');
  /** Compute Engine: 32 vCPUs, 28.8 GB. */
  public static readonly N1_HIGHCPU_32 = new MachineType('n1-highcpu-32');
  /** Compute Engine: 12 vCPUs, 85 GB, 1 NVIDIA A100. */
  public static readonly A2_HIGHGPU_1G = new MachineType('a2-highgpu-1g');
  /** Compute Engine: 48 vCPUs, 340 GB, 4 NVIDIA A100. */
  public static readonly A2_HIGHGPU_4G = new MachineType('a2-highgpu-4g');

  /**
   * Any machine type by name, e.g. `MachineType.of('n1-highmem-16')`. Names the catalog does not know produce a
   * warning at synth, not an error.
   */
  public static of(name: string): MachineType {
    return new MachineType(name);
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
