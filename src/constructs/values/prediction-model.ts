import { MlEngineModel } from '@cdktf/provider-google/lib/ml-engine-model';

/** The model a batch prediction job serves: a model (its default version), a version, or a SavedModel in Cloud Storage. */
export class PredictionModel {
  /** The default version of a model managed in the same cdktf app. */
  public static fromModel(model: MlEngineModel): PredictionModel {
    // The model's id has the form projects/{project}/models/{name}, which is what modelName takes.
    return new PredictionModel('modelName', model.id);
  }

  /** The default version of a model, `projects/PROJECT/models/MODEL`. */
  public static fromModelName(modelName: string): PredictionModel {
    return new PredictionModel('modelName', modelName);
  }

  /** One version of a model, `projects/PROJECT/models/MODEL/versions/VERSION`. */
  public static fromVersionName(versionName: string): PredictionModel {
    return new PredictionModel('versionName', versionName);
  }

  /** A SavedModel directory in Cloud Storage, `gs://bucket/path/`. */
  public static fromUri(uri: string): PredictionModel {
    return new PredictionModel('uri', uri);
  }

  private constructor(
    /** Which field of `predictionInput` names the model: `modelName`, `versionName` or `uri`. */
    public readonly field: string,
    /** The model name, version name or URI. */
    public readonly value: string,
  ) {}
}

/** The format of batch prediction input or output files. */
export enum DataFormat {
  /** One JSON object per line (input and output). */
  JSON = 'JSON',
  /** Deprecated: use JSON. */
  TEXT = 'TEXT',
  /** TFRecord files (input only). */
  TF_RECORD = 'TF_RECORD',
  /** GZIP-compressed TFRecord files (input only). */
  TF_RECORD_GZIP = 'TF_RECORD_GZIP',
  /** Comma-separated values (output only). */
  CSV = 'CSV',
}
