import { ACCELERATOR_REGION } from '../../../src/rules/vertex/accelerator-region';
import { ACCELERATOR_TYPE } from '../../../src/rules/vertex/accelerator-type';
import { BOOT_DISK } from '../../../src/rules/vertex/boot-disk';
import { DISPLAY_NAME } from '../../../src/rules/vertex/display-name';
import { ENCRYPTION_KEY } from '../../../src/rules/vertex/encryption-key';
import { ENV_NAMES } from '../../../src/rules/vertex/env-names';
import { EXECUTOR_IMAGE } from '../../../src/rules/vertex/executor-image';
import { FIELD_FORMS } from '../../../src/rules/vertex/field-forms';
import { LABELS } from '../../../src/rules/vertex/labels';
import { MACHINE_ACCELERATORS } from '../../../src/rules/vertex/machine-accelerators';
import { MACHINE_TYPE } from '../../../src/rules/vertex/machine-type';
import { NETWORK_FORMAT } from '../../../src/rules/vertex/network-format';
import { POOL_TASK } from '../../../src/rules/vertex/pool-task';
import { PRIMARY_REPLICA_COUNT } from '../../../src/rules/vertex/primary-replica-count';
import { RESERVED_IP_RANGES } from '../../../src/rules/vertex/reserved-ip-ranges';
import { RESOURCE_NAMES } from '../../../src/rules/vertex/resource-names';
import { SCHEDULING_STRATEGY } from '../../../src/rules/vertex/scheduling-strategy';
import { TENSORBOARD_SERVICE_ACCOUNT } from '../../../src/rules/vertex/tensorboard-service-account';
import { SCHEDULING_TIMEOUT } from '../../../src/rules/vertex/scheduling-timeout';
import { SERVICE_ACCOUNT } from '../../../src/rules/vertex/service-account';
import { STORAGE_URIS } from '../../../src/rules/vertex/storage-uris';
import { TPU_MACHINES } from '../../../src/rules/vertex/tpu-machines';
import { WORKER_POOL_LIST } from '../../../src/rules/vertex/worker-pool-list';
import { DISABLE_RETRIES } from '../../../src/rules/vertex/disable-retries';
import { NFS_MOUNTS } from '../../../src/rules/vertex/nfs-mounts';
import { PERSISTENT_RESOURCE_ID } from '../../../src/rules/vertex/persistent-resource-id';
import { PSC_INTERFACE } from '../../../src/rules/vertex/psc-interface';
import { checkCustomJob } from '../../../src/rules/vertex/check-custom-job';
import { containerCustomJob, packageCustomJob, vertexFindings, withMachine } from './vertex-rule-helpers';

const TOKEN = '${TfToken[TOKEN.12]}';

describe('MLJ-VERTEX-001 worker pool list', () => {
  test('accepts one pool, four pools with an empty placeholder, and an unknown list', () => {
    expect(vertexFindings(WORKER_POOL_LIST, packageCustomJob())).toEqual([]);
    expect(vertexFindings(WORKER_POOL_LIST, containerCustomJob())).toEqual([]);
    expect(vertexFindings(WORKER_POOL_LIST, { displayName: 'x', jobSpec: { workerPoolSpecs: TOKEN } })).toEqual([]);
  });

  test('rejects a mapping in a REST body, a fifth pool and an empty first pool', () => {
    const mapping = vertexFindings(WORKER_POOL_LIST, { displayName: 'x', jobSpec: { workerPoolSpecs: { machineSpec: { machineType: 'cloud-tpu' } } } });
    expect(mapping[0]).toMatchObject({ path: 'jobSpec.workerPoolSpecs', severity: 'error' });
    expect(mapping[0].message).toMatch(/is a mapping; a REST body needs a list of pools/);
    const job = containerCustomJob();
    job.jobSpec.workerPoolSpecs.push({});
    expect(vertexFindings(WORKER_POOL_LIST, job)[0].message).toMatch(/has 5 pools; at most 4/);
    expect(vertexFindings(WORKER_POOL_LIST, { displayName: 'x', jobSpec: { workerPoolSpecs: [{}] } })[0].message).toMatch(/\[0\] is empty; the first pool is the primary replica/);
  });

  test('a gcloud config without jobSpec is partial, not an error', () => {
    expect(vertexFindings(WORKER_POOL_LIST, { displayName: 'x' }, { completeness: 'partial' })).toEqual([]);
    expect(vertexFindings(WORKER_POOL_LIST, { displayName: 'x' })[0].path).toBe('jobSpec');
  });

  test('a gcloud config may write one pool as a mapping (Google\'s config.yaml examples do; tensorflow/models#10735 ran) or leave the pools to --worker-pool-spec', () => {
    // GIVEN gcloud --config files (partial): one pool as a mapping, and options only
    const mapping = { jobSpec: { workerPoolSpecs: { machineSpec: { machineType: 'cloud-tpu', acceleratorType: 'TPU_V3', acceleratorCount: 8 }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1' } } } };
    const optionsOnly = { jobSpec: { serviceAccount: 'trainer@p.iam.gserviceaccount.com', scheduling: { timeout: '3600s' } } };

    // WHEN checked as partial inputs
    const mappingFindings = vertexFindings(WORKER_POOL_LIST, mapping, { completeness: 'partial' });
    const optionsFindings = vertexFindings(WORKER_POOL_LIST, optionsOnly, { completeness: 'partial' });

    // THEN the mapping is one pool and the missing pools are the command line's, never an error
    expect(mappingFindings).toEqual([]);
    expect(optionsFindings).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringMatching(/--worker-pool-spec/) })]);
    expect(vertexFindings(WORKER_POOL_LIST, optionsOnly)[0].severity).toBe('error');
  });
});

