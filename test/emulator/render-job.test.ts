import { Catalog } from '../../src/catalog/catalog';
import { renderJob } from '../../src/emulator/render-job';
import { StoredJob } from '../../src/emulator/stored-job';

const D = { queuedMs: 1_000, preparingMs: 1_000, runningMs: 3_600_000, cancellingMs: 1_000 };
const T0 = Date.parse('2024-01-01T00:00:00Z');
const catalog = Catalog.default();

function stored(input: StoredJob['input'], labels: { [key: string]: string } = {}): StoredJob {
  return { project: 'p', sequence: 1, input, labels, etag: 'AAAAAAAAAAE=', timeline: { createdAt: T0 } };
}

describe('renderJob', () => {
  const training = stored({ jobId: 'j', trainingInput: { scaleTier: 'BASIC', region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/t:1' } } }, { team: 'a' });

  test('a queued job: the input, labels, createTime, state and etag, in the API\'s field order', () => {
    const job = renderJob(training, D, T0, catalog);
    expect(job).toEqual({ jobId: 'j', labels: { team: 'a' }, trainingInput: training.input.trainingInput, createTime: '2024-01-01T00:00:00Z', state: 'QUEUED', etag: 'AAAAAAAAAAE=' });
    expect(Object.keys(job)).toEqual(['jobId', 'labels', 'trainingInput', 'createTime', 'state', 'etag']);
  });

  test('empty labels are left out, as proto3 JSON does', () => {
    expect(renderJob(stored(training.input), D, T0, catalog).labels).toBeUndefined();
  });

  test('a finished training job has start and end times and the ML units it consumed', () => {
    const job = renderJob(training, D, T0 + 10 * 3_600_000, catalog);
    const basicUnits = catalog.scaleTier('BASIC')?.mlUnits ?? 0;
    expect(job).toMatchObject({ state: 'SUCCEEDED', startTime: '2024-01-01T00:00:01Z', endTime: '2024-01-01T01:00:02Z' });
    expect(job.trainingOutput).toEqual({ consumedMLUnits: Math.round(basicUnits * 100) / 100 });
  });

  test('a tuning job says so and reports its trials when done', () => {
    const tuning = stored({ jobId: 't', trainingInput: { ...training.input.trainingInput!, hyperparameters: { goal: 'MAXIMIZE', params: [], maxTrials: 6, hyperparameterMetricTag: 'accuracy' } } });
    expect(renderJob(tuning, D, T0 + 2_500, catalog).trainingOutput).toEqual({ consumedMLUnits: 0, isHyperparameterTuningJob: true, hyperparameterMetricTag: 'accuracy' });
    expect(renderJob(tuning, D, T0 + 10 * 3_600_000, catalog).trainingOutput).toMatchObject({ completedTrialCount: '6' });
  });

  test('a batch prediction job reports its output path and node hours', () => {
    const prediction = stored({ jobId: 'b', predictionInput: { dataFormat: 'JSON', inputPaths: ['gs://b/in'], outputPath: 'gs://b/out', region: 'us-central1', maxWorkerCount: '2' as unknown as number } });
    expect(renderJob(prediction, D, T0 + 1_000, catalog).predictionOutput).toBeUndefined();
    expect(renderJob(prediction, D, T0 + 10 * 3_600_000, catalog).predictionOutput).toEqual({ outputPath: 'gs://b/out', nodeHours: 2 });
  });

  test('a failed job reports its error message', () => {
    const failed: StoredJob = { ...training, timeline: { createdAt: T0, failed: { at: T0 + 500, message: 'bad' } } };
    expect(renderJob(failed, D, T0 + 600, catalog)).toMatchObject({ state: 'FAILED', errorMessage: 'bad', endTime: '2024-01-01T00:00:00.500Z' });
  });
});
