import { ApiField, apiCustomJobShape, apiJobShape, closestApiField, isServerOutput, outputOnlyCustomJobFields, outputOnlyJobFields } from '../../src/model/api-schema';

describe('outputOnlyJobFields', () => {
  test('are the computed, not settable, fields of the schema', () => {
    expect([...outputOnlyJobFields()].sort()).toEqual(
      ['createTime', 'endTime', 'errorMessage', 'etag', 'jobPosition', 'predictionOutput', 'startTime', 'state', 'trainingOutput'],
    );
  });

  test('mark describe output, not request bodies', () => {
    expect(isServerOutput({ jobId: 'j', state: 'SUCCEEDED', trainingInput: {} })).toBe(true);
    expect(isServerOutput({ jobId: 'j', trainingInput: {} })).toBe(false);
  });
});

describe('apiJobShape: number formats', () => {
  /** Every number field of the shape, by path (list items leave no step). */
  function numberFields(shape: ApiField, path: string, out: Array<[string, ApiField]>): Array<[string, ApiField]> {
    if (shape.kind === 'number') out.push([path, shape]);
    if (shape.item) numberFields(shape.item, path, out);
    for (const [name, field] of Object.entries(shape.fields ?? {})) numberFields(field, path ? `${path}.${name}` : name, out);
    return out;
  }

  test('every number field of the schema has the API format of the REST reference', () => {
    // A number field added to the schema must say whether the API sends it as an int64 string.
    const missing = numberFields(apiJobShape(), '', []).filter(([, field]) => field.format === undefined).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  test('counts are int64, tuning limits and priority int32, bounds and metrics double', () => {
    const formats = Object.fromEntries(numberFields(apiJobShape(), '', []).map(([path, field]) => [path, field.format]));
    expect(formats['trainingInput.workerCount']).toBe('int64');
    expect(formats['trainingInput.workerConfig.acceleratorConfig.count']).toBe('int64');
    expect(formats['predictionInput.batchSize']).toBe('int64');
    expect(formats['trainingInput.hyperparameters.maxTrials']).toBe('int32');
    expect(formats['trainingInput.scheduling.priority']).toBe('int32');
    expect(formats['trainingInput.hyperparameters.params.discreteValues']).toBe('double');
    expect(formats['trainingOutput.trials.finalMetric.objectiveValue']).toBe('double');
    expect(formats['trainingOutput.trials.finalMetric.trainingStep']).toBe('int64');
  });
});

describe('apiCustomJobShape and outputOnlyCustomJobFields: the Vertex AI CustomJob', () => {
  function numberFields(shape: ApiField, path: string, out: Array<[string, ApiField]>): Array<[string, ApiField]> {
    if (shape.kind === 'number') out.push([path, shape]);
    if (shape.item) numberFields(shape.item, path, out);
    for (const [name, field] of Object.entries(shape.fields ?? {})) numberFields(field, path ? `${path}.${name}` : name, out);
    return out;
  }

  test('the top-level fields are the API object\'s: project and location are URL parts, not fields', () => {
    expect(Object.keys(apiCustomJobShape().fields ?? {}).sort()).toEqual(
      ['createTime', 'displayName', 'encryptionSpec', 'endTime', 'error', 'jobSpec', 'labels', 'name', 'startTime', 'state', 'updateTime', 'webAccessUris'],
    );
    expect(apiCustomJobShape().fields?.jobSpec.fields?.workerPoolSpecs).toMatchObject({ kind: 'list', item: { kind: 'object' } });
    // error is a list of one object in Terraform, one object in the API
    expect(apiCustomJobShape().fields?.error.kind).toBe('object');
  });

  test('output-only fields are the computed, not settable, ones', () => {
    expect([...outputOnlyCustomJobFields()].sort()).toEqual(['createTime', 'endTime', 'error', 'name', 'startTime', 'state', 'updateTime', 'webAccessUris']);
  });

  test('every number field has its REST format: replicaCount int64, acceleratorCount and bootDiskSizeGb int32', () => {
    expect(Object.fromEntries(numberFields(apiCustomJobShape(), '', []).map(([path, field]) => [path, field.format]))).toEqual({
      'error.code': 'int32',
      'jobSpec.workerPoolSpecs.diskSpec.bootDiskSizeGb': 'int32',
      'jobSpec.workerPoolSpecs.machineSpec.acceleratorCount': 'int32',
      'jobSpec.workerPoolSpecs.replicaCount': 'int64',
    });
  });
});

describe('closestApiField', () => {
  test('finds the closest field of the object the path is in, through lists', () => {
    expect(closestApiField('trainingInput.scaleTierr')).toBe('scaleTier');
    expect(closestApiField('trainingInput.masterConfig.imageURL')).toBe('imageUri');
    expect(closestApiField('trainingInput.hyperparameters.params.0.parameterNam')).toBe('parameterName');
    expect(closestApiField('predictionInput.dataFormats')).toBe('dataFormat');
    expect(closestApiField('lables')).toBe('labels');
  });

  test('answers a Terraform snake_case path in snake_case', () => {
    expect(closestApiField('training_input.scale_tierr')).toBe('scale_tier');
    expect(closestApiField('training_input.master_config.image_url')).toBe('image_uri');
  });

  test('is undefined when nothing is close or the object is not known', () => {
    expect(closestApiField('trainingInput.preemptible')).toBeUndefined();
    expect(closestApiField('notAField.region')).toBeUndefined();
    expect(closestApiField('labels.team')).toBeUndefined();
  });
});
