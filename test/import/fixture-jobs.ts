/**
 * The job fixtures as `ImportedJob`s ready for code generation: complete files as read, gcloud `--config` files
 * completed the way their command line would (`applyGcloudTrainingFlags`), so each is a job the service accepts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { applyGcloudTrainingFlags, GcloudTrainingFlags } from '../../src/import/gcloud-training-flags';
import { ImportedJob } from '../../src/import/generate-typescript';
import { readJobFile } from '../../src/read/read-job-file';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const VALID_JOBS = path.join(FIXTURES, 'jobs', 'valid');
export const TODAY = '2026-11-24';

/** Every job of every file in test/fixtures/jobs/valid/, completed where the file is a gcloud `--config` file. */
export function validFixtureJobs(): ImportedJob[] {
  return fs.readdirSync(VALID_JOBS).sort().flatMap((name) => readJobFile(path.join(VALID_JOBS, name)).map((input) => {
    if (input.completeness === 'complete') return input;
    const { job } = applyGcloudTrainingFlags(input.job, commandLineOf(input.job, name));
    return { ...input, job, location: `${input.location} + flags`, completeness: 'complete' as const };
  }));
}

/** The flags a user would pass with the `--config` file `name`: what the file leaves to the command line. */
function commandLineOf(job: ImportedJob['job'], name: string): GcloudTrainingFlags {
  const training = job.trainingInput ?? { region: '' };
  const container = training.masterConfig?.imageUri !== undefined;
  return {
    jobId: job.jobId ?? name.replace(/\.\w+$/, '').replace(/\W/g, '_'),
    ...(training.region ? {} : { region: 'us-central1' }),
    ...(container || training.pythonModule ? {} : { moduleName: 'trainer.task' }),
    ...(container || training.packageUris ? {} : { packages: ['gs://my-ml-bucket/packages/trainer-0.1.tar.gz'] }),
    ...(container || training.runtimeVersion ? {} : { runtimeVersion: '2.11' }),
    ...(container || training.pythonVersion ? {} : { pythonVersion: '3.7' }),
  };
}
