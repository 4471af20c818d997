import { numberFormatOf } from '../../src/model/api-number-formats';

describe('numberFormatOf', () => {
  test('says how the REST reference types a number field', () => {
    // int64 is a JSON string on the wire ("string (int64 format)"); int32 and double are JSON numbers.
    expect(numberFormatOf('trainingInput.evaluatorCount')).toBe('int64');
    expect(numberFormatOf('trainingInput.parameterServerConfig.acceleratorConfig.count')).toBe('int64');
    expect(numberFormatOf('trainingInput.evaluatorConfig.diskConfig.bootDiskSizeGb')).toBe('int32');
    expect(numberFormatOf('trainingInput.hyperparameters.params.minValue')).toBe('double');
    expect(numberFormatOf('predictionOutput.nodeHours')).toBe('double');
  });

  test('knows no format for a path that is not a number field', () => {
    expect(numberFormatOf('trainingInput.runtimeVersion')).toBeUndefined();
    expect(numberFormatOf('trainingInput.hyperparameters.params.0.minValue')).toBeUndefined();
  });
});
