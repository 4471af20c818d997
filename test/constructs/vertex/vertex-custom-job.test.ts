import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { Fn, Testing, TerraformStack, TerraformVariable, Token } from 'cdktf';
import {
  Accelerator, MachineType, MlEngineTrainingJob, TrainingCode,
  BootDiskType, ComputeMachineType, Duration, EncryptionKey, PrebuiltTrainingImage, SchedulingStrategy, VertexAccelerator, VertexCustomJob,
  VertexCustomJobProps, VertexTrainingCode,
} from '../../../src';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'test');
  new GoogleProvider(s, 'google', { project: 'my-project' });
  return s;
}

const IMAGE = 'us-central1-docker.pkg.dev/my-project/trainers/census:1.0';
const container = VertexTrainingCode.container({ imageUri: IMAGE, args: ['--epochs=10'], env: { TF_CPP_MIN_LOG_LEVEL: '2', MODEL_NAME: 'census' } });

const minimal: VertexCustomJobProps = {
  location: 'us-central1',
  code: container,
  primary: { machineType: ComputeMachineType.N1_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaT4(1) },
};

/** The synthesized google_vertex_ai_custom_job of a one-job stack, with validations run. */
function synthJob(props: VertexCustomJobProps, id = 'train'): Record<string, any> {
  const s = stack();
  new VertexCustomJob(s, id, props);
  const json = JSON.parse(Testing.synth(s, true));
  const jobs = Object.values(json.resource.google_vertex_ai_custom_job) as Record<string, any>[];
  expect(jobs).toHaveLength(1);
  return jobs[0];
}

/** The lines of cdktf's validation error when `s` is synthesized. */
function synthErrors(props: VertexCustomJobProps): string[] {
  const s = stack();
  new VertexCustomJob(s, 'train', props);
  try {
    Testing.synth(s, true);
  } catch (error) {
    return (error as Error).message.split('\n').map((l) => l.trim()).filter((l) => l.includes('MLJ-'));
  }
  throw new Error('synth passed');
}

