import { customJobNumberFormatOf } from '../../src/model/custom-job-number-formats';

describe('customJobNumberFormatOf', () => {
  test('the REST formats of the CustomJob number fields, by path without list steps', () => {
    expect(customJobNumberFormatOf('jobSpec.workerPoolSpecs.replicaCount')).toBe('int64');
    expect(customJobNumberFormatOf('jobSpec.workerPoolSpecs.machineSpec.acceleratorCount')).toBe('int32');
    expect(customJobNumberFormatOf('jobSpec.workerPoolSpecs.diskSpec.bootDiskSizeGb')).toBe('int32');
    expect(customJobNumberFormatOf('error.code')).toBe('int32');
  });

  test('other paths have none (a list step in the path is not the field)', () => {
    expect(customJobNumberFormatOf('jobSpec.workerPoolSpecs.0.replicaCount')).toBeUndefined();
    expect(customJobNumberFormatOf('trainingInput.workerCount')).toBeUndefined();
  });
});
