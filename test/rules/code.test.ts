import { CONTAINER_COMMAND_ARGS } from '../../src/rules/code/container-command-args';
import { JOB_DIR_WITH_CONTAINER } from '../../src/rules/code/job-dir-with-container';
import { PACKAGE_JOB_CODE } from '../../src/rules/code/package-job-code';
import { PYTHON_VERSION_FOR_RUNTIME } from '../../src/rules/code/python-version-for-runtime';
import { PYTHON_VERSION_SET } from '../../src/rules/code/python-version-set';
import { RUNTIME_OR_IMAGE } from '../../src/rules/code/runtime-or-image';
import { RUNTIME_VERSION_SUPPORTED } from '../../src/rules/code/runtime-version-supported';
import { STORAGE_URIS } from '../../src/rules/code/storage-uris';
import { containerJob, findings, packageJob, predictionJob } from './rule-test-helpers';

describe('MLJ-CODE-001 runtime version or image', () => {
  test('accepts either one', () => {
    expect(findings(RUNTIME_OR_IMAGE, packageJob())).toEqual([]);
    expect(findings(RUNTIME_OR_IMAGE, containerJob())).toEqual([]);
  });

  test('rejects both', () => {
    const [finding] = findings(RUNTIME_OR_IMAGE, containerJob({ runtimeVersion: '2.11' }));
    expect(finding).toMatchObject({ path: 'trainingInput.runtimeVersion', severity: 'error' });
    expect(finding.message).toMatch(/runtimeVersion is "2.11" and masterConfig.imageUri is "gcr.io\/my-project\/trainer:latest"; set only one/);
  });
});

describe('MLJ-CODE-002 package job code', () => {
  test('accepts a package job and a container job without packages', () => {
    expect(findings(PACKAGE_JOB_CODE, packageJob())).toEqual([]);
    expect(findings(PACKAGE_JOB_CODE, containerJob())).toEqual([]);
  });

  test('rejects a package job without packages or module; info for a gcloud config file', () => {
    const job = packageJob({ packageUris: undefined, pythonModule: undefined });
    expect(findings(PACKAGE_JOB_CODE, job).map((f) => [f.path, f.severity])).toEqual([['trainingInput.packageUris', 'error'], ['trainingInput.pythonModule', 'error']]);
    expect(findings(PACKAGE_JOB_CODE, job, 'partial').map((f) => f.message)).toEqual([
      'trainingInput.packageUris is not in the file; it must come from the command line (--package-path or --packages).',
      'trainingInput.pythonModule is not in the file; it must come from the command line (--module-name).',
    ]);
  });

  test('an empty imageUri is read as not set: one error at it on a job without packages, nothing beside packages or in a gcloud config file', () => {
    expect(findings(PACKAGE_JOB_CODE, containerJob({ masterConfig: { imageUri: ' ' } })).map((f) => [f.path, f.severity, f.fix])).toEqual([
      ['trainingInput.masterConfig.imageUri', 'error', 'Name the container image, e.g. gcr.io/my-project/trainer:1 (or remove imageUri and set packageUris and pythonModule).'],
    ]);
    expect(findings(PACKAGE_JOB_CODE, packageJob({ masterConfig: { imageUri: '' } }))).toEqual([]);
    expect(findings(PACKAGE_JOB_CODE, containerJob({ masterConfig: { imageUri: '' } }), 'partial')).toEqual([]);
  });

  test('rejects more than 100 packages', () => {
    const packageUris = Array.from({ length: 101 }, (_, i) => `gs://b/p${i}.tar.gz`);
    expect(findings(PACKAGE_JOB_CODE, packageJob({ packageUris }))[0].message).toMatch(/101 entries; at most 100/);
  });
});

describe('MLJ-CODE-003 container command and args', () => {
  test('accepts containerArgs on a container job, and workers inheriting the master image', () => {
    expect(findings(CONTAINER_COMMAND_ARGS, containerJob())).toEqual([]);
    expect(findings(CONTAINER_COMMAND_ARGS, containerJob({ workerType: 'n1-standard-8', workerCount: 2, workerConfig: { containerCommand: ['python', '-m', 'trainer'] } }))).toEqual([]);
  });

  test('rejects them on a package job and together with args', () => {
    expect(findings(CONTAINER_COMMAND_ARGS, packageJob({ masterConfig: { containerArgs: ['--x'] } }))[0].message).toMatch(/runs no custom container/);
    const [finding] = findings(CONTAINER_COMMAND_ARGS, containerJob({ args: ['--epochs=3'] }));
    expect(finding).toMatchObject({ path: 'trainingInput.masterConfig.containerArgs', severity: 'error' });
    expect(finding.message).toMatch(/containerArgs and trainingInput.args are both set/);
  });
});

