import * as path from 'path';
import { parseGcloudTrainingArgv } from '../../src/import/gcloud-training-argv';
import { applyGcloudTrainingFlags } from '../../src/import/gcloud-training-flags';
import { readJobFile } from '../../src/read/read-job-file';
import { checkJob } from '../../src/rules/engine';
import { TODAY, VALID_JOBS } from './fixture-jobs';

describe('applyGcloudTrainingFlags', () => {
  test('completes a --config file from the command line, as gcloud does', () => {
    // GIVEN the census --config file of the docs (no id, region, module or packages)
    const [config] = readJobFile(path.join(VALID_JOBS, 'basic-census-config.yaml'));
    expect(config.completeness).toBe('partial');

    // WHEN the command line of the docs supplies the rest
    const { flags } = parseGcloudTrainingArgv([
      'gcloud', 'ai-platform', 'jobs', 'submit', 'training', 'census_20240310',
      '--region', 'us-central1', '--module-name=trainer.task', '--packages=gs://census-ml/trainer-0.1.tar.gz',
      '--job-dir=gs://census-ml/jobs/census_20240310', '--config', 'config.yaml', '--stream-logs',
    ]);
    const { job, overridden, warnings } = applyGcloudTrainingFlags(config.job, flags);

    // THEN the job is complete and passes the rules as a complete job
    expect(job.jobId).toBe('census_20240310');
    expect(job.trainingInput).toMatchObject({
      region: 'us-central1',
      pythonModule: 'trainer.task',
      packageUris: ['gs://census-ml/trainer-0.1.tar.gz'],
      jobDir: 'gs://census-ml/jobs/census_20240310', // the flag wins over the file's jobDir
      scaleTier: 'BASIC', // from the file
    });
    expect(overridden).toEqual(['trainingInput.jobDir']);
    expect(warnings).toEqual([]);
    expect(checkJob(job, { today: TODAY }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('command-line values win over file values; --labels and --packages replace the file\'s', () => {
    const file = {
      jobId: 'from_file',
      labels: { team: 'a', owner: 'b' },
      trainingInput: {
        region: 'us-east1', scaleTier: 'BASIC', packageUris: ['gs://b/old.tar.gz'], args: ['--old'],
        masterConfig: { imageUri: 'gcr.io/p/old:1', diskConfig: { bootDiskSizeGb: 200 }, acceleratorConfig: { type: 'NVIDIA_TESLA_K80', count: 1 } },
      },
    };
    const { job, overridden } = applyGcloudTrainingFlags(file, {
      jobId: 'from_flags', labels: { team: 'c' }, region: 'us-central1', scaleTier: 'custom', masterMachineType: 'n1-standard-8',
      masterAccelerator: 'count=2,type=nvidia-tesla-t4', masterImageUri: 'gcr.io/p/new:2', packages: ['gs://b/new.tar.gz'],
      userArgs: ['--epochs', '10'], workerCount: 2, workerMachineType: 'n1-standard-8', tpuTfVersion: '2.1',
      kmsKey: 'k', kmsKeyring: 'r', kmsLocation: 'us-central1', kmsProject: 'p', enableWebAccess: true, useChiefInTfConfig: false,
    });
    expect(job).toEqual({
      jobId: 'from_flags',
      labels: { team: 'c' },
      trainingInput: {
        region: 'us-central1', scaleTier: 'CUSTOM', masterType: 'n1-standard-8', packageUris: ['gs://b/new.tar.gz'],
        args: ['--epochs', '10'], workerCount: 2, workerType: 'n1-standard-8', enableWebAccess: true, useChiefInTfConfig: false,
        // gcloud sets replica fields one by one: the file's disk config stays
        masterConfig: { imageUri: 'gcr.io/p/new:2', diskConfig: { bootDiskSizeGb: 200 }, acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 2 } },
        workerConfig: { tpuTfVersion: '2.1' },
        encryptionConfig: { kmsKeyName: 'projects/p/locations/us-central1/keyRings/r/cryptoKeys/k' },
      },
    });
    expect(overridden.sort()).toEqual([
      'jobId', 'labels', 'trainingInput.args', 'trainingInput.masterConfig.acceleratorConfig.count',
      'trainingInput.masterConfig.acceleratorConfig.type', 'trainingInput.masterConfig.imageUri', 'trainingInput.packageUris',
      'trainingInput.region', 'trainingInput.scaleTier',
    ]);
    // the file is not changed
    expect(file.trainingInput.region).toBe('us-east1');
  });

  test('packages gcloud uploads at submit time cannot be known offline: said, not invented', () => {
    const { job, warnings, overridden } = applyGcloudTrainingFlags(
      { jobId: 'j', trainingInput: { region: 'us-central1', packageUris: ['gs://b/from-file.tar.gz'] } },
      { packagePath: './trainer', stagingBucket: 'gs://staging', packages: ['dist/extra-1.0.tar.gz'] },
    );
    expect(job.trainingInput!.packageUris).toBeUndefined();
    expect(overridden).toEqual(['trainingInput.packageUris']);
    expect(warnings).toEqual([
      '--package-path ./trainer: gcloud builds and uploads the package at submit time, so its gs:// URI is not known; add it to trainingInput.packageUris (or pass --packages gs://…)',
      '--packages dist/extra-1.0.tar.gz: gcloud uploads local packages at submit time, so its gs:// URI is not known; add it to trainingInput.packageUris',
    ]);
  });

  test('bad flag values are one-line errors', () => {
    expect(() => applyGcloudTrainingFlags(undefined, { masterAccelerator: 'nvidia-tesla-t4' })).toThrow(
      '(command line): --master-accelerator: expected count=COUNT,type=TYPE, found "nvidia-tesla-t4"',
    );
    expect(() => applyGcloudTrainingFlags(undefined, { workerAccelerator: 'count=two,type=nvidia-tesla-t4' })).toThrow('count must be a whole number');
    expect(() => applyGcloudTrainingFlags(undefined, { kmsKey: 'k' })).toThrow(/--kms-key: "k" is not a full key name/);
  });
});

describe('parseGcloudTrainingArgv', () => {
  test('reads flags in both spellings, user arguments after --, the config file and the project', () => {
    const command = parseGcloudTrainingArgv([
      'gcloud', 'beta', 'ml-engine', 'jobs', 'submit', 'training', 'job_1', '--config=c.yaml', '--project', 'my-proj',
      '--worker-count', '4', '--use-chief-in-tf-config=true', '--enable-web-access', '--labels=team=ml,owner=alice',
      '--format=json', '--', '--epochs', '10', '--region', 'not-a-flag',
    ]);
    expect(command).toEqual({
      flags: {
        jobId: 'job_1', workerCount: 4, useChiefInTfConfig: true, enableWebAccess: true, labels: { team: 'ml', owner: 'alice' },
        userArgs: ['--epochs', '10', '--region', 'not-a-flag'],
      },
      configFile: 'c.yaml',
      project: 'my-proj',
      warnings: ['--format: not a flag that sets a job field; ignored'],
    });
  });

  test('mistakes are one-line errors', () => {
    expect(() => parseGcloudTrainingArgv(['a', 'b'])).toThrow('(command line): b: a second JOB argument (the first was a)');
    expect(() => parseGcloudTrainingArgv(['j', '--region'])).toThrow('(command line): --region: the flag needs a value');
    expect(() => parseGcloudTrainingArgv(['j', '--worker-count=many'])).toThrow('expected a whole number, found "many"');
    expect(() => parseGcloudTrainingArgv(['j', '--labels=novalue'])).toThrow('expected KEY=VALUE pairs, found "novalue"');
  });
});
