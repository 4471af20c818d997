import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { MlEngineModel } from '@cdktf/provider-google/lib/ml-engine-model';
import { Testing, TerraformStack } from 'cdktf';
import { BatchPredictionJob, BatchPredictionJobProps, DataFormat, PredictionModel } from '../../src';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'test');
  new GoogleProvider(s, 'google', { project: 'my-project' });
  return s;
}

const props: BatchPredictionJobProps = {
  region: 'us-central1',
  model: PredictionModel.fromVersionName('projects/my-project/models/census/versions/v1'),
  dataFormat: DataFormat.JSON,
  inputPaths: ['gs://my-bucket/instances/*.json'],
  outputPath: 'gs://my-bucket/predictions/',
};

function synthJob(p: BatchPredictionJobProps): Record<string, any> {
  const s = stack();
  new BatchPredictionJob(s, 'predict', p);
  return Object.values(JSON.parse(Testing.synth(s, true)).resource.google_ml_engine_job)[0] as Record<string, any>;
}

describe('BatchPredictionJob', () => {
  test('synthesizes a prediction input with a derived job id', () => {
    const job = synthJob({ ...props, outputDataFormat: DataFormat.CSV, maxWorkerCount: 4, batchSize: 32 });
    expect(job.job_id).toMatch(/^predict_[0-9a-f]{8}$/);
    expect(job.prediction_input).toEqual({
      data_format: 'JSON',
      input_paths: ['gs://my-bucket/instances/*.json'],
      output_path: 'gs://my-bucket/predictions/',
      region: 'us-central1',
      output_data_format: 'CSV',
      version_name: 'projects/my-project/models/census/versions/v1',
      max_worker_count: 4,
      batch_size: 32,
    });
    expect(job.training_input).toBeUndefined();
  });

  test('serves a model managed in the same app by reference', () => {
    const s = stack();
    const model = new MlEngineModel(s, 'census', { name: 'census', regions: ['us-central1'] });
    new BatchPredictionJob(s, 'predict', { ...props, model: PredictionModel.fromModel(model) });
    const job = Object.values(JSON.parse(Testing.synth(s, true)).resource.google_ml_engine_job)[0] as Record<string, any>;
    expect(job.prediction_input.model_name).toBe('${google_ml_engine_model.census.id}');
  });

  test('a SavedModel URI with its runtime', () => {
    const job = synthJob({ ...props, model: PredictionModel.fromUri('gs://my-bucket/model/'), runtimeVersion: '1.15' });
    expect(job.prediction_input).toMatchObject({ uri: 'gs://my-bucket/model/', runtime_version: '1.15' });
  });

  test('labels do not change the id; the spec does', () => {
    const base = synthJob(props).job_id;
    expect(synthJob({ ...props, labels: { team: 'ml' } }).job_id).toBe(base);
    expect(synthJob({ ...props, outputPath: 'gs://my-bucket/other/' }).job_id).not.toBe(base);
  });

  test('invalid props fail synth with the construct path, rule id and message, one line each', () => {
    const s = stack();
    new BatchPredictionJob(s, 'predict', { ...props, dataFormat: DataFormat.CSV, model: PredictionModel.fromModelName('census') });
    let message = '';
    try {
      Testing.synth(s, true);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^ {2}\[test\/predict\] MLJ-PRED-001 predictionInput\.modelName is "census"; it must be projects\/PROJECT\/models\/MODEL\.$/m);
    expect(message).toMatch(/^ {2}\[test\/predict\] MLJ-PRED-002 predictionInput\.dataFormat is "CSV"; CSV is only available for output data[^\n]*$/m);
  });
});
