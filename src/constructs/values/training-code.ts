/** A Python training application in Cloud Storage, run on an AI Platform runtime version. */
export interface PythonPackageOptions {
  /** `gs://` URIs of the packages (at most 100). */
  readonly packageUris: string[];
  /** The module to run, e.g. `trainer.task`. */
  readonly pythonModule: string;
  /** The runtime version, e.g. `2.11`. */
  readonly runtimeVersion: string;
  /**
   * The Python version, e.g. `3.7`.
   *
   * @default - required by the service for runtimes since 2020; the rules report it when missing
   */
  readonly pythonVersion?: string;
  /**
   * Arguments for the program.
   *
   * @default - none
   */
  readonly args?: string[];
}

/** A custom container that holds the training application. */
export interface CustomContainerOptions {
  /** The image, e.g. `gcr.io/my-project/trainer:1.0`. */
  readonly imageUri: string;
  /**
   * Arguments for the container, overriding its CMD.
   *
   * @default - the image's CMD
   */
  readonly args?: string[];
  /**
   * The command to run, overriding the image's ENTRYPOINT.
   *
   * @default - the image's ENTRYPOINT
   */
  readonly command?: string[];
}

/** What a training job runs: a Python package on a runtime version, or a custom container. */
export class TrainingCode {
  /** A Python package on an AI Platform runtime version. */
  public static pythonPackage(options: PythonPackageOptions): TrainingCode {
    return new TrainingCode(options, undefined);
  }

  /** A custom container image. */
  public static customContainer(options: CustomContainerOptions): TrainingCode {
    return new TrainingCode(undefined, options);
  }

  private constructor(
    /** The package options, for a package job. */
    public readonly pythonPackageOptions: PythonPackageOptions | undefined,
    /** The container options, for a custom container job. */
    public readonly customContainerOptions: CustomContainerOptions | undefined,
  ) {}
}