describe('VertexCustomJob', () => {
  test('a single-pool container job synthesizes the REST-shaped spec under google_vertex_ai_custom_job', () => {
    // GIVEN / WHEN
    const job = synthJob({ ...minimal, scheduling: { timeout: Duration.hours(2), restartJobOnWorkerRestart: true }, labels: { team: 'ml' } });
    // THEN
    expect(job.display_name).toBe('train');
    expect(job.location).toBe('us-central1');
    expect(job.labels).toEqual({ team: 'ml' });
    expect(job.job_spec.worker_pool_specs).toEqual([{
      machine_spec: { machine_type: 'n1-standard-8', accelerator_type: 'NVIDIA_TESLA_T4', accelerator_count: 1 },
      replica_count: 1,
      container_spec: { image_uri: IMAGE, args: ['--epochs=10'], env: [{ name: 'TF_CPP_MIN_LOG_LEVEL', value: '2' }, { name: 'MODEL_NAME', value: 'census' }] },
    }]);
    expect(job.job_spec.scheduling).toEqual({ timeout: '7200s', restart_job_on_worker_restart: true });
  });

  test('pools by role in Vertex order, with an empty placeholder for a skipped pool before a used one', () => {
    const job = synthJob({
      ...minimal,
      workers: { machineType: ComputeMachineType.N1_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaT4(2), replicaCount: 3 },
      evaluators: { machineType: ComputeMachineType.E2_STANDARD_4, bootDisk: { sizeGb: 200, type: BootDiskType.PD_STANDARD } },
    });
    const pools = job.job_spec.worker_pool_specs;
    expect(pools).toHaveLength(4);
    expect(pools[1].replica_count).toBe(3);
    expect(pools[2]).toEqual({});
    expect(pools[3]).toMatchObject({ machine_spec: { machine_type: 'e2-standard-4' }, replica_count: 1, disk_spec: { boot_disk_type: 'pd-standard', boot_disk_size_gb: 200 } });
  });

  test('a reduction server takes pool 2 with Google\'s image; no trailing empty pools', () => {
    const job = synthJob({ ...minimal, reductionServer: { machineType: ComputeMachineType.N1_HIGHCPU_16, replicaCount: 4 } });
    const pools = job.job_spec.worker_pool_specs;
    expect(pools).toHaveLength(3);
    expect(pools[1]).toEqual({});
    expect(pools[2]).toEqual({ machine_spec: { machine_type: 'n1-highcpu-16' }, replica_count: 4, container_spec: { image_uri: 'us-docker.pkg.dev/vertex-ai-restricted/training/reductionserver:latest' } });
  });

  test('a Python package on a prebuilt image, output directory, service account, network, CMEK, web access', () => {
    const job = synthJob({
      location: 'us-central1',
      displayName: 'mnist nightly',
      code: VertexTrainingCode.pythonPackage({
        executorImage: PrebuiltTrainingImage.tensorflowGpu('2.17'),
        packageUris: ['gs://my-bucket/trainer-0.1.tar.gz'],
        pythonModule: 'trainer.task',
        args: ['--lr=0.01'],
      }),
      primary: { machineType: ComputeMachineType.G2_STANDARD_8, accelerator: VertexAccelerator.nvidiaL4(1) },
      baseOutputDirectory: 'gs://my-bucket/mnist/',
      serviceAccount: 'trainer@my-project.iam.gserviceaccount.com',
      network: 'projects/123456789012/global/networks/ml-vpc',
      encryptionKey: EncryptionKey.fromKeyName('projects/my-project/locations/us-central1/keyRings/ml/cryptoKeys/training'),
      enableWebAccess: false,
    });
    expect(job.display_name).toBe('mnist nightly');
    expect(job.job_spec.worker_pool_specs[0].python_package_spec).toEqual({
      executor_image_uri: 'us-docker.pkg.dev/vertex-ai/training/tf-gpu.2-17.py310:latest',
      package_uris: ['gs://my-bucket/trainer-0.1.tar.gz'],
      python_module: 'trainer.task',
      args: ['--lr=0.01'],
    });
    expect(job.job_spec).toMatchObject({
      base_output_directory: { output_uri_prefix: 'gs://my-bucket/mnist/' },
      service_account: 'trainer@my-project.iam.gserviceaccount.com',
      network: 'projects/123456789012/global/networks/ml-vpc',
      enable_web_access: false,
    });
    expect(job.encryption_spec).toEqual({ kms_key_name: 'projects/my-project/locations/us-central1/keyRings/ml/cryptoKeys/training' });
  });

  test('scheduling strategy and max wait, reserved IP ranges, Tensorboard, Experiment and Experiment Run reach the L1 resource', () => {
    // GIVEN a FLEX_START job on a peered network that logs to a Tensorboard and an Experiment Run
    const tensorboard = 'projects/123456789012/locations/us-central1/tensorboards/4455';
    const experiment = 'projects/123456789012/locations/us-central1/metadataStores/default/contexts/census';
    // WHEN
    const job = synthJob({
      ...minimal,
      scheduling: { timeout: Duration.hours(2), strategy: SchedulingStrategy.FLEX_START, maxWaitDuration: Duration.minutes(30) },
      serviceAccount: 'trainer@my-project.iam.gserviceaccount.com',
      network: 'projects/123456789012/global/networks/ml-vpc',
      reservedIpRanges: ['vertex-ai-ip-range'],
      tensorboard,
      experiment,
      experimentRun: `${experiment}-run-1`,
    });
    // THEN
    expect(job.job_spec.scheduling).toEqual({ timeout: '7200s', strategy: 'FLEX_START', max_wait_duration: '1800s' });
    expect(job.job_spec).toMatchObject({ reserved_ip_ranges: ['vertex-ai-ip-range'], tensorboard, experiment, experiment_run: `${experiment}-run-1` });
  });

  test('the new fields\' rules: a bare Tensorboard id fails synth; SPOT with a max wait and a range without a network warn', () => {
    expect(synthErrors({ ...minimal, tensorboard: '4455' })).toEqual([expect.stringMatching(/MLJ-VERTEX-022 jobSpec\.tensorboard is "4455"; it must be projects\/PROJECT\/locations\/LOCATION\/tensorboards\/TENSORBOARD_ID\./)]);
    const s = stack();
    const job = new VertexCustomJob(s, 'train', { ...minimal, scheduling: { strategy: SchedulingStrategy.SPOT, maxWaitDuration: Duration.hours(1) }, reservedIpRanges: ['vertex-ai-ip-range'] });
    Testing.synth(s, true);
    const warnings = job.node.metadata.map((m) => String(m.data)).join('\n');
    expect(warnings).toMatch(/MLJ-VERTEX-021 jobSpec\.scheduling\.maxWaitDuration is set but the strategy is SPOT/);
    expect(warnings).toMatch(/MLJ-VERTEX-023 jobSpec\.reservedIpRanges is set without jobSpec\.network/);
  });

  test('disableRetries, enableDashboardAccess, persistentResourceId, pscInterfaceConfig and each pool\'s nfsMounts reach the L1 resource', () => {
    // GIVEN a job on a PersistentResource, attached through PSC-I, with NFS shares on the primary and the workers
    const data = { server: '10.76.0.10', path: '/vol1', mountPoint: 'data' };
    // WHEN
    const job = synthJob({
      ...minimal,
      primary: { ...minimal.primary, nfsMounts: [data, { server: '10.76.0.11', path: '/ckpt', mountPoint: 'ckpt' }] },
      workers: { machineType: ComputeMachineType.N1_STANDARD_8, replicaCount: 2, nfsMounts: [data] },
      scheduling: { disableRetries: true },
      enableDashboardAccess: true,
      persistentResourceId: 'h100-pool',
      pscInterfaceConfig: {
        networkAttachment: 'ml-attachment',
        dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }],
      },
    });
    // THEN the Terraform JSON has the snake_case fields of the schema
    expect(job.job_spec.worker_pool_specs.map((pool: Record<string, any>) => pool.nfs_mounts)).toEqual([
      [{ server: '10.76.0.10', path: '/vol1', mount_point: 'data' }, { server: '10.76.0.11', path: '/ckpt', mount_point: 'ckpt' }],
      [{ server: '10.76.0.10', path: '/vol1', mount_point: 'data' }],
    ]);
    expect(job.job_spec.scheduling).toEqual({ disable_retries: true });
    expect(job.job_spec).toMatchObject({
      enable_dashboard_access: true,
      persistent_resource_id: 'h100-pool',
      psc_interface_config: { network_attachment: 'ml-attachment', dns_peering_configs: [{ domain: 'corp.example.', target_project: 'host-project', target_network: 'shared-vpc' }] },
    });
  });

  test('the five fields\' rules at synth: errors name the construct, field and fix; platform doubts warn', () => {
    const errors = synthErrors({
      ...minimal,
      network: 'projects/123456789012/global/networks/ml-vpc',
      primary: { ...minimal.primary, nfsMounts: [{ server: '10.76.0.10', path: 'vol1', mountPoint: 'data' }] },
      persistentResourceId: 'projects/p/locations/us-central1/persistentResources/h100-pool',
      pscInterfaceConfig: { networkAttachment: 'a', dnsPeeringConfigs: [{ domain: 'corp.example', targetProject: 'p', targetNetwork: 'n' }] },
    });
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\[test\/train\] .*MLJ-VERTEX-025 jobSpec\.workerPoolSpecs\[0\]\.nfsMounts\[0\]\.path is "vol1"; the exported path has to start with "\/"\.$/),
      expect.stringMatching(/MLJ-VERTEX-026 jobSpec\.persistentResourceId is "projects\/p\/.*", a resource name; it takes the PersistentResource id alone, "h100-pool"\.$/),
      expect.stringMatching(/MLJ-VERTEX-027 jobSpec\.pscInterfaceConfig\.dnsPeeringConfigs\[0\]\.domain is "corp\.example"; the DNS name suffix must end with a dot/),
    ]));
    expect(errors).toHaveLength(3);
    const s = stack();
    const job = new VertexCustomJob(s, 'train', {
      ...minimal,
      primary: { ...minimal.primary, nfsMounts: [{ server: 'filer.corp', path: '/vol1', mountPoint: 'data' }] },
      scheduling: { disableRetries: true, restartJobOnWorkerRestart: true },
    });
    Testing.synth(s, true);
    const warnings = job.node.metadata.map((m) => String(m.data)).join('\n');
    expect(warnings).toMatch(/MLJ-VERTEX-025 jobSpec\.workerPoolSpecs\[0\]\.nfsMounts\[0\]\.server is "filer\.corp"/);
    expect(warnings).toMatch(/MLJ-VERTEX-025 jobSpec\.workerPoolSpecs\[\]\.nfsMounts is set without jobSpec\.network or jobSpec\.pscInterfaceConfig/);
    expect(warnings).toMatch(/MLJ-VERTEX-028 jobSpec\.scheduling\.restartJobOnWorkerRestart is true with disableRetries true/);
  });

  test('the five fields take tokens as unknown values, and a non-list from JavaScript fails construction with the prop', () => {
    const s = stack();
    const server = new TerraformVariable(s, 'nfs_server', { type: 'string' });
    const pr = new TerraformVariable(s, 'pr', { type: 'string' });
    const attachment = new TerraformVariable(s, 'attachment', { type: 'string' });
    new VertexCustomJob(s, 'train', {
      ...minimal,
      primary: { ...minimal.primary, nfsMounts: [{ server: server.stringValue, path: '/vol1', mountPoint: 'data' }] },
      persistentResourceId: pr.stringValue,
      pscInterfaceConfig: { networkAttachment: attachment.stringValue },
    });
    const json = JSON.parse(Testing.synth(s, true));
    const job = Object.values(json.resource.google_vertex_ai_custom_job)[0] as Record<string, any>;
    expect(job.job_spec.persistent_resource_id).toBe('${var.pr}');
    expect(job.job_spec.worker_pool_specs[0].nfs_mounts).toEqual([{ server: '${var.nfs_server}', path: '/vol1', mount_point: 'data' }]);
    expect(() => new VertexCustomJob(s, 'bad', { ...minimal, primary: { ...minimal.primary, nfsMounts: { server: '10.0.0.1' } as never } }))
      .toThrow('test/bad: primary.nfsMounts must be a list of { server, path, mountPoint } objects');
    expect(() => new VertexCustomJob(s, 'bad2', { ...minimal, pscInterfaceConfig: { dnsPeeringConfigs: 'x' as never } }))
      .toThrow('test/bad2: pscInterfaceConfig.dnsPeeringConfigs must be a list of { domain, targetProject, targetNetwork } objects');
  });

  test('a TPU job: cloud-tpu with TPU_V3 × 8', () => {
    const job = synthJob({ ...minimal, primary: { machineType: ComputeMachineType.CLOUD_TPU, accelerator: VertexAccelerator.tpuV3() } });
    expect(job.job_spec.worker_pool_specs[0].machine_spec).toEqual({ machine_type: 'cloud-tpu', accelerator_type: 'TPU_V3', accelerator_count: 8 });
  });

  test('toCustomJob returns the REST shape the rules check', () => {
    const s = stack();
    const job = new VertexCustomJob(s, 'train', minimal);
    expect(job.toCustomJob().jobSpec.workerPoolSpecs[0]).toMatchObject({ machineSpec: { machineType: 'n1-standard-8' }, replicaCount: 1 });
    expect(job.jobName).toMatch(/\$\{TfToken/);
  });

  test('Vertex rule errors fail synth with the rule id, the field and what is allowed', () => {
    const errors = synthErrors({ ...minimal, primary: { machineType: ComputeMachineType.E2_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaT4(1) } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/MLJ-VERTEX-006 jobSpec\.workerPoolSpecs\[0\]\.machineSpec\.acceleratorType is NVIDIA_TESLA_T4, but e2-standard-8 \(E2\) takes no accelerators\./);
    expect(synthErrors({ ...minimal, primary: { machineType: ComputeMachineType.N1_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaV100(3) } })[0]).toMatch(/allows 1, 2, 4 or 8/);
  });

  test('warnings become annotations, not errors', () => {
    const s = stack();
    const job = new VertexCustomJob(s, 'train', { ...minimal, primary: { machineType: ComputeMachineType.of('c3-standard-8') } });
    Testing.synth(s, true);
    const warnings = job.node.metadata.filter((m) => m.type === 'aws:cdk:warning' || m.type === 'warning' || String(m.type).includes('warn'));
    expect(warnings.map((w) => w.data).join('\n')).toMatch(/MLJ-VERTEX-004/);
  });

  test('unresolved tokens are unknown, never violations', () => {
    const s = stack();
    const machine = new TerraformVariable(s, 'machine', { type: 'string' });
    const count = new TerraformVariable(s, 'count', { type: 'number' });
    new VertexCustomJob(s, 'train', { ...minimal, primary: { machineType: ComputeMachineType.of(machine.stringValue), accelerator: VertexAccelerator.nvidiaTeslaT4(count.numberValue) } });
    expect(() => Testing.synth(s, true)).not.toThrow();
  });

  test('an environment given as a map token is refused at construction with the fix, in one line', () => {
    // (Its key &{TfToken[…]} was "not a C identifier"; a known key then failed synth with cdktf's page on map tokens.)
    const s = stack();
    const env = new TerraformVariable(s, 'env', { type: 'map(string)' });
    expect(() => new VertexCustomJob(s, 'train', { ...minimal, code: VertexTrainingCode.container({ imageUri: IMAGE, env: Token.asStringMap(env.value) }) }))
      .toThrow('test/train: code.containerOptions.env is a map token, whose names are known only at apply; name each variable in code, e.g. env: { MODEL_DIR: Fn.lookup(map, "MODEL_DIR") }');
    new VertexCustomJob(s, 'known', { ...minimal, code: VertexTrainingCode.container({ imageUri: IMAGE, env: { MODEL_DIR: Fn.lookup(env.value, 'MODEL_DIR') } }) });
    expect(() => Testing.synth(s, true)).not.toThrow();
  });

  test('construction errors name the construct, the prop and the fix', () => {
    const s = stack();
    expect(() => new VertexCustomJob(s, 'a', { ...minimal, workers: { machineType: ComputeMachineType.N1_STANDARD_8, replicaCount: 0 } }))
      .toThrow('test/a: workers.replicaCount must be a whole number of at least 1; leave the pool out to skip it');
    expect(() => new VertexCustomJob(s, 'b', { ...minimal, parameterServers: { machineType: ComputeMachineType.N1_HIGHMEM_8 }, reductionServer: { machineType: ComputeMachineType.N1_HIGHCPU_16 } }))
      .toThrow('test/b: reductionServer and parameterServers both use pool 2; set one of them');
    expect(() => new VertexCustomJob(s, 'c', { ...minimal, code: VertexTrainingCode.container({ imageUri: IMAGE, env: { 'MODEL-DIR': 'x' } }) }))
      .toThrow('test/c: code.containerOptions.env.MODEL-DIR is not a C identifier; use letters, digits and underscores, e.g. "MODEL_DIR"');
  });

  test('synth output is deterministic', () => {
    const a = stack();
    new VertexCustomJob(a, 'train', minimal);
    const b = stack();
    new VertexCustomJob(b, 'train', minimal);
    expect(Testing.synth(a, true)).toBe(Testing.synth(b, true));
  });
});

