import { isServerOutput, outputOnlyJobFields } from '../../src/model/api-schema';

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
