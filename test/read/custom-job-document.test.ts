import * as path from 'path';
import { InputFileError } from '../../src/read/input-file-error';
import { parseJobText } from '../../src/read/read-job-file';
import { readInputFile } from '../../src/read/read-input-file';
import { customJobsOfDocument, isCustomJobDocument } from '../../src/read/custom-job-document';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'vertex');
const fixture = (name: string): unknown => parseJobText(readInputFile(path.join(FIXTURES, name)), name);

describe('isCustomJobDocument', () => {
  test('custom jobs, lists of them and gcloud --config specs are; ML Engine jobs and other documents are not', () => {
    for (const name of ['describe.json', 'rest-list.json', 'rest-body.json', 'gcloud-help-config.yaml', 'distributed-config.yaml']) {
      expect([name, isCustomJobDocument(fixture(name))]).toEqual([name, true]);
    }
    expect(isCustomJobDocument([{ displayName: 'a', jobSpec: {} }])).toBe(true);
    expect(isCustomJobDocument({ jobId: 'j', trainingInput: {} })).toBe(false);
    expect(isCustomJobDocument({ jobs: [] })).toBe(false);
    expect(isCustomJobDocument([])).toBe(false);
    expect(isCustomJobDocument('text')).toBe(false);
  });
});

describe('customJobsOfDocument', () => {
  test('describe output: a complete job, its region from its resource name, REST strings as they are', () => {
    const [job] = customJobsOfDocument(fixture('describe.json'), 'describe.json');
    expect(job).toMatchObject({ completeness: 'complete', location: 'describe.json', region: 'us-central1', warnings: [] });
    expect(job.project).toBeUndefined(); // the name holds the project number; the stack's project is used
    expect(job.customJob.displayName).toBe('train-resnet');
    expect(job.customJob.jobSpec.workerPoolSpecs[1].replicaCount).toBe('2');
  });

  test('a REST list: one job each, located by its index', () => {
    const jobs = customJobsOfDocument(fixture('rest-list.json'), 'rest-list.json');
    expect(jobs.map((job) => [job.location, job.customJob.state, job.region])).toEqual([
      ['rest-list.json#customJobs[0]', 'JOB_STATE_RUNNING', 'europe-west4'],
      ['rest-list.json#customJobs[1]', 'JOB_STATE_FAILED', 'europe-west4'],
    ]);
  });

  test('a gcloud --config spec is the jobSpec of a partial job; one pool written as a mapping is a list of one, as gcloud reads it', () => {
    const [job] = customJobsOfDocument(fixture('gcloud-help-config.yaml'), 'config.yaml');
    expect(job).toEqual({
      customJob: {
        jobSpec: {
          workerPoolSpecs: [{
            machineSpec: { machineType: 'n1-highmem-2' },
            replicaCount: 1,
            containerSpec: { imageUri: 'gcr.io/ucaip-test/ucaip-training-test', args: ['port=8500'], command: ['start'] },
          }],
        },
      },
      completeness: 'partial',
      location: 'config.yaml',
      warnings: [],
    });
  });

  test('an ML Engine job among custom jobs, or something that is no job, is one InputFileError naming the place', () => {
    expect(() => customJobsOfDocument([{ displayName: 'a', jobSpec: {} }, { jobId: 'j', trainingInput: {} }], 'mixed.json'))
      .toThrow(new InputFileError('mixed.json', '[1]', 'an ML Engine job among Vertex AI custom jobs; keep each kind in its own file'));
    expect(() => customJobsOfDocument({ customJobs: [42] }, 'list.json')).toThrow(/^list\.json: customJobs\[0\]: no custom job here: .* found a number$/);
  });

  test('the size guards hold: a string past the limit names its path', () => {
    const long = 'x'.repeat(200_000);
    expect(() => customJobsOfDocument({ displayName: long, jobSpec: { workerPoolSpecs: [] } }, 'big.json')).toThrow(/^big\.json: displayName: /);
  });
});
