// Batch prediction with a model managed in the same app.
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { MlEngineModel } from '@cdktf/provider-google/lib/ml-engine-model';
import { Construct } from 'constructs';
import { BatchPredictionJob, DataFormat, PredictionModel } from '../src';
import { ExampleStack } from './example-stack';

/** Predicts on JSON instances with the default version of the census model. */
export class BatchPredictionStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const model = new MlEngineModel(this, 'census', { name: 'census', regions: ['us-central1'] });
    new BatchPredictionJob(this, 'census_predict', {
      region: 'us-central1',
      model: PredictionModel.fromModel(model),
      dataFormat: DataFormat.JSON,
      inputPaths: ['gs://my-ml-bucket/census/instances/*.json'],
      outputPath: 'gs://my-ml-bucket/census/predictions/',
      maxWorkerCount: 4,
    });
  }
}
