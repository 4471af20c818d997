import { customJobFromCommand, isCustomJobCreateCommand, parseGcloudCustomJobCommand } from '../../src/read/gcloud-custom-job-command';

const fail = (flag: string, problem: string): Error => new Error(`${flag}: ${problem}`);
const read = (words: string[], config?: Parameters<typeof customJobFromCommand>[1]) => customJobFromCommand(parseGcloudCustomJobCommand(words, fail), config, fail);

describe('isCustomJobCreateCommand', () => {
  test('gcloud [alpha|beta] ai custom-jobs create', () => {
    expect(isCustomJobCreateCommand(['gcloud', 'ai', 'custom-jobs', 'create', '--region=x'])).toBe(true);
    expect(isCustomJobCreateCommand(['gcloud', 'beta', 'ai', 'custom-jobs', 'create'])).toBe(true);
    expect(isCustomJobCreateCommand(['gcloud', 'ai', 'custom-jobs', 'describe', 'x'])).toBe(false);
    expect(isCustomJobCreateCommand(['gcloud', 'ai-platform', 'jobs', 'submit', 'training'])).toBe(false);
  });
});

describe('parseGcloudCustomJobCommand and customJobFromCommand', () => {
  test('the example of gcloud\'s help: pools from --worker-pool-spec, display name and region', () => {
    const job = read(['gcloud', 'ai', 'custom-jobs', 'create', '--region=us-central1', '--project=example', '--display-name=test',
      '--worker-pool-spec=replica-count=1,machine-type=n1-highmem-2,container-image-uri=gcr.io/ucaip-test/ucaip-training-test']);
    expect(job).toEqual({
      customJob: {
        displayName: 'test',
        jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-highmem-2' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/ucaip-test/ucaip-training-test' } }] },
      },
      region: 'us-central1',
      project: 'example',
      warnings: [],
      complete: true,
    });
  });

  test('flags with their value in the next word; repeated --worker-pool-spec make pools in order, an empty one skips a place', () => {
    const { customJob } = read(['--region', 'europe-west4', '--display-name', 'dist',
      '--worker-pool-spec', 'machine-type=n1-standard-8,container-image-uri=gcr.io/p/t:1',
      '--worker-pool-spec', '',
      '--worker-pool-spec', 'machine-type=n1-standard-4,replica-count=2,container-image-uri=gcr.io/p/t:1',
      '--args=--epochs=5,--lr=0.1', '--command=python,-m,trainer']);
    const pools = customJob.jobSpec.workerPoolSpecs;
    expect(pools.map((pool) => pool.replicaCount)).toEqual([1, undefined, 2]);
    expect(pools[1]).toEqual({});
    expect(pools[2].containerSpec).toEqual({ imageUri: 'gcr.io/p/t:1', args: ['--epochs=5', '--lr=0.1'], command: ['python', '-m', 'trainer'] });
  });

  test('a --config spec is the base: flags override its network and service account, and --worker-pool-spec replaces its pools', () => {
    const config = {
      workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, pythonPackageSpec: { executorImageUri: 'x', packageUris: ['gs://b/p.tgz'], pythonModule: 'm' } }],
      network: 'projects/1/global/networks/old',
      baseOutputDirectory: { outputUriPrefix: 'gs://b/out' },
    };
    const kept = read(['--display-name=a', '--region=us-central1', '--config=c.yaml', '--network=projects/1/global/networks/new', '--args=--x'], config);
    expect(kept.customJob.jobSpec).toEqual({
      ...config,
      network: 'projects/1/global/networks/new',
      workerPoolSpecs: [{ ...config.workerPoolSpecs[0], pythonPackageSpec: { ...config.workerPoolSpecs[0].pythonPackageSpec, args: ['--x'] } }],
    });
    const replaced = read(['--display-name=a', '--worker-pool-spec=machine-type=e2-standard-4,container-image-uri=gcr.io/p/t'], config);
    expect(replaced.customJob.jobSpec.workerPoolSpecs).toEqual([{ machineSpec: { machineType: 'e2-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t' } }]);
    expect(replaced.complete).toBe(false); // no --region
  });

  test('labels add up; the KMS key from its parts; web access', () => {
    const { customJob } = read(['--display-name=a', '--region=r', '--labels=team=ml', '--labels=env=prod', '--kms-key=k', '--kms-keyring=kr', '--kms-location=r', '--kms-project=p', '--enable-web-access',
      '--worker-pool-spec=machine-type=n1-standard-4,container-image-uri=i']);
    expect(customJob.labels).toEqual({ team: 'ml', env: 'prod' });
    expect(customJob.encryptionSpec).toEqual({ kmsKeyName: 'projects/p/locations/r/keyRings/kr/cryptoKeys/k' });
    expect(customJob.jobSpec.enableWebAccess).toBe(true);
  });

  test('dashboard access and the persistent resource id are job fields, not warnings', () => {
    const { customJob, warnings } = read(['--display-name=a', '--region=r', '--enable-dashboard-access', '--persistent-resource-id', 'pr',
      '--worker-pool-spec=machine-type=n1-standard-4,container-image-uri=i']);
    expect(warnings).toEqual([]);
    expect(customJob.jobSpec).toMatchObject({ enableDashboardAccess: true, persistentResourceId: 'pr' });
    const off = read(['--display-name=a', '--region=r', '--no-enable-dashboard-access', '--worker-pool-spec=machine-type=n1-standard-4,container-image-uri=i']);
    expect(off.customJob.jobSpec).not.toHaveProperty('enableDashboardAccess');
    expect(off.warnings).toEqual([]);
  });

  test('what the resource cannot hold is a warning by name; gcloud\'s own flags are ignored silently', () => {
    const { warnings } = read(['--display-name=a', '--region=r', '--format=json', '--quiet', '--async',
      '--worker-pool-spec=machine-type=e2-standard-4,executor-image-uri=img,python-module=m,local-package-path=/src']);
    expect(warnings).toEqual([
      '--async: not a flag of `gcloud ai custom-jobs create` that sets a job field; ignored',
      expect.stringMatching(/^--worker-pool-spec #1: executor-image-uri, python-module, local-package-path are local-only/),
    ]);
  });

  test('gcloud\'s refusals: an empty first pool, a pool without machine-type, a flag without value, a half KMS key', () => {
    expect(() => read(['--worker-pool-spec='])).toThrow('--worker-pool-spec #1: the first pool cannot be empty');
    expect(() => read(['--worker-pool-spec=container-image-uri=x'])).toThrow('--worker-pool-spec #1: machine-type is required');
    expect(() => read(['--region'])).toThrow('--region: the flag needs a value');
    expect(() => read(['--kms-keyring=kr'])).toThrow(/^--kms-key: encryption key not fully specified/);
    expect(() => read(['train'])).toThrow(/takes no positional arguments/);
  });
});
