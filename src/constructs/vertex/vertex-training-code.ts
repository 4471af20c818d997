import { PrebuiltTrainingImage } from './prebuilt-training-image';

/** A custom container that holds the training application. */
export interface VertexContainerOptions {
  /** The image, e.g. `us-central1-docker.pkg.dev/my-project/trainers/census:1.0`. */
  readonly imageUri: string;
  /**
   * The command, overriding the image's ENTRYPOINT.
   *
   * @default - the image's ENTRYPOINT
   */
  readonly command?: string[];
  /**
   * Arguments, overriding the image's CMD.
   *
   * @default - the image's CMD
   */
  readonly args?: string[];
  /**
   * Environment variables (names are C identifiers), in the order given.
   *
   * @default - none
   */
  readonly env?: { [name: string]: string };
}

/** A Python training package run on a prebuilt training container. */
export interface VertexPythonPackageOptions {
  /** The prebuilt container that runs the package, e.g. `PrebuiltTrainingImage.tensorflowCpu('2.17')`. */
  readonly executorImage: PrebuiltTrainingImage;
  /** `gs://` URIs of the package and its dependencies (at most 100). */
  readonly packageUris: string[];
  /** The module to run, e.g. `trainer.task`. */
  readonly pythonModule: string;
  /**
   * Arguments for the module.
   *
   * @default - none
   */
  readonly args?: string[];
  /**
   * Environment variables (names are C identifiers), in the order given.
   *
   * @default - none
   */
  readonly env?: { [name: string]: string };
}

/**
 * What a worker pool runs: a custom container or a Python package on a prebuilt container (exactly one; the API's
 * `containerSpec` / `pythonPackageSpec`).
 *
 * @see https://cloud.google.com/vertex-ai/docs/training/configure-container-settings
 */
export class VertexTrainingCode {
  /** A custom container image. */
  public static container(options: VertexContainerOptions): VertexTrainingCode {
    return new VertexTrainingCode(options, undefined);
  }

  /** A Python package on a prebuilt training container. */
  public static pythonPackage(options: VertexPythonPackageOptions): VertexTrainingCode {
    return new VertexTrainingCode(undefined, options);
  }

  private constructor(
    /** The container options, for a container task. */
    public readonly containerOptions: VertexContainerOptions | undefined,
    /** The package options, for a Python package task. */
    public readonly pythonPackageOptions: VertexPythonPackageOptions | undefined,
  ) {}
}
