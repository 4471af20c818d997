import { ApiError } from '../../src/emulator/api-error';
import { validateNewCustomJob } from '../../src/emulator/validate-custom-job';

const CONTAINER_POOL = { machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'us-docker.pkg.dev/p/r/trainer:1' } };

function refusal(body: unknown): ApiError {
  try {
    validateNewCustomJob(body);
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('accepted');
}

describe('validateNewCustomJob', () => {
  test('a minimal job is accepted; output-only fields go, replicaCount becomes the int64 string', () => {
    const job = validateNewCustomJob({ displayName: 'train', jobSpec: { workerPoolSpecs: [CONTAINER_POOL, {}, { ...CONTAINER_POOL, replicaCount: '2' }] }, name: 'x', state: 'JOB_STATE_RUNNING', labels: {} });
    expect(job).toEqual({ displayName: 'train', jobSpec: { workerPoolSpecs: [{ ...CONTAINER_POOL, replicaCount: '1' }, {}, { ...CONTAINER_POOL, replicaCount: '2' }] } });
  });

  test.each([
    ['no display name', { jobSpec: { workerPoolSpecs: [CONTAINER_POOL] } }, 'displayName'],
    ['a display name over 128 characters', { displayName: 'x'.repeat(129), jobSpec: { workerPoolSpecs: [CONTAINER_POOL] } }, 'displayName'],
    ['no job spec', { displayName: 'd' }, 'jobSpec'],
    ['no worker pools', { displayName: 'd', jobSpec: { workerPoolSpecs: [] } }, 'jobSpec.workerPoolSpecs'],
    ['an empty primary pool', { displayName: 'd', jobSpec: { workerPoolSpecs: [{}] } }, 'jobSpec.workerPoolSpecs[0]'],
    ['both container and python package', { displayName: 'd', jobSpec: { workerPoolSpecs: [{ ...CONTAINER_POOL, pythonPackageSpec: { executorImageUri: 'i', packageUris: ['gs://b/p.tar.gz'], pythonModule: 'm' } }] } }, 'jobSpec.workerPoolSpecs[0]'],
    ['a python package without a module', { displayName: 'd', jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, pythonPackageSpec: { executorImageUri: 'i', packageUris: ['gs://b/p.tar.gz'] } }] } }, 'jobSpec.workerPoolSpecs[0].pythonPackageSpec.pythonModule'],
    ['bad labels', { displayName: 'd', jobSpec: { workerPoolSpecs: [CONTAINER_POOL] }, labels: { Team: 'x' } }, 'labels'],
  ])('%s is INVALID_ARGUMENT on that field', (_, body, field) => {
    const error = refusal(body);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe('INVALID_ARGUMENT');
    expect(error.body().error.details?.[0].fieldViolations.some((v) => v.field === field || v.field.startsWith(`${field}.`))).toBe(true);
  });

  test('what only the rules know (pool 0 with two replicas, an accelerator the machine cannot take) is the rules\' business, not the API\'s', () => {
    expect(() => validateNewCustomJob({ displayName: 'd', jobSpec: { workerPoolSpecs: [{ ...CONTAINER_POOL, replicaCount: 2, machineSpec: { machineType: 'e2-standard-4', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 3 } }] } })).not.toThrow();
  });
});
