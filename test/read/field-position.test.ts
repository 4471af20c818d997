import { fieldPosition } from '../../src/read/field-position';

const CONFIG = [
  'trainingInput:', //                                 1
  '  scaleTier: CUSTOM', //                            2
  '  masterType: n1-standard-8', //                    3
  '  hyperparameters:', //                             4
  '    params:', //                                    5
  '      - parameterName: units', //                   6
  '        categoricalValues: [64, "128"]', //         7
  '',
].join('\n');

describe('fieldPosition: where a field of a job file is written', () => {
  test('YAML: the key of a field, the item of a list, at any depth', () => {
    expect(fieldPosition(CONFIG, undefined, 'trainingInput.masterType')).toEqual({ line: 3, column: 3 });
    expect(fieldPosition(CONFIG, undefined, 'trainingInput.hyperparameters.params[0].categoricalValues[0]')).toEqual({ line: 7, column: 29 });
  });

  test('a field the file does not have is placed at the nearest enclosing field it has', () => {
    expect(fieldPosition(CONFIG, undefined, 'trainingInput.region')).toEqual({ line: 1, column: 1 });
    expect(fieldPosition(CONFIG, undefined, 'trainingInput.hyperparameters.maxTrials')).toEqual({ line: 4, column: 3 });
    expect(fieldPosition(CONFIG, undefined, 'jobId')).toBeUndefined();
  });

  test('JSON: the job at the pointer of a list response', () => {
    const list = '{\n  "jobs": [\n    { "jobId": "a" },\n    {\n      "jobId": "b",\n      "trainingInput": { "region": "mars" }\n    }\n  ]\n}\n';
    expect(fieldPosition(list, '/jobs/1', 'trainingInput.region')).toEqual({ line: 6, column: 26 });
    expect(fieldPosition(list, '/jobs/7', 'trainingInput.region')).toBeUndefined();
  });

  test('as the readers read it: a CustomJobSpec without jobSpec, snake_case keys, one pool written as a mapping', () => {
    const spec = 'workerPoolSpecs:\n  machine_spec:\n    machineTyp: n1-standard-4\n  replicaCount: 1\n';
    expect(fieldPosition(spec, undefined, 'jobSpec.workerPoolSpecs[0].machineSpec.machineTyp')).toEqual({ line: 3, column: 5 });
  });

  test('a text that is not one clean JSON or YAML document places nothing', () => {
    expect(fieldPosition('{"trainingInput": ', undefined, 'trainingInput')).toBeUndefined();
    expect(fieldPosition('a: 1\n---\nb: 2\n', undefined, 'a')).toBeUndefined();
    expect(fieldPosition('gcloud ai custom-jobs create --region=us-central1 \\\n  --display-name=x\n', undefined, 'displayName')).toBeUndefined();
  });
});
