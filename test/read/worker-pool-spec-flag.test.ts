import { parseWorkerPoolSpecFlag, wholeNumberKey, workerPoolFromFlag } from '../../src/read/worker-pool-spec-flag';

const fail = (problem: string): Error => new Error(problem);

describe('parseWorkerPoolSpecFlag', () => {
  test('key=value items separated by commas, blanks and double quotes trimmed, the last of a repeated key wins', () => {
    expect(parseWorkerPoolSpecFlag(' machine-type = "n1-standard-8" ,replica-count=2,replica-count=3', fail).keys)
      .toEqual({ 'machine-type': 'n1-standard-8', 'replica-count': '3' });
  });

  test('a ^DELIM^ prefix sets another delimiter, so a value may hold commas', () => {
    expect(parseWorkerPoolSpecFlag('^@^machine-type=n1-standard-4@container-image-uri=gcr.io/p/t:1', fail).keys)
      .toEqual({ 'machine-type': 'n1-standard-4', 'container-image-uri': 'gcr.io/p/t:1' });
    // The delimiter splits everywhere, as gcloud splits: `:` here cuts the image's tag
    expect(() => parseWorkerPoolSpecFlag('^:^machine-type=n1-standard-4:container-image-uri=gcr.io/p/t:1', fail)).toThrow('"1" is not KEY=VALUE');
    expect(parseWorkerPoolSpecFlag('^;^machine-type=n1-standard-4;requirements=a,b', fail).keys).toEqual({ 'machine-type': 'n1-standard-4', requirements: 'a,b' });
  });

  test('an empty value is an empty pool', () => {
    expect(parseWorkerPoolSpecFlag('', fail).keys).toEqual({});
  });

  test('an unknown key or an item without = is refused, naming the keys gcloud accepts', () => {
    expect(() => parseWorkerPoolSpecFlag('machine-type=n1,gpu=1', fail)).toThrow(/^unknown key "gpu"; keys are replica-count, machine-type/);
    expect(() => parseWorkerPoolSpecFlag('machine-type', fail)).toThrow(/"machine-type" is not KEY=VALUE/);
  });

  test('a key named __proto__ stays a key (and is refused as unknown)', () => {
    expect(() => parseWorkerPoolSpecFlag('__proto__=x', fail)).toThrow(/unknown key "__proto__"/);
  });
});

describe('workerPoolFromFlag', () => {
  const pool = (value: string, packages?: string[]) => workerPoolFromFlag(parseWorkerPoolSpecFlag(value, fail), packages, fail);

  test('a container pool: replica count default 1, accelerator count default 1 with a type', () => {
    expect(pool('machine-type=n1-standard-8,accelerator-type=NVIDIA_TESLA_T4,container-image-uri=gcr.io/p/t:1')).toEqual({
      pool: { machineSpec: { machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 1 }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1' } },
      dropped: [],
    });
  });

  test('a Python package pool takes the common --python-package-uris', () => {
    const { pool: spec } = pool('machine-type=e2-standard-4,replica-count=2,executor-image-uri=us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-4:latest,python-module=trainer.task', ['gs://b/t.tar.gz']);
    expect(spec).toEqual({
      machineSpec: { machineType: 'e2-standard-4' },
      replicaCount: 2,
      pythonPackageSpec: { executorImageUri: 'us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-4:latest', packageUris: ['gs://b/t.tar.gz'], pythonModule: 'trainer.task' },
    });
  });

  test('local-package-path is local-only: the image gcloud would build is unknown, the keys that build it are named', () => {
    const { pool: spec, dropped } = pool('machine-type=e2-standard-4,executor-image-uri=us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-4:latest,python-module=trainer.task,local-package-path=/src/app,requirements=pandas');
    expect(spec).toEqual({ machineSpec: { machineType: 'e2-standard-4' }, replicaCount: 1 });
    expect(dropped).toEqual(['executor-image-uri', 'python-module', 'local-package-path', 'requirements']);
  });

  test('counts are whole numbers; accelerator-count needs accelerator-type', () => {
    expect(() => pool('machine-type=n1,replica-count=two')).toThrow('replica-count=two: expected a whole number');
    expect(() => pool('machine-type=n1,accelerator-count=2,container-image-uri=x')).toThrow(/accelerator-count needs accelerator-type/);
    expect(() => wholeNumberKey({ n: '99999999999999999999' }, 'n', fail)).toThrow('too large');
  });

  test('an empty flag is an empty pool', () => {
    expect(pool('')).toEqual({ pool: {}, dropped: [] });
  });
});
