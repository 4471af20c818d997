import { DATA_FORMATS } from '../../src/rules/prediction/data-formats';
import { MODEL_SOURCE } from '../../src/rules/prediction/model-source';
import { OUTPUT_PATH_IS_DIRECTORY } from '../../src/rules/prediction/output-path-is-directory';
import { PREDICTION_PATHS } from '../../src/rules/prediction/prediction-paths';
import { PREDICTION_RUNTIME } from '../../src/rules/prediction/prediction-runtime';
import { PREDICTION_SCALE } from '../../src/rules/prediction/prediction-scale';
import { TEXT_FORMAT_DEPRECATED } from '../../src/rules/prediction/text-format-deprecated';
import { findings, predictionJob } from './rule-test-helpers';

describe('MLJ-PRED-001 model source', () => {
  test.each([
    { versionName: 'projects/p/models/m/versions/v1' },
    { versionName: undefined, modelName: 'projects/my-project/models/census' },
    { versionName: undefined, uri: 'gs://b/saved_model/' },
  ])('accepts %j', (override) => {
    expect(findings(MODEL_SOURCE, predictionJob(override))).toEqual([]);
  });

  test('rejects none, two, and names without the projects/ prefix', () => {
    expect(findings(MODEL_SOURCE, predictionJob({ versionName: undefined }))[0].message).toMatch(/has no model/);
    expect(findings(MODEL_SOURCE, predictionJob({ uri: 'gs://b/m/' }))[0].message).toMatch(/sets versionName and uri/);
    expect(findings(MODEL_SOURCE, predictionJob({ versionName: undefined, modelName: '/projects/p/models/m' }))[0].message).toMatch(/must be projects\/PROJECT\/models\/MODEL/);
    const swapped = findings(MODEL_SOURCE, predictionJob({ versionName: undefined, modelName: 'projects/p/models/m/versions/v' }))[0];
    expect(swapped.fix).toBe('This is a version name: set it as versionName.');
  });
});

describe('MLJ-PRED-002 data formats', () => {
  test.each([{ dataFormat: 'TF_RECORD_GZIP' }, { dataFormat: 'JSON', outputDataFormat: 'CSV' }])('accepts %j', (override) => {
    expect(findings(DATA_FORMATS, predictionJob(override))).toEqual([]);
  });

  test('rejects CSV input, TF_RECORD output, and a missing format', () => {
    expect(findings(DATA_FORMATS, predictionJob({ dataFormat: 'CSV' }))[0].message).toMatch(/CSV is only available for output data/);
    expect(findings(DATA_FORMATS, predictionJob({ outputDataFormat: 'TF_RECORD' }))[0].message).toMatch(/TF_RECORD is only available for input data/);
    expect(findings(DATA_FORMATS, predictionJob({ dataFormat: undefined }))[0]).toMatchObject({ severity: 'error', path: 'predictionInput.dataFormat' });
  });
});

describe('MLJ-PRED-003 TEXT is deprecated', () => {
  test('accepts JSON', () => expect(findings(TEXT_FORMAT_DEPRECATED, predictionJob())).toEqual([]));
  test('warns about TEXT', () => expect(findings(TEXT_FORMAT_DEPRECATED, predictionJob({ dataFormat: 'TEXT' }))[0]).toMatchObject({ severity: 'warning' }));
});

describe('MLJ-PRED-004 input and output paths', () => {
  test('accepts both', () => expect(findings(PREDICTION_PATHS, predictionJob())).toEqual([]));
  test('rejects empty inputPaths and a missing outputPath', () => {
    expect(findings(PREDICTION_PATHS, predictionJob({ inputPaths: [], outputPath: undefined })).map((f) => f.path)).toEqual(['predictionInput.inputPaths', 'predictionInput.outputPath']);
  });
});

describe('MLJ-PRED-005 outputPath is a directory', () => {
  test('accepts a directory', () => expect(findings(OUTPUT_PATH_IS_DIRECTORY, predictionJob())).toEqual([]));
  test('warns about a file name', () => {
    const [finding] = findings(OUTPUT_PATH_IS_DIRECTORY, predictionJob({ outputPath: 'gs://b/out/results.csv' }));
    expect(finding).toMatchObject({ severity: 'warning', fix: 'Use a directory such as "gs://b/out/".' });
  });
});

describe('MLJ-PRED-006 workers and batch size', () => {
  test('accepts positive whole numbers', () => expect(findings(PREDICTION_SCALE, predictionJob({ maxWorkerCount: '10', batchSize: 64 }))).toEqual([]));
  test('rejects zero', () => expect(findings(PREDICTION_SCALE, predictionJob({ maxWorkerCount: 0 }))[0].message).toMatch(/maxWorkerCount is 0/));
});

describe('MLJ-PRED-007 batch prediction runtime', () => {
  test('accepts 1.15 and an unset runtime', () => {
    expect(findings(PREDICTION_RUNTIME, predictionJob({ runtimeVersion: '1.15' }))).toEqual([]);
    expect(findings(PREDICTION_RUNTIME, predictionJob())).toEqual([]);
  });
  test('warns about 2.11', () => {
    expect(findings(PREDICTION_RUNTIME, predictionJob({ versionName: undefined, uri: 'gs://b/model/', runtimeVersion: '2.11' }))[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/"2.11"; batch prediction supports/) });
  });
});