describe('VertexCustomJob.fromMlEngineTrainingJob', () => {
  test('the migrated job synthesizes beside the ML Engine job, passes the Vertex rules and keeps the dropped fields as warnings', () => {
    // GIVEN
    const s = stack();
    const mlEngine = new MlEngineTrainingJob(s, 'census', {
      region: 'us-central1',
      code: TrainingCode.pythonPackage({ packageUris: ['gs://my-bucket/trainer-0.1.tar.gz'], pythonModule: 'trainer.task', runtimeVersion: '2.8', pythonVersion: '3.7' }),
      master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(2) },
      workers: { machineType: MachineType.N1_HIGHCPU_16, count: 2 },
      jobDir: 'gs://my-bucket/census',
      scheduling: { maxRunningTime: Duration.hours(2), maxWaitTime: Duration.hours(1) },
      labels: { team: 'ml' },
    });
    // WHEN
    const vertex = VertexCustomJob.fromMlEngineTrainingJob(s, 'census-vertex', mlEngine);
    const json = JSON.parse(Testing.synth(s, true));
    // THEN
    const job = Object.values(json.resource.google_vertex_ai_custom_job)[0] as Record<string, any>;
    expect(job.location).toBe('us-central1');
    expect(job.labels).toEqual({ team: 'ml' });
    expect(job.job_spec.worker_pool_specs.map((p: any) => [p.machine_spec.machine_type, p.replica_count])).toEqual([['n1-standard-8', 1], ['n1-highcpu-16', 2]]);
    expect(job.job_spec.worker_pool_specs[0].python_package_spec.executor_image_uri).toBe('us-docker.pkg.dev/vertex-ai/training/tf-gpu.2-8:latest');
    expect(job.job_spec.scheduling).toEqual({ timeout: '7200s' });
    expect(job.job_spec.base_output_directory).toEqual({ output_uri_prefix: 'gs://my-bucket/census' });
    expect(vertex.migrationNotes.filter((n) => n.outcome === 'dropped').map((n) => n.field)).toEqual(['trainingInput.scheduling.maxWaitTime']);
    expect(vertex.node.metadata.map((m) => String(m.data)).join('\n')).toMatch(/migration: trainingInput\.scheduling\.maxWaitTime/);
  });
});
