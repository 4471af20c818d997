import { int64AsStrings } from '../../src/emulator/int64-fields';

describe('int64AsStrings', () => {
  test('writes int64 fields as strings, as the API does, and leaves the input alone', () => {
    const job = {
      jobId: 'j',
      trainingInput: { workerCount: 4, parameterServerCount: '1', masterConfig: { acceleratorConfig: { count: 2, type: 'NVIDIA_TESLA_T4' } }, hyperparameters: { maxTrials: 10 } },
    };
    const out = int64AsStrings(job);
    expect(out.trainingInput).toEqual({ workerCount: '4', parameterServerCount: '1', masterConfig: { acceleratorConfig: { count: '2', type: 'NVIDIA_TESLA_T4' } }, hyperparameters: { maxTrials: 10 } });
    expect(job.trainingInput.workerCount).toBe(4);
  });

  test('prediction int64 fields too', () => {
    expect(int64AsStrings({ predictionInput: { maxWorkerCount: 20, batchSize: 64 } })).toEqual({ predictionInput: { maxWorkerCount: '20', batchSize: '64' } });
  });

  test('non-integral, unsafe and non-numeric values are left as they are', () => {
    const odd = { trainingInput: { workerCount: 1.5, evaluatorCount: 2 ** 60, parameterServerCount: null } };
    expect(int64AsStrings(odd)).toEqual(odd);
  });
});
