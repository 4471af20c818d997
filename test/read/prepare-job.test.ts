import { prepareJob } from '../../src/read/prepare-job';
import { Job } from '../../src/model/job';

describe('prepareJob', () => {
  test('normalizes REST values and splits off output-only fields', () => {
    const prepared = prepareJob({
      jobId: 'j', state: 'SUCCEEDED', createTime: '2024-01-01T00:00:00Z', trainingOutput: { consumedMLUnits: 1.5 },
      trainingInput: { region: 'us-central1', workerCount: '4' as unknown as number, useChiefInTfConfig: 'true' as unknown as boolean },
    }, 'literal');
    expect(prepared.input).toEqual({ jobId: 'j', trainingInput: { region: 'us-central1', workerCount: 4, useChiefInTfConfig: true } });
    expect(prepared.outputOnly).toEqual({ createTime: '2024-01-01T00:00:00Z', state: 'SUCCEEDED', trainingOutput: { consumedMLUnits: 1.5 } });
  });

  test('reports unknown fields and values of the wrong shape: nothing is dropped silently', () => {
    const prepared = prepareJob({
      jobId: 'j',
      trainingInput: { region: 'us-central1', maxParallelTrials: 2, masterConfig: 'gcr.io/p/i:1', scheduling: { priority: 1, when: 'now' } },
    } as unknown as Job, 'literal');
    expect(prepared.unknownFields).toEqual([
      'trainingInput.masterConfig (not a valid value here)',
      'trainingInput.maxParallelTrials',
      'trainingInput.scheduling.when',
    ]);
  });

  test('finds Terraform references only in Terraform strings, and cdktf token look-alikes in any', () => {
    const job = { jobId: 'j', trainingInput: { region: '${var.region}', args: ['$${HOME}', '${TfToken[TOKEN.1]}'] } } as Job;
    expect(prepareJob(job, 'terraform').references).toEqual([
      { path: 'trainingInput.args.1', value: '${TfToken[TOKEN.1]}' },
      { path: 'trainingInput.region', value: '${var.region}' },
    ]);
    expect(prepareJob(job, 'literal').references).toEqual([]);
    expect(prepareJob(job, 'literal').tokenLike).toEqual(['trainingInput.args.1']);
  });
});
