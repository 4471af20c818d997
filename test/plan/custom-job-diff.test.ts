import { CustomJob } from '../../src/model/custom-job';
import { diffCustomJobs } from '../../src/plan/custom-job-diff';

/** A custom job as a REST describe returns it (int64 replicaCount as a string, output-only fields set). */
const described: CustomJob = {
  name: 'projects/my-ml-project/locations/us-central1/customJobs/1234',
  displayName: 'train',
  labels: { team: 'vision' },
  state: 'JOB_STATE_RUNNING',
  createTime: '2026-11-20T08:00:00Z',
  jobSpec: {
    workerPoolSpecs: [
      { replicaCount: '1' as unknown as number, machineSpec: { machineType: 'n1-standard-8' }, containerSpec: { imageUri: 'gcr.io/p/t:1' } },
      {},
    ],
    enableWebAccess: false,
  },
};

const desired: CustomJob = {
  displayName: 'train',
  labels: { team: 'vision' },
  jobSpec: { workerPoolSpecs: [{ replicaCount: 1, machineSpec: { machineType: 'n1-standard-8' }, containerSpec: { imageUri: 'gcr.io/p/t:1' } }, {}] },
};

describe('diffCustomJobs', () => {
  test('output-only fields are left out; int64 "1" equals 1; a zero value equals an absent field', () => {
    expect(diffCustomJobs(desired, described, 'terraform')).toEqual({ replacePaths: [], unknownPaths: [] });
  });

  test('labels are an input like any other: a change replaces the job (there is no patch method)', () => {
    const diff = diffCustomJobs({ ...desired, labels: { team: 'nlp' } }, described, 'terraform');
    expect(diff.replacePaths).toEqual(['labels']);
  });

  test('a changed field inside a worker pool is named by its API path', () => {
    const pools = desired.jobSpec.workerPoolSpecs;
    const changed: CustomJob = { ...desired, jobSpec: { workerPoolSpecs: [{ ...pools[0], containerSpec: { imageUri: 'gcr.io/p/t:2' } }, {}] } };
    expect(diffCustomJobs(changed, described, 'terraform').replacePaths).toEqual(['jobSpec.workerPoolSpecs.0.containerSpec.imageUri']);
  });

  test('a reference is unknown, not a difference; an escaped ${ is the literal the service receives', () => {
    const diff = diffCustomJobs({ ...desired, displayName: '${var.name}' }, described, 'terraform');
    expect(diff).toEqual({ replacePaths: [], unknownPaths: ['displayName'] });
    const escaped = diffCustomJobs({ ...desired, displayName: 'a-$${b}' }, { ...described, displayName: 'a-${b}' }, 'terraform');
    expect(escaped).toEqual({ replacePaths: [], unknownPaths: [] });
  });

  test('another number of pools replaces the job', () => {
    const one: CustomJob = { ...desired, jobSpec: { workerPoolSpecs: [desired.jobSpec.workerPoolSpecs[0]] } };
    expect(diffCustomJobs(one, described, 'terraform').replacePaths).toEqual(['jobSpec.workerPoolSpecs']);
  });
});
