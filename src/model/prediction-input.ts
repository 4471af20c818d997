/**
 * The input of a batch prediction job.
 *
 * @see https://cloud.google.com/ai-platform/prediction/docs/reference/rest/v1/projects.jobs#PredictionInput
 */
export interface PredictionInput {
  /** `JSON`, `TEXT`, `TF_RECORD`, `TF_RECORD_GZIP` or `CSV`. */
  readonly dataFormat: string;
  /** `gs://` paths of the input files; they may contain wildcards. */
  readonly inputPaths: string[];
  /** The `gs://` directory the results are written to. */
  readonly outputPath: string;
  /** The region to run the job in. */
  readonly region: string;
  /** The format of the output: `JSON` (default), `CSV` or `TF_RECORD`. */
  readonly outputDataFormat?: string;
  /** The model to use, `projects/P/models/M` (its default version). */
  readonly modelName?: string;
  /** The model version to use, `projects/P/models/M/versions/V`. */
  readonly versionName?: string;
  /** The `gs://` path of a SavedModel to use. */
  readonly uri?: string;
  /** The runtime version, with `uri` (default: the latest stable one). */
  readonly runtimeVersion?: string;
  /** The most workers to use (int64; default 10). */
  readonly maxWorkerCount?: number;
  /** Records per batch (int64; default 64). */
  readonly batchSize?: number;
  /** The SavedModel signature to serve (default `serving_default`). */
  readonly signatureName?: string;
}