describe('MLJ-CODE-004 Python version for the runtime', () => {
  test.each([['2.11', '3.7'], ['1.15', '2.7'], ['1.15', '3.7'], ['1.14', '3.5']])('accepts runtime %s with Python %s', (runtimeVersion, pythonVersion) => {
    expect(findings(PYTHON_VERSION_FOR_RUNTIME, packageJob({ runtimeVersion, pythonVersion }))).toEqual([]);
  });

  test('rejects Python 2.7 on runtime 2.11', () => {
    const [finding] = findings(PYTHON_VERSION_FOR_RUNTIME, packageJob({ runtimeVersion: '2.11', pythonVersion: '2.7' }));
    expect(finding).toMatchObject({ path: 'trainingInput.pythonVersion' });
    expect(finding.message).toMatch(/"2.7"; runtime version 2.11 supports Python 3.7/);
  });
});

describe('MLJ-CODE-005 runtime version supported', () => {
  test('accepts a current runtime, and container jobs', () => {
    expect(findings(RUNTIME_VERSION_SUPPORTED, packageJob(), 'complete', '2022-01-01')).toEqual([]);
    expect(findings(RUNTIME_VERSION_SUPPORTED, containerJob())).toEqual([]);
  });

  test('warns about an unknown runtime, a retired one and a missing one', () => {
    expect(findings(RUNTIME_VERSION_SUPPORTED, packageJob({ runtimeVersion: '9.9' }))[0].message).toMatch(/"9.9", which the catalog .* does not know/);
    expect(findings(RUNTIME_VERSION_SUPPORTED, packageJob({ runtimeVersion: '1.14' }))[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/past its end of support/),
      fix: 'AI Platform Training shut down on 2025-01-31 and supports no runtime version: move the job to Vertex AI custom training, with a prebuilt or custom container.',
    });
    expect(findings(RUNTIME_VERSION_SUPPORTED, packageJob({ runtimeVersion: '1.5', pythonVersion: '2.7' }), 'complete', '2022-01-01')[0].fix).toMatch(/^Move to a runtime version still supported .*or run a custom container/);
    expect(findings(RUNTIME_VERSION_SUPPORTED, packageJob({ runtimeVersion: undefined }))[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/not set/) });
    expect(findings(RUNTIME_VERSION_SUPPORTED, packageJob({ runtimeVersion: undefined }), 'partial')[0]).toMatchObject({ severity: 'info' });
  });
});

describe('MLJ-CODE-006 Python version set', () => {
  test('accepts a package job with pythonVersion and a container job without', () => {
    expect(findings(PYTHON_VERSION_SET, packageJob())).toEqual([]);
    expect(findings(PYTHON_VERSION_SET, containerJob())).toEqual([]);
  });

  test('rejects a package job without it; info when --python-version can supply it', () => {
    expect(findings(PYTHON_VERSION_SET, packageJob({ pythonVersion: undefined }))[0]).toMatchObject({ severity: 'error', path: 'trainingInput.pythonVersion' });
    expect(findings(PYTHON_VERSION_SET, packageJob({ pythonVersion: undefined }), 'partial')[0]).toMatchObject({ severity: 'info' });
  });
});

describe('MLJ-CODE-007 jobDir with a custom container', () => {
  test('is silent for package jobs', () => {
    expect(findings(JOB_DIR_WITH_CONTAINER, packageJob())).toEqual([]);
  });

  test('informs that the entrypoint receives --job-dir', () => {
    expect(findings(JOB_DIR_WITH_CONTAINER, containerJob({ jobDir: 'gs://b/out' }))[0]).toMatchObject({ severity: 'info', message: expect.stringMatching(/--job-dir/) });
  });
});

describe('MLJ-PATH-001 Cloud Storage URIs', () => {
  test('accepts gs:// URIs with wildcards', () => {
    expect(findings(STORAGE_URIS, packageJob())).toEqual([]);
    expect(findings(STORAGE_URIS, predictionJob())).toEqual([]);
  });

  test.each([
    [packageJob({ jobDir: '/tmp/out' }), 'trainingInput.jobDir'],
    [packageJob({ packageUris: ['gs://b/ok.tar.gz', 'https://storage.googleapis.com/b/p.tar.gz'] }), 'trainingInput.packageUris[1]'],
    [predictionJob({ outputPath: 's3://bucket/out' }), 'predictionInput.outputPath'],
    [predictionJob({ inputPaths: ['gs:/typo/x.json'] }), 'predictionInput.inputPaths[0]'],
  ])('rejects a non-gs:// path (%#)', (job, path) => {
    const [finding] = findings(STORAGE_URIS, job);
    expect(finding).toMatchObject({ path, severity: 'error', message: expect.stringMatching(/must be a Cloud Storage URI/) });
  });
});
