/**
 * The accelerators of each replica of a worker pool: an `AcceleratorType` of the Vertex AI API and a count.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/MachineSpec
 */
export class VertexAccelerator {
  /** NVIDIA T4 GPUs, on N1 machine types (1, 2 or 4). */
  public static nvidiaTeslaT4(count: number): VertexAccelerator {
    return new VertexAccelerator('NVIDIA_TESLA_T4', count);
  }

  /** NVIDIA P4 GPUs, on N1 machine types. */
  public static nvidiaTeslaP4(count: number): VertexAccelerator {
    return new VertexAccelerator('NVIDIA_TESLA_P4', count);
  }

  /** NVIDIA P100 GPUs, on N1 machine types. */
  public static nvidiaTeslaP100(count: number): VertexAccelerator {
    return new VertexAccelerator('NVIDIA_TESLA_P100', count);
  }

  /** NVIDIA V100 GPUs, on N1 machine types (1, 2, 4 or 8). */
  public static nvidiaTeslaV100(count: number): VertexAccelerator {
    return new VertexAccelerator('NVIDIA_TESLA_V100', count);
  }

  /** NVIDIA A100 40 GB GPUs: the built-in GPUs of an `a2-highgpu-*` type (its count). */
  public static nvidiaTeslaA100(count: number): VertexAccelerator {
    return new VertexAccelerator('NVIDIA_TESLA_A100', count);
  }

  /** NVIDIA A100 80 GB GPUs: the built-in GPUs of an `a2-ultragpu-*` type. */
  public static nvidiaA100Of80Gb(count: number): VertexAccelerator {
    return new VertexAccelerator('NVIDIA_A100_80GB', count);
  }

  /** NVIDIA L4 GPUs: the built-in GPUs of a `g2-standard-*` type. */
  public static nvidiaL4(count: number): VertexAccelerator {
    return new VertexAccelerator('NVIDIA_L4', count);
  }

  /** NVIDIA H100 80 GB GPUs: the built-in GPUs of an `a3-highgpu-*` type. */
  public static nvidiaH100Of80Gb(count: number): VertexAccelerator {
    return new VertexAccelerator('NVIDIA_H100_80GB', count);
  }

  /**
   * TPU v2 cores, on `ComputeMachineType.CLOUD_TPU`.
   *
   * @param count 8 for one host, a multiple of 32 for a pod slice
   * @default 8
   */
  public static tpuV2(count?: number): VertexAccelerator {
    return new VertexAccelerator('TPU_V2', count ?? 8);
  }

  /**
   * TPU v3 cores, on `ComputeMachineType.CLOUD_TPU`.
   *
   * @param count 8 for one host, a multiple of 32 for a pod slice
   * @default 8
   */
  public static tpuV3(count?: number): VertexAccelerator {
    return new VertexAccelerator('TPU_V3', count ?? 8);
  }

  /** Any accelerator type of the API enum by name, e.g. `VertexAccelerator.of('NVIDIA_H200_141GB', 8)`. */
  public static of(type: string, count: number): VertexAccelerator {
    return new VertexAccelerator(type, count);
  }

  private constructor(
    /** The API accelerator type, e.g. `NVIDIA_TESLA_T4`. */
    public readonly type: string,
    /** How many accelerators each replica gets. */
    public readonly count: number,
  ) {}
}
