/**
 * Accelerators attached to each machine of a replica: a type and a count.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/using-gpus
 */
export class Accelerator {
  /** NVIDIA Tesla K80 GPUs. */
  public static nvidiaTeslaK80(count: number): Accelerator {
    return new Accelerator('NVIDIA_TESLA_K80', count);
  }

  /** NVIDIA Tesla P4 GPUs. */
  public static nvidiaTeslaP4(count: number): Accelerator {
    return new Accelerator('NVIDIA_TESLA_P4', count);
  }

  /** NVIDIA Tesla P100 GPUs. */
  public static nvidiaTeslaP100(count: number): Accelerator {
    return new Accelerator('NVIDIA_TESLA_P100', count);
  }

  /** NVIDIA Tesla V100 GPUs. */
  public static nvidiaTeslaV100(count: number): Accelerator {
    return new Accelerator('NVIDIA_TESLA_V100', count);
  }

  /** NVIDIA Tesla T4 GPUs. */
  public static nvidiaTeslaT4(count: number): Accelerator {
    return new Accelerator('NVIDIA_TESLA_T4', count);
  }

  /** NVIDIA A100 GPUs (on `a2-highgpu-*` machine types). */
  public static nvidiaTeslaA100(count: number): Accelerator {
    return new Accelerator('NVIDIA_TESLA_A100', count);
  }

  /**
   * TPU v2 cores, for a `cloud_tpu` worker.
   *
   * @default count 8
   */
  public static tpuV2(count?: number): Accelerator {
    return new Accelerator('TPU_V2', count ?? 8);
  }

  /**
   * TPU v3 cores, for a `cloud_tpu` worker.
   *
   * @default count 8
   */
  public static tpuV3(count?: number): Accelerator {
    return new Accelerator('TPU_V3', count ?? 8);
  }

  /** Any accelerator type of the API by name, e.g. `Accelerator.of('NVIDIA_TESLA_V100', 2)`. */
  public static of(type: string, count: number): Accelerator {
    return new Accelerator(type, count);
  }

  private constructor(
    /** The API accelerator type, e.g. `NVIDIA_TESLA_T4`. */
    public readonly type: string,
    /** How many accelerators each machine gets. */
    public readonly count: number,
  ) {}
}