describe('MLJ-VERTEX-002 primary replica count', () => {
  test('accepts 1 on pool 0, "2" (int64 as a string) on pool 1, and a token', () => {
    expect(vertexFindings(PRIMARY_REPLICA_COUNT, containerCustomJob())).toEqual([]);
    expect(vertexFindings(PRIMARY_REPLICA_COUNT, packageCustomJob({ replicaCount: TOKEN }))).toEqual([]);
  });

  test('rejects 2 on the primary pool and 0 on a used pool; warns when unset', () => {
    const [finding] = vertexFindings(PRIMARY_REPLICA_COUNT, packageCustomJob({ replicaCount: 2 }));
    expect(finding).toMatchObject({ path: 'jobSpec.workerPoolSpecs[0].replicaCount', severity: 'error' });
    expect(finding.message).toBe('jobSpec.workerPoolSpecs[0].replicaCount is 2; the primary pool runs exactly 1 replica.');
    const job = containerCustomJob();
    job.jobSpec.workerPoolSpecs[1].replicaCount = 0;
    expect(vertexFindings(PRIMARY_REPLICA_COUNT, job)[0]).toMatchObject({ path: 'jobSpec.workerPoolSpecs[1].replicaCount', severity: 'error' });
    expect(vertexFindings(PRIMARY_REPLICA_COUNT, packageCustomJob({ replicaCount: undefined }))[0].severity).toBe('warning');
  });
});

describe('MLJ-VERTEX-003 one task per pool', () => {
  test('accepts a container pool and a package pool', () => {
    expect(vertexFindings(POOL_TASK, containerCustomJob())).toEqual([]);
    expect(vertexFindings(POOL_TASK, packageCustomJob())).toEqual([]);
  });

  test('rejects both, neither, and a package without its module', () => {
    const both = packageCustomJob({ containerSpec: { imageUri: 'gcr.io/p/i:1' } });
    expect(vertexFindings(POOL_TASK, both)[0].message).toMatch(/sets both containerSpec and pythonPackageSpec/);
    expect(vertexFindings(POOL_TASK, packageCustomJob({ pythonPackageSpec: undefined }))[0].message).toMatch(/sets neither/);
    const job = packageCustomJob();
    delete job.jobSpec.workerPoolSpecs[0].pythonPackageSpec.pythonModule;
    expect(vertexFindings(POOL_TASK, job)[0]).toMatchObject({ path: 'jobSpec.workerPoolSpecs[0].pythonPackageSpec.pythonModule', severity: 'error' });
  });

  test('a gcloud --config package pool may leave packageUris to --python-package-uris (info), a REST body may not', () => {
    // GIVEN a package pool without packageUris
    const job = packageCustomJob();
    delete job.jobSpec.workerPoolSpecs[0].pythonPackageSpec.packageUris;

    // WHEN checked as a gcloud --config file and as a REST body
    const partial = vertexFindings(POOL_TASK, job, { completeness: 'partial' });
    const complete = vertexFindings(POOL_TASK, job);

    // THEN the config file is only told where the packages come from
    expect(partial).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringMatching(/--python-package-uris/) })]);
    expect(complete[0].severity).toBe('error');
  });

  test('a number in command, args or packageUris (YAML args: [--epochs, 10]) is an error with the quoted value as the fix, in a config file too', () => {
    // GIVEN a container pool and a package pool with numbers in their string lists
    const container = containerCustomJob();
    container.jobSpec.workerPoolSpecs[0].containerSpec.args = ['--epochs', 10, TOKEN];
    container.jobSpec.workerPoolSpecs[0].containerSpec.command = [true];
    const pkg = packageCustomJob({ pythonPackageSpec: { executorImageUri: 'us-docker.pkg.dev/vertex-ai/training/tf-gpu.2-17.py310:latest', pythonModule: 'trainer.task', packageUris: ['gs://b/t.tar.gz', 7], args: [0.5] } });

    // WHEN / THEN
    expect(vertexFindings(POOL_TASK, container, { completeness: 'partial' }).map((f) => [f.severity, f.path, f.message, f.fix])).toEqual([
      ['error', 'jobSpec.workerPoolSpecs[0].containerSpec.args[1]', 'jobSpec.workerPoolSpecs[0].containerSpec.args[1] is 10; it must be a string.', 'Quote it: "10".'],
      ['error', 'jobSpec.workerPoolSpecs[0].containerSpec.command[0]', 'jobSpec.workerPoolSpecs[0].containerSpec.command[0] is true; it must be a string.', 'Quote it: "true".'],
    ]);
    expect(vertexFindings(POOL_TASK, pkg).map((f) => f.path)).toEqual(['jobSpec.workerPoolSpecs[0].pythonPackageSpec.args[0]', 'jobSpec.workerPoolSpecs[0].pythonPackageSpec.packageUris[1]']);
  });
});

describe('MLJ-VERTEX-004 machine type', () => {
  test.each(['n1-standard-8', 'e2-standard-4', 'a2-highgpu-1g', 'g2-standard-8', 'cloud-tpu', 'ct5lp-hightpu-4t', 'a4x-highgpu-4g'])('accepts %s', (machineType) => {
    expect(vertexFindings(MACHINE_TYPE, withMachine({ machineType }))).toEqual([]);
  });

  test('rejects a missing type and a legacy AI Platform name with the Compute Engine type to use', () => {
    expect(vertexFindings(MACHINE_TYPE, withMachine({}))[0].message).toMatch(/machineType is not set/);
    const [legacy] = vertexFindings(MACHINE_TYPE, withMachine({ machineType: 'complex_model_m' }));
    expect(legacy).toMatchObject({ severity: 'error', fix: 'Use n1-highcpu-16.' });
  });

  test('a name of Object.prototype (constructor, toString) is an unlisted family, not a legacy name with a function as its fix', () => {
    for (const machineType of ['constructor', 'toString', '__proto__']) {
      const [finding] = vertexFindings(MACHINE_TYPE, withMachine({ machineType }));
      expect(finding).toMatchObject({ severity: 'warning' });
      expect(finding.fix).toBeUndefined();
    }
  });

  test('warns on a family the catalog does not list (n2d, c3): it may be offered', () => {
    expect(vertexFindings(MACHINE_TYPE, withMachine({ machineType: 'c3-standard-8' }))[0].severity).toBe('warning');
  });
});

