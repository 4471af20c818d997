import { MlJobBaseProps } from './ml-job-base-props';
import { DataFormat, PredictionModel } from './values/prediction-model';

/** Properties of a `BatchPredictionJob`. */
export interface BatchPredictionJobProps extends MlJobBaseProps {
  /** The region to run in, e.g. `us-central1`. */
  readonly region: string;
  /** The model to serve: `PredictionModel.fromModel(model)`, `.fromModelName()`, `.fromVersionName()` or `.fromUri()`. */
  readonly model: PredictionModel;
  /** The format of the input files. */
  readonly dataFormat: DataFormat;
  /** `gs://` paths of the input files; wildcards allowed. */
  readonly inputPaths: string[];
  /** The `gs://` directory the results are written to. */
  readonly outputPath: string;
  /**
   * The format of the results.
   *
   * @default DataFormat.JSON
   */
  readonly outputDataFormat?: DataFormat;
  /**
   * The most workers to use.
   *
   * @default 10
   */
  readonly maxWorkerCount?: number;
  /**
   * Records per batch.
   *
   * @default 64
   */
  readonly batchSize?: number;
  /**
   * The SavedModel signature to serve.
   *
   * @default 'serving_default'
   */
  readonly signatureName?: string;
  /**
   * The runtime version (with `PredictionModel.fromUri`).
   *
   * @default - the version's runtime, or the latest stable one for a URI
   */
  readonly runtimeVersion?: string;
}