describe('MLJ-VERTEX-005 accelerator type and count', () => {
  test('accepts matching pairs, no accelerator, and ACCELERATOR_TYPE_UNSPECIFIED with 0', () => {
    expect(vertexFindings(ACCELERATOR_TYPE, containerCustomJob())).toEqual([]);
    expect(vertexFindings(ACCELERATOR_TYPE, withMachine({ machineType: 'n1-standard-4', acceleratorType: 'ACCELERATOR_TYPE_UNSPECIFIED', acceleratorCount: 0 }))).toEqual([]);
  });

  test('rejects a type without a count (the service message), and a malformed type; warns on K80 and on an unknown well-formed type', () => {
    const [pair] = vertexFindings(ACCELERATOR_TYPE, withMachine({ machineType: 'n1-standard-4', acceleratorType: 'NVIDIA_TESLA_T4' }));
    expect(pair).toMatchObject({ path: 'jobSpec.workerPoolSpecs[0].machineSpec.acceleratorCount', severity: 'error' });
    expect(vertexFindings(ACCELERATOR_TYPE, withMachine({ machineType: 'n1-standard-4', acceleratorType: 'nvidia t4', acceleratorCount: 1 }))[0].severity).toBe('error');
    expect(vertexFindings(ACCELERATOR_TYPE, withMachine({ machineType: 'n1-standard-4', acceleratorType: 'NVIDIA_TESLA_K80', acceleratorCount: 1 }))[0]).toMatchObject({ severity: 'warning' });
    expect(vertexFindings(ACCELERATOR_TYPE, withMachine({ machineType: 'n1-standard-4', acceleratorType: 'NVIDIA_X900', acceleratorCount: 1 }))[0]).toMatchObject({ severity: 'warning' });
  });
});

describe('MLJ-VERTEX-006 machine family × accelerator type × count', () => {
  test.each([
    ['n1-standard-8', 'NVIDIA_TESLA_V100', 8],
    ['n1-highmem-32', 'NVIDIA_TESLA_T4', 4],
    ['a2-highgpu-4g', 'NVIDIA_TESLA_A100', 4],
    ['a2-ultragpu-1g', 'NVIDIA_A100_80GB', 1],
    ['a3-highgpu-8g', 'NVIDIA_H100_80GB', 8],
    ['g2-standard-24', 'NVIDIA_L4', 2],
  ])('accepts %s with %s × %s', (machineType, acceleratorType, acceleratorCount) => {
    expect(vertexFindings(MACHINE_ACCELERATORS, withMachine({ machineType, acceleratorType, acceleratorCount }))).toEqual([]);
  });

  test('rejects GPUs on E2 and N2, A100 on N1, a wrong count on A2 and G2, 3 × V100 on N1', () => {
    const e2 = vertexFindings(MACHINE_ACCELERATORS, withMachine({ machineType: 'e2-standard-8', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 1 }));
    expect(e2[0].message).toBe('jobSpec.workerPoolSpecs[0].machineSpec.acceleratorType is NVIDIA_TESLA_T4, but e2-standard-8 (E2) takes no accelerators.');
    expect(vertexFindings(MACHINE_ACCELERATORS, withMachine({ machineType: 'n2-standard-2', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 1 }))[0].severity).toBe('error');
    expect(vertexFindings(MACHINE_ACCELERATORS, withMachine({ machineType: 'n1-highmem-8', acceleratorType: 'NVIDIA_TESLA_A100', acceleratorCount: 1 }))[0].fix).toMatch(/a2-highgpu/);
    expect(vertexFindings(MACHINE_ACCELERATORS, withMachine({ machineType: 'a2-highgpu-1g', acceleratorType: 'NVIDIA_TESLA_A100', acceleratorCount: 2 }))[0].message).toMatch(/has exactly 1 × NVIDIA_TESLA_A100/);
    const [g2] = vertexFindings(MACHINE_ACCELERATORS, withMachine({ machineType: 'g2-standard-8', acceleratorType: 'NVIDIA_L4', acceleratorCount: 8 }));
    expect(g2).toMatchObject({ path: 'jobSpec.workerPoolSpecs[0].machineSpec.acceleratorCount', severity: 'error' });
    expect(vertexFindings(MACHINE_ACCELERATORS, withMachine({ machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_V100', acceleratorCount: 3 }))[0].message)
      .toBe('jobSpec.workerPoolSpecs[0].machineSpec.acceleratorCount is 3; NVIDIA_TESLA_V100 on n1-standard-8 allows 1, 2, 4 or 8.');
  });

  test('K80 is refused with its end of support as the reason, not as an n1 count', () => {
    // GIVEN the Python sample of configure-compute, still on a K80
    const job = withMachine({ machineType: 'n1-standard-4', acceleratorType: 'NVIDIA_TESLA_K80', acceleratorCount: 1 });

    // WHEN checked
    const [finding] = vertexFindings(MACHINE_ACCELERATORS, job);

    // THEN it is an error that says why and what to use
    expect(finding).toMatchObject({ severity: 'error', path: 'jobSpec.workerPoolSpecs[0].machineSpec.acceleratorType' });
    expect(finding.message).toMatch(/NVIDIA_TESLA_K80: the NVIDIA K80 reached end of support, and Vertex AI no longer offers it/);
    expect(finding.fix).toMatch(/NVIDIA_TESLA_T4/);
  });

  test('unknown values and unlisted shapes are not errors', () => {
    expect(vertexFindings(MACHINE_ACCELERATORS, withMachine({ machineType: TOKEN, acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 3 }))).toEqual([]);
    expect(vertexFindings(MACHINE_ACCELERATORS, withMachine({ machineType: '$MACHINE_TYPE', acceleratorType: '{{ gpu }}', acceleratorCount: '$COUNT' }))).toEqual([]);
    expect(vertexFindings(MACHINE_ACCELERATORS, withMachine({ machineType: 'n1-standard-2', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 1 }))[0].severity).toBe('warning');
  });
});

describe('MLJ-VERTEX-007 accelerators by region', () => {
  test('accepts T4 in us-central1, L4 anywhere (no list), and an unknown location', () => {
    expect(vertexFindings(ACCELERATOR_REGION, containerCustomJob())).toEqual([]);
    expect(vertexFindings(ACCELERATOR_REGION, packageCustomJob(), { location: 'me-west1' })).toEqual([]);
    expect(vertexFindings(ACCELERATOR_REGION, containerCustomJob(), { location: undefined })).toEqual([]);
  });

  test('warns on V100 in us-east4 and on a region without custom training', () => {
    const job = withMachine({ machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_V100', acceleratorCount: 1 });
    expect(vertexFindings(ACCELERATOR_REGION, job, { location: 'us-east4' })[0]).toMatchObject({ severity: 'warning', path: 'jobSpec.workerPoolSpecs[0].machineSpec.acceleratorType' });
    expect(vertexFindings(ACCELERATOR_REGION, job, { location: 'mars-north1' })[0]).toMatchObject({ severity: 'warning', path: 'location' });
  });
});

describe('MLJ-VERTEX-008 TPU machines', () => {
  test('accepts cloud-tpu with TPU_V3 × 8 and a v5e slice with a topology', () => {
    expect(vertexFindings(TPU_MACHINES, withMachine({ machineType: 'cloud-tpu', acceleratorType: 'TPU_V3', acceleratorCount: 8 }))).toEqual([]);
    expect(vertexFindings(TPU_MACHINES, withMachine({ machineType: 'cloud-tpu', acceleratorType: 'TPU_V2', acceleratorCount: 32 }))).toEqual([]);
    expect(vertexFindings(TPU_MACHINES, withMachine({ machineType: 'ct5lp-hightpu-4t', tpuTopology: '2x2' }))).toEqual([]);
  });

  test('knows TPU v6e (ct6e-standard) and TPU7x (tpu7x-standard) machines from configure-compute', () => {
    // GIVEN the v6e and 7x machine types with their topologies, and without
    // WHEN checked by the machine-type and TPU rules
    const v6e = withMachine({ machineType: 'ct6e-standard-4t', tpuTopology: '2x4' });
    const tpu7x = withMachine({ machineType: 'tpu7x-standard-4t', tpuTopology: '2x2x1' });

    // THEN both are known TPU machines, and a missing topology is an error for both
    expect(vertexFindings(MACHINE_TYPE, v6e)).toEqual([]);
    expect(vertexFindings(MACHINE_TYPE, tpu7x)).toEqual([]);
    expect(vertexFindings(TPU_MACHINES, v6e)).toEqual([]);
    expect(vertexFindings(TPU_MACHINES, tpu7x)).toEqual([]);
    expect(vertexFindings(TPU_MACHINES, withMachine({ machineType: 'ct6e-standard-8t' }))[0]).toMatchObject({ severity: 'error', path: 'jobSpec.workerPoolSpecs[0].machineSpec.tpuTopology' });
    expect(vertexFindings(TPU_MACHINES, withMachine({ machineType: 'tpu7x-standard-4t' }))[0]).toMatchObject({ severity: 'error' });
  });

  test('rejects a TPU on an n1 machine, 4 cores on cloud-tpu, a v5e slice without topology', () => {
    expect(vertexFindings(TPU_MACHINES, withMachine({ machineType: 'n1-standard-8', acceleratorType: 'TPU_V3', acceleratorCount: 8 }))[0]).toMatchObject({ severity: 'error', fix: 'Use machineType: cloud-tpu.' });
    expect(vertexFindings(TPU_MACHINES, withMachine({ machineType: 'cloud-tpu', acceleratorType: 'TPU_V3', acceleratorCount: 4 }))[0].message).toMatch(/takes 8 TPU cores, or a multiple of 32/);
    expect(vertexFindings(TPU_MACHINES, withMachine({ machineType: 'ct5lp-hightpu-4t' }))[0].path).toBe('jobSpec.workerPoolSpecs[0].machineSpec.tpuTopology');
  });
});

describe('MLJ-VERTEX-009 boot disk', () => {
  test('accepts pd-ssd 200, hyperdisk-balanced, and no disk spec', () => {
    expect(vertexFindings(BOOT_DISK, containerCustomJob())).toEqual([]);
    expect(vertexFindings(BOOT_DISK, packageCustomJob({ diskSpec: { bootDiskType: 'hyperdisk-balanced', bootDiskSizeGb: 500 } }))).toEqual([]);
  });

  test('rejects PD_SSD spelling and a fractional size; warns on an unknown type and a size out of range', () => {
    expect(vertexFindings(BOOT_DISK, packageCustomJob({ diskSpec: { bootDiskType: 'PD_SSD' } }))[0]).toMatchObject({ severity: 'error', fix: 'Write pd-ssd.' });
    expect(vertexFindings(BOOT_DISK, packageCustomJob({ diskSpec: { bootDiskSizeGb: 99.5 } }))[0].severity).toBe('error');
    expect(vertexFindings(BOOT_DISK, packageCustomJob({ diskSpec: { bootDiskType: 'pd-balanced' } }))[0].severity).toBe('warning');
    expect(vertexFindings(BOOT_DISK, packageCustomJob({ diskSpec: { bootDiskSizeGb: 50 } }))[0].severity).toBe('warning');
  });
});

describe('MLJ-VERTEX-010 display name', () => {
  test('accepts any UTF-8 up to 128 characters', () => {
    expect(vertexFindings(DISPLAY_NAME, packageCustomJob({}, { displayName: 'Modèle de prévision — v2 (nightly)' }))).toEqual([]);
    expect(vertexFindings(DISPLAY_NAME, packageCustomJob({}, { displayName: 'é'.repeat(128) }))).toEqual([]);
  });

  test('rejects a missing name and 129 characters; info on a partial file', () => {
    expect(vertexFindings(DISPLAY_NAME, packageCustomJob({}, { displayName: undefined }))[0].severity).toBe('error');
    expect(vertexFindings(DISPLAY_NAME, packageCustomJob({}, { displayName: undefined }), { completeness: 'partial' })[0].severity).toBe('info');
    expect(vertexFindings(DISPLAY_NAME, packageCustomJob({}, { displayName: 'x'.repeat(129) }))[0].message).toBe('displayName has 129 characters; at most 128 are allowed.');
  });
});

describe('MLJ-VERTEX-011 labels', () => {
  test('accepts lowercase keys, keys starting with a digit (Vertex allows it), international characters', () => {
    expect(vertexFindings(LABELS, containerCustomJob({ labels: { team: 'ml', '2024-q1': 'yes', équipe: 'données' } }))).toEqual([]);
  });

  test('rejects uppercase keys and values with a dot', () => {
    const found = vertexFindings(LABELS, containerCustomJob({ labels: { Team: 'ml', version: '1.0' } }));
    expect(found.map((f) => f.path)).toEqual(['labels.Team', 'labels.version']);
    expect(found[0].fix).toBe('Use "team".');
  });
});

describe('MLJ-VERTEX-012 scheduling timeout', () => {
  test('accepts "7200s", "1.5s" and a token', () => {
    expect(vertexFindings(SCHEDULING_TIMEOUT, containerCustomJob())).toEqual([]);
    const job = containerCustomJob();
    job.jobSpec.scheduling = { timeout: TOKEN };
    expect(vertexFindings(SCHEDULING_TIMEOUT, job)).toEqual([]);
  });

  test('rejects "2h" with the seconds to write, and a string boolean', () => {
    const job = containerCustomJob();
    job.jobSpec.scheduling = { timeout: '2h', restartJobOnWorkerRestart: 'yes' };
    const found = vertexFindings(SCHEDULING_TIMEOUT, job);
    expect(found[0]).toMatchObject({ path: 'jobSpec.scheduling.restartJobOnWorkerRestart' });
    expect(found[1]).toMatchObject({ path: 'jobSpec.scheduling.timeout', fix: 'Write "7200s".' });
  });
});

describe('MLJ-VERTEX-013 env names', () => {
  test('accepts C identifiers', () => {
    expect(vertexFindings(ENV_NAMES, containerCustomJob())).toEqual([]);
  });

  test('rejects a dash in a name and a number value; warns on a duplicate', () => {
    const job = packageCustomJob();
    job.jobSpec.workerPoolSpecs[0].pythonPackageSpec.env = [{ name: 'MODEL-DIR', value: 'x' }, { name: 'EPOCHS', value: 5 }, { name: 'EPOCHS', value: '6' }];
    const found = vertexFindings(ENV_NAMES, job);
    expect(found.map((f) => [f.path, f.severity])).toEqual([
      ['jobSpec.workerPoolSpecs[0].pythonPackageSpec.env[0].name', 'error'],
      ['jobSpec.workerPoolSpecs[0].pythonPackageSpec.env[1].value', 'error'],
      ['jobSpec.workerPoolSpecs[0].pythonPackageSpec.env[2].name', 'warning'],
    ]);
    expect(found[0].fix).toBe('Use "MODEL_DIR".');
  });
});

describe('MLJ-VERTEX-014 gs:// URIs', () => {
  test('accepts gs:// package URIs and output directory', () => {
    expect(vertexFindings(STORAGE_URIS, containerCustomJob())).toEqual([]);
    expect(vertexFindings(STORAGE_URIS, packageCustomJob())).toEqual([]);
  });

  test('rejects an https storage URL, a bare path, and a string output directory', () => {
    const job = packageCustomJob();
    job.jobSpec.workerPoolSpecs[0].pythonPackageSpec.packageUris = ['https://storage.googleapis.com/b/t.tar.gz', 'my-bucket/t.tar.gz'];
    job.jobSpec.baseOutputDirectory = 'gs://b/out';
    const found = vertexFindings(STORAGE_URIS, job);
    expect(found.map((f) => f.fix)).toEqual(['Write baseOutputDirectory: { outputUriPrefix: "gs://b/out" }.', 'Write "gs://b/t.tar.gz".', 'Write "gs://my-bucket/t.tar.gz".']);
  });
});

describe('MLJ-VERTEX-015 executor image', () => {
  test('accepts a listed prebuilt image with the latest tag before its end of availability', () => {
    expect(vertexFindings(EXECUTOR_IMAGE, packageCustomJob(), { today: '2026-01-01' })).toEqual([]);
  });

  test('accepts every family of the prebuilt list by name, scikit-learn under both of its names', () => {
    const pool = (executorImageUri: string) => packageCustomJob({ pythonPackageSpec: { executorImageUri, packageUris: ['gs://b/t.tar.gz'], pythonModule: 't.task' } });
    // sklearn-cpu.1-0: as Google's continuous training tutorial runs it; scikit-learn-cpu.0-23: the older rows' name.
    const images = ['sklearn-cpu.1-0', 'sklearn-gpu.1-6', 'scikit-learn-cpu.0-23', 'xgboost-cpu.1-1', 'xgboost-gpu.2-1', 'pytorch-gpu.2-4.py310', 'pytorch-xla.2-4.py310', 'pytorch-tpu.2-2.cp310', 'ray-cpu.2-42.py310'];
    for (const image of images) {
      expect(vertexFindings(EXECUTOR_IMAGE, pool(`us-docker.pkg.dev/vertex-ai/training/${image}:latest`), { today: '2026-01-01' })).toEqual([]);
    }
    expect(vertexFindings(EXECUTOR_IMAGE, pool('us-docker.pkg.dev/vertex-ai/training/jax-gpu.0-4:latest'))[0].message).toMatch(/whose family the catalog .* does not list/);
  });

  test('an image past its end of availability: the fix names the newest image still available, or says there is none', () => {
    const pool = (executorImageUri: string) => packageCustomJob({ pythonPackageSpec: { executorImageUri, packageUris: ['gs://b/t.tar.gz'], pythonModule: 't.task' } });
    // On 2026-01-01 TensorFlow 2.17 (available until 2026-07-11) is the newest GPU image, in the registry the job uses.
    const [early] = vertexFindings(EXECUTOR_IMAGE, pool('europe-docker.pkg.dev/vertex-ai/training/tf-gpu.2-12.py310:latest'), { today: '2026-01-01' });
    expect(early.fix).toBe('Move to a newer framework version of the prebuilt list, e.g. europe-docker.pkg.dev/vertex-ai/training/tf-gpu.2-17.py310:latest.');
    // On 2026-12-01 every TensorFlow CPU image of the catalog has ended: no image to suggest.
    const [late] = vertexFindings(EXECUTOR_IMAGE, pool('us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-17.py310:latest'), { today: '2026-12-01' });
    expect(late.message).toMatch(/available only until 2026-07-11/);
    expect(late.fix).toMatch(/lists no newer tensorflow CPU image still available: check the prebuilt list, or run your own image with containerSpec\.$/);
  });

  test('warns on a custom image, a version tag, a past end of availability and the old gcr.io path', () => {
    const pool = (executorImageUri: string) => packageCustomJob({ pythonPackageSpec: { executorImageUri, packageUris: ['gs://b/t.tar.gz'], pythonModule: 't.task' } });
    expect(vertexFindings(EXECUTOR_IMAGE, pool('gcr.io/my-project/trainer:1'))[0]).toMatchObject({ severity: 'warning' });
    expect(vertexFindings(EXECUTOR_IMAGE, pool('us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-17.py310:2.17'), { today: '2026-01-01' })[0].fix).toBe('Use us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-17.py310:latest.');
    expect(vertexFindings(EXECUTOR_IMAGE, pool('us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-11:latest'))[0].message).toMatch(/available only until 2024-11-15/);
    expect(vertexFindings(EXECUTOR_IMAGE, pool('gcr.io/cloud-aiplatform/training/tf-cpu.2-3:latest'))[0].fix).toBe('Use us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-3:latest.');
  });
});

describe('MLJ-VERTEX-016 network', () => {
  test('accepts projects/NUMBER/global/networks/NAME', () => {
    expect(vertexFindings(NETWORK_FORMAT, containerCustomJob())).toEqual([]);
  });

  test('rejects a short name; warns on a project id', () => {
    const job = containerCustomJob();
    job.jobSpec.network = 'ml-vpc';
    expect(vertexFindings(NETWORK_FORMAT, job)[0]).toMatchObject({ severity: 'error', fix: 'Use "projects/<project number>/global/networks/ml-vpc".' });
    job.jobSpec.network = 'projects/my-project/global/networks/ml-vpc';
    expect(vertexFindings(NETWORK_FORMAT, job)[0].severity).toBe('warning');
  });
});

describe('MLJ-VERTEX-017 CMEK key', () => {
  test('accepts a full key name in the job region', () => {
    expect(vertexFindings(ENCRYPTION_KEY, containerCustomJob())).toEqual([]);
  });

  test('rejects a key without a location; warns on a key of another region', () => {
    expect(vertexFindings(ENCRYPTION_KEY, containerCustomJob({ encryptionSpec: { kmsKeyName: 'projects/p/keyRings/r/cryptoKeys/k' } }))[0].severity).toBe('error');
    expect(vertexFindings(ENCRYPTION_KEY, containerCustomJob(), { location: 'europe-west4' })[0].severity).toBe('warning');
  });
});

describe('MLJ-VERTEX-018 service account', () => {
  test('accepts an email and no account (the service agent is the default)', () => {
    expect(vertexFindings(SERVICE_ACCOUNT, containerCustomJob())).toEqual([]);
    expect(vertexFindings(SERVICE_ACCOUNT, packageCustomJob())).toEqual([]);
  });

  test('rejects a resource name with the email to use', () => {
    const job = containerCustomJob();
    job.jobSpec.serviceAccount = 'projects/p/serviceAccounts/trainer@p.iam.gserviceaccount.com';
    expect(vertexFindings(SERVICE_ACCOUNT, job)[0].fix).toBe('Use only the email: "trainer@p.iam.gserviceaccount.com".');
  });
});

describe('MLJ-VERTEX-019 field forms', () => {
  const snake = {
    display_name: 'snake',
    job_spec: { worker_pool_specs: [{ machine_spec: { machine_type: 'n1-standard-8', accelerator_type: 'NVIDIA_TESLA_T4', accelerator_count: 1 }, replica_count: 1, container_spec: { image_uri: 'gcr.io/p/t:1' } }] },
  };

  test('reads snake_case proto names in a REST body as their camelCase names: one info, and the other rules see the job', () => {
    // GIVEN a GAPIC-style dict in snake_case (complete)
    // WHEN every Vertex rule checks it
    const all = checkCustomJob(snake as never, { today: '2026-12-02', location: 'us-central1' });

    // THEN the only finding is one info naming the first fields, and no rule missed jobSpec or the pool's task
    expect(all).toEqual([expect.objectContaining({ ruleId: 'MLJ-VERTEX-019', severity: 'info', path: 'displayName' })]);
    expect(all[0].message).toBe('display_name, job_spec, worker_pool_specs and 7 more are proto (snake_case) names, read as displayName, jobSpec, workerPoolSpecs and 7 more: the proto3 JSON mapping accepts both spellings.');
  });

  test('warns on snake_case names in a gcloud --config file, which gcloud rejects', () => {
    // GIVEN a gcloud --config file written with proto names
    const config = { jobSpec: { worker_pool_specs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] } };

    // WHEN checked as partial
    const [finding] = vertexFindings(FIELD_FORMS, config, { completeness: 'partial' });

    // THEN it is a warning with the name to write
    expect(finding).toMatchObject({ severity: 'warning', path: 'jobSpec.workerPoolSpecs', fix: 'Write workerPoolSpecs.' });
  });

  test('notes one value where gcloud reads a list, and a field written twice', () => {
    // GIVEN a gcloud config with one pool as a mapping and packageUris as a string, and a body with both spellings
    const config = { jobSpec: { workerPoolSpecs: { machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, pythonPackageSpec: { executorImageUri: 'us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-17.py310:latest', packageUris: 'gs://b/t.tar.gz', pythonModule: 't.task' } } } };
    const twice = { displayName: 'x', display_name: 'y', jobSpec: { workerPoolSpecs: [] } };

    // WHEN checked
    const listed = vertexFindings(FIELD_FORMS, config, { completeness: 'partial' }).map((f) => [f.severity, f.path]);
    const doubled = vertexFindings(FIELD_FORMS, twice);

    // THEN each single value is an info at its path, and the duplicate a warning
    expect(listed).toEqual([['info', 'jobSpec.workerPoolSpecs'], ['info', 'jobSpec.workerPoolSpecs[0].pythonPackageSpec.packageUris']]);
    expect(doubled).toEqual([expect.objectContaining({ severity: 'warning', path: 'displayName', fix: 'Keep displayName.' })]);
  });

  test('says nothing about a job written in the API\'s own form', () => {
    expect(vertexFindings(FIELD_FORMS, containerCustomJob())).toEqual([]);
    expect(vertexFindings(FIELD_FORMS, packageCustomJob(), { completeness: 'partial' })).toEqual([]);
  });
});

describe('MLJ-VERTEX-021 scheduling strategy and max wait', () => {
  test('accepts STANDARD, SPOT, FLEX_START with a max wait, "0s" (wait indefinitely) and tokens', () => {
    const job = containerCustomJob();
    for (const scheduling of [{ strategy: 'STANDARD' }, { strategy: 'SPOT' }, { strategy: 'FLEX_START', maxWaitDuration: '1800s' }, { strategy: 'FLEX_START', maxWaitDuration: '0s' }, { strategy: TOKEN, maxWaitDuration: TOKEN }]) {
      job.jobSpec.scheduling = scheduling;
      expect(vertexFindings(SCHEDULING_STRATEGY, job)).toEqual([]);
    }
  });

  test('rejects a max wait that is not a Duration; warns on deprecated and undocumented strategies and on a max wait without FLEX_START', () => {
    const job = containerCustomJob();
    job.jobSpec.scheduling = { strategy: 'FLEX_START', maxWaitDuration: '30m' };
    expect(vertexFindings(SCHEDULING_STRATEGY, job)).toEqual([expect.objectContaining({ path: 'jobSpec.scheduling.maxWaitDuration', severity: 'error' })]);
    job.jobSpec.scheduling = { strategy: 'LOW_COST' };
    expect(vertexFindings(SCHEDULING_STRATEGY, job)[0]).toMatchObject({ severity: 'warning', fix: 'Use SPOT.' });
    job.jobSpec.scheduling = { strategy: 'spot' };
    expect(vertexFindings(SCHEDULING_STRATEGY, job)[0]).toMatchObject({ severity: 'warning', fix: 'Write SPOT.' });
    job.jobSpec.scheduling = { strategy: 'SPOT', maxWaitDuration: '3600s' };
    expect(vertexFindings(SCHEDULING_STRATEGY, job)[0]).toMatchObject({ path: 'jobSpec.scheduling.maxWaitDuration', severity: 'warning' });
    job.jobSpec.scheduling = { maxWaitDuration: '3600s' };
    expect(vertexFindings(SCHEDULING_STRATEGY, job)[0].message).toMatch(/without a strategy \(STANDARD\)/);
  });
});

describe('MLJ-VERTEX-022 Tensorboard and Experiment resource names', () => {
  const tensorboard = 'projects/123/locations/us-central1/tensorboards/9';
  const experiment = 'projects/123/locations/us-central1/metadataStores/default/contexts/exp';

  test('accepts full resource names and tokens', () => {
    const job = containerCustomJob();
    Object.assign(job.jobSpec, { tensorboard, experiment, experimentRun: `${experiment}-run-1` });
    expect(vertexFindings(RESOURCE_NAMES, job)).toEqual([]);
    Object.assign(job.jobSpec, { tensorboard: TOKEN, experiment: TOKEN });
    expect(vertexFindings(RESOURCE_NAMES, job)).toEqual([]);
  });

  test('rejects a bare Tensorboard id (with the name to write); warns on a short experiment name', () => {
    const job = containerCustomJob();
    Object.assign(job.jobSpec, { tensorboard: '9', experiment: 'exp' });
    const found = vertexFindings(RESOURCE_NAMES, job);
    expect(found[0]).toMatchObject({ path: 'jobSpec.tensorboard', severity: 'error', fix: 'Use "projects/<project>/locations/<region>/tensorboards/9".' });
    expect(found[1]).toMatchObject({ path: 'jobSpec.experiment', severity: 'warning' });
  });
});

describe('MLJ-VERTEX-023 reserved IP ranges', () => {
  test('accepts range names on a peered network, and tokens', () => {
    const job = containerCustomJob();
    Object.assign(job.jobSpec, { reservedIpRanges: ['vertex-ai-ip-range', TOKEN] });
    expect(vertexFindings(RESERVED_IP_RANGES, job)).toEqual([]);
  });

  test('rejects an empty name and an address block; warns without a network', () => {
    const job = containerCustomJob();
    Object.assign(job.jobSpec, { reservedIpRanges: ['', '10.8.0.0/16'] });
    expect(vertexFindings(RESERVED_IP_RANGES, job).map((f) => [f.path, f.severity])).toEqual([['jobSpec.reservedIpRanges[0]', 'error'], ['jobSpec.reservedIpRanges[1]', 'error']]);
    delete (job.jobSpec as { network?: string }).network;
    Object.assign(job.jobSpec, { reservedIpRanges: ['vertex-ai-ip-range'] });
    expect(vertexFindings(RESERVED_IP_RANGES, job)).toEqual([expect.objectContaining({ path: 'jobSpec.reservedIpRanges', severity: 'warning' })]);
  });
});

describe('MLJ-VERTEX-024 Tensorboard needs a service account', () => {
  const tensorboard = 'projects/123/locations/us-central1/tensorboards/9';

  test('accepts a Tensorboard with a service account or a token, and no Tensorboard', () => {
    const job = containerCustomJob();
    expect(vertexFindings(TENSORBOARD_SERVICE_ACCOUNT, job)).toEqual([]);
    Object.assign(job.jobSpec, { tensorboard, serviceAccount: 'trainer@p.iam.gserviceaccount.com' });
    expect(vertexFindings(TENSORBOARD_SERVICE_ACCOUNT, job)).toEqual([]);
    Object.assign(job.jobSpec, { serviceAccount: TOKEN });
    expect(vertexFindings(TENSORBOARD_SERVICE_ACCOUNT, job)).toEqual([]);
  });

  test('warns on a Tensorboard without a service account', () => {
    const job = containerCustomJob();
    delete (job.jobSpec as { serviceAccount?: string }).serviceAccount;
    Object.assign(job.jobSpec, { tensorboard });
    expect(vertexFindings(TENSORBOARD_SERVICE_ACCOUNT, job)).toEqual([expect.objectContaining({ path: 'jobSpec.serviceAccount', severity: 'warning' })]);
  });
});

describe('MLJ-VERTEX-025 NFS mounts', () => {
  const mount = { server: '10.76.0.10', path: '/vol1', mountPoint: 'data' };

  test('accepts mounts on a peered or PSC job, mounts with unknown values, and pools without mounts', () => {
    const job = containerCustomJob();
    job.jobSpec.workerPoolSpecs[0].nfsMounts = [mount, { server: TOKEN, path: TOKEN, mountPoint: 'ckpt' }, TOKEN];
    job.jobSpec.workerPoolSpecs[1].nfsMounts = TOKEN;
    expect(vertexFindings(NFS_MOUNTS, job)).toEqual([]);
    delete job.jobSpec.network;
    job.jobSpec.pscInterfaceConfig = { networkAttachment: 'na' };
    expect(vertexFindings(NFS_MOUNTS, job)).toEqual([]);
    expect(vertexFindings(NFS_MOUNTS, containerCustomJob())).toEqual([]);
  });

  test('rejects a missing field and a relative path; warns on a host name, a nested or repeated mount point, and no network', () => {
    const job = containerCustomJob();
    job.jobSpec.workerPoolSpecs[1].nfsMounts = [
      { server: '', path: 'vol1', mountPoint: 'data' },
      { server: 'filer.corp', path: '/vol2', mountPoint: 'data' },
      { server: '10.0.0.2', path: '/vol3', mountPoint: 'a/b' },
      { server: '10.0.0.2', path: '/vol3' },
    ];
    delete job.jobSpec.network;
    const findings = vertexFindings(NFS_MOUNTS, job);
    expect(findings.map((f) => [f.path, f.severity]).sort()).toEqual([
      ['jobSpec.workerPoolSpecs[1].nfsMounts[0].server', 'error'],
      ['jobSpec.workerPoolSpecs[1].nfsMounts[0].path', 'error'],
      ['jobSpec.workerPoolSpecs[1].nfsMounts[1].server', 'warning'],
      ['jobSpec.workerPoolSpecs[1].nfsMounts[1].mountPoint', 'warning'],
      ['jobSpec.workerPoolSpecs[1].nfsMounts[2].mountPoint', 'warning'],
      ['jobSpec.workerPoolSpecs[1].nfsMounts[3].mountPoint', 'error'],
      ['jobSpec.network', 'warning'],
    ].sort());
    const relative = findings.find((f) => f.path === 'jobSpec.workerPoolSpecs[1].nfsMounts[0].path')!;
    expect(relative.message).toBe('jobSpec.workerPoolSpecs[1].nfsMounts[0].path is "vol1"; the exported path has to start with "/".');
    expect(relative.fix).toBe('Write "/vol1".');
  });
});

describe('MLJ-VERTEX-026 persistent resource id', () => {
  test('accepts an id, a token and no id', () => {
    for (const id of ['my-pr', 'a', 'pr-2024-h100', TOKEN]) {
      const job = containerCustomJob();
      job.jobSpec.persistentResourceId = id;
      expect(vertexFindings(PERSISTENT_RESOURCE_ID, job)).toEqual([]);
    }
    expect(vertexFindings(PERSISTENT_RESOURCE_ID, containerCustomJob())).toEqual([]);
  });

  test('rejects a resource name (with the id as the fix), upper case, a trailing hyphen and a 64-character id', () => {
    const job = containerCustomJob();
    job.jobSpec.persistentResourceId = 'projects/p/locations/us-central1/persistentResources/my-pr';
    expect(vertexFindings(PERSISTENT_RESOURCE_ID, job)).toEqual([expect.objectContaining({ path: 'jobSpec.persistentResourceId', severity: 'error', fix: 'Use the id alone: "my-pr".' })]);
    for (const id of ['My-PR', 'pr-', `a${'b'.repeat(63)}`, '1pr']) {
      job.jobSpec.persistentResourceId = id;
      expect(vertexFindings(PERSISTENT_RESOURCE_ID, job).map((f) => f.severity)).toEqual(['error']);
    }
  });
});

describe('MLJ-VERTEX-027 PSC interface', () => {
  test('accepts an attachment with DNS peering configs, and unknown values', () => {
    const job = containerCustomJob();
    job.jobSpec.pscInterfaceConfig = {
      networkAttachment: 'my-attachment',
      dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host', targetNetwork: 'vpc' }, { domain: TOKEN, targetProject: TOKEN, targetNetwork: TOKEN }],
    };
    expect(vertexFindings(PSC_INTERFACE, job)).toEqual([]);
    job.jobSpec.pscInterfaceConfig = TOKEN;
    expect(vertexFindings(PSC_INTERFACE, job)).toEqual([]);
    job.jobSpec.pscInterfaceConfig = { networkAttachment: TOKEN, dnsPeeringConfigs: TOKEN };
    expect(vertexFindings(PSC_INTERFACE, job)).toEqual([]);
  });

  test('rejects a domain without its final dot and a missing field; warns without a network attachment', () => {
    const job = containerCustomJob();
    job.jobSpec.pscInterfaceConfig = { dnsPeeringConfigs: [{ domain: 'corp.example', targetProject: 'host' }] };
    const findings = vertexFindings(PSC_INTERFACE, job);
    expect(findings.map((f) => [f.path, f.severity]).sort()).toEqual([
      ['jobSpec.pscInterfaceConfig.networkAttachment', 'warning'],
      ['jobSpec.pscInterfaceConfig.dnsPeeringConfigs[0].targetNetwork', 'error'],
      ['jobSpec.pscInterfaceConfig.dnsPeeringConfigs[0].domain', 'error'],
    ].sort());
    expect(findings.find((f) => f.path.endsWith('.domain'))!.fix).toBe('Write "corp.example.".');
  });
});

describe('MLJ-VERTEX-028 disableRetries overrides restartJobOnWorkerRestart', () => {
  test('accepts either one alone, and unknown values', () => {
    for (const scheduling of [{ disableRetries: true }, { restartJobOnWorkerRestart: true }, { disableRetries: false, restartJobOnWorkerRestart: true }, { disableRetries: TOKEN, restartJobOnWorkerRestart: true }]) {
      const job = containerCustomJob();
      job.jobSpec.scheduling = scheduling;
      expect(vertexFindings(DISABLE_RETRIES, job)).toEqual([]);
    }
  });

  test('warns when both are true', () => {
    const job = containerCustomJob();
    job.jobSpec.scheduling = { disableRetries: true, restartJobOnWorkerRestart: true };
    expect(vertexFindings(DISABLE_RETRIES, job)).toEqual([expect.objectContaining({ path: 'jobSpec.scheduling.restartJobOnWorkerRestart', severity: 'warning' })]);
  });
});
