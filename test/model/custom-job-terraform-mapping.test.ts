import * as fs from 'fs';
import * as path from 'path';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { Testing, TerraformStack } from 'cdktf';
import { VertexAiCustomJob } from '../../src';
import {
  customJobFromTerraform,
  customJobToTerraform,
  CUSTOM_JOB_SINGLE_OBJECT_ATTRIBUTES,
  parseCustomJobName,
} from '../../src/model/custom-job-terraform-mapping';
import { CtyType, customJobSchema, isSingleBlock, SchemaBlock } from '../../src/model/provider-schema';
import { apiName } from '../../src/model/terraform-mapping';

/** A Terraform value for every field of a block, each distinct, built from the schema itself. */
function sampleBlock(block: SchemaBlock, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) out[name] = sampleValue(name, attribute.type, `${prefix}${name}`);
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const item = sampleBlock(blockType.block, `${prefix}${name}.`);
    out[name] = isSingleBlock(blockType) ? [item] : [item, sampleBlock(blockType.block, `${prefix}${name}.1.`)];
  }
  return out;
}

function sampleValue(name: string, type: CtyType, where: string): unknown {
  if (type === 'string') return `${where}-value`;
  if (type === 'number') return where.length + 0.5;
  if (type === 'bool') return true;
  const [kind, inner] = type as [string, CtyType];
  if (kind === 'list' && Array.isArray(inner) && inner[0] === 'object') {
    const item = sampleValue('', inner, where);
    return CUSTOM_JOB_SINGLE_OBJECT_ATTRIBUTES.has(name) ? [item] : [item, sampleValue('', inner, `${where}.1`)];
  }
  if (kind === 'list' || kind === 'set') return [sampleValue('', inner, `${where}.0`), sampleValue('', inner, `${where}.1`)];
  if (kind === 'map') return { alpha: sampleValue('', inner, `${where}.alpha`), beta: sampleValue('', inner, `${where}.beta`) };
  const attributes = inner as unknown as Record<string, CtyType>;
  return Object.fromEntries(Object.entries(attributes).map(([key, t]) => [key, sampleValue(key, t, `${where}.${key}`)]));
}

/**
 * A `customJobs.get` response with every field the seeds document (custom_job.proto, the REST CustomJob page), int64
 * `replicaCount` as a string the way REST sends it, and an empty placeholder pool.
 */
const REST_DESCRIBE = {
  name: 'projects/my-project/locations/us-central1/customJobs/1234567890',
  displayName: 'train-resnet',
  jobSpec: {
    workerPoolSpecs: [
      {
        machineSpec: { machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_T4', acceleratorCount: 2 },
        replicaCount: '1',
        diskSpec: { bootDiskType: 'pd-ssd', bootDiskSizeGb: 100 },
        containerSpec: { imageUri: 'us-docker.pkg.dev/my-project/train/resnet:1', args: ['--epochs=10'], env: [{ name: 'MODE', value: 'full' }] },
      },
      {},
      {
        machineSpec: { machineType: 'n1-standard-4' },
        replicaCount: '3',
        pythonPackageSpec: {
          executorImageUri: 'us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-17.py310:latest',
          packageUris: ['gs://bucket/trainer-0.1.tar.gz'],
          pythonModule: 'trainer.task',
        },
      },
    ],
    scheduling: { timeout: '7200s', restartJobOnWorkerRestart: false },
    serviceAccount: 'trainer@my-project.iam.gserviceaccount.com',
    baseOutputDirectory: { outputUriPrefix: 'gs://bucket/out/' },
    enableWebAccess: true,
  },
  state: 'JOB_STATE_FAILED',
  createTime: '2026-11-30T10:00:00.123456Z',
  startTime: '2026-11-30T10:03:00Z',
  endTime: '2026-11-30T10:20:00Z',
  updateTime: '2026-11-30T10:20:01Z',
  error: { code: 3, message: 'The replica workerpool0-0 exited with a non-zero status of 1.' },
  labels: { team: 'vision' },
  encryptionSpec: { kmsKeyName: 'projects/my-project/locations/us-central1/keyRings/kr/cryptoKeys/k' },
  webAccessUris: { 'workerpool0-0': 'https://abc-dot-us-central1.aiplatform-training.googleusercontent.com' },
};

describe('Vertex AI CustomJob Terraform ↔ API mapping', () => {
  test('round-trips every field of the schema, Terraform → API → Terraform', () => {
    // GIVEN a resource with every schema field set
    const { id, project, location, ...apiFields } = sampleBlock(customJobSchema(), '');

    // WHEN it is mapped to the API and back
    const read = customJobFromTerraform({ id, project, location, ...apiFields });
    const written = customJobToTerraform(read.customJob);

    // THEN nothing is lost or unknown, and the URL fields are kept apart
    expect(read.unknownFields).toEqual([]);
    expect(written.unknownFields).toEqual([]);
    expect(written.attributes).toEqual(apiFields);
    expect(read.project).toBe(project);
    expect(read.location).toBe(location);
    expect(read.customJob).not.toHaveProperty('project');
    expect(read.customJob).not.toHaveProperty('location');
  });

  test('uses the API names of the REST CustomJob, with error as one object', () => {
    const { customJob } = customJobFromTerraform(sampleBlock(customJobSchema(), ''));
    const job = customJob as unknown as Record<string, any>;
    expect(Object.keys(job).sort()).toEqual([
      'createTime', 'displayName', 'encryptionSpec', 'endTime', 'error', 'jobSpec', 'labels', 'name', 'startTime', 'state', 'updateTime', 'webAccessUris',
    ]);
    expect(Object.keys(job.jobSpec).sort()).toEqual([
      'baseOutputDirectory', 'enableDashboardAccess', 'enableWebAccess', 'experiment', 'experimentRun', 'network', 'persistentResourceId', 'pscInterfaceConfig',
      'reservedIpRanges', 'scheduling', 'serviceAccount', 'tensorboard', 'workerPoolSpecs',
    ]);
    const pool = job.jobSpec.workerPoolSpecs[0];
    expect(Object.keys(pool).sort()).toEqual(['containerSpec', 'diskSpec', 'machineSpec', 'nfsMounts', 'pythonPackageSpec', 'replicaCount']);
    expect(Object.keys(pool.nfsMounts[0]).sort()).toEqual(['mountPoint', 'path', 'server']);
    expect(Object.keys(job.jobSpec.pscInterfaceConfig).sort()).toEqual(['dnsPeeringConfigs', 'networkAttachment']);
    expect(Object.keys(job.jobSpec.pscInterfaceConfig.dnsPeeringConfigs[0]).sort()).toEqual(['domain', 'targetNetwork', 'targetProject']);
    expect(Object.keys(pool.machineSpec).sort()).toEqual(['acceleratorCount', 'acceleratorType', 'machineType', 'tpuTopology']);
    expect(Object.keys(pool.diskSpec).sort()).toEqual(['bootDiskSizeGb', 'bootDiskType']);
    expect(Object.keys(pool.pythonPackageSpec).sort()).toEqual(['args', 'env', 'executorImageUri', 'packageUris', 'pythonModule']);
    expect(Object.keys(job.jobSpec.scheduling).sort()).toEqual(['disableRetries', 'maxWaitDuration', 'restartJobOnWorkerRestart', 'strategy', 'timeout']);
    expect(job.jobSpec.baseOutputDirectory).toEqual({ outputUriPrefix: expect.any(String) });
    expect(job.error).toEqual({ code: expect.any(Number), message: expect.any(String) });
  });

  test('maps a REST describe response (int64 as strings, an empty pool) to Terraform, and back to the same job', () => {
    // WHEN
    const { attributes, project, location, unknownFields } = customJobToTerraform(REST_DESCRIBE);

    // THEN
    expect(unknownFields).toEqual([]);
    expect({ project, location }).toEqual({ project: 'my-project', location: 'us-central1' });
    const jobSpec = (attributes.job_spec as any[])[0];
    expect(jobSpec.worker_pool_specs).toHaveLength(3);
    expect(jobSpec.worker_pool_specs[0]).toEqual({
      machine_spec: [{ machine_type: 'n1-standard-8', accelerator_type: 'NVIDIA_TESLA_T4', accelerator_count: 2 }],
      replica_count: 1,
      disk_spec: [{ boot_disk_type: 'pd-ssd', boot_disk_size_gb: 100 }],
      container_spec: [{ image_uri: 'us-docker.pkg.dev/my-project/train/resnet:1', args: ['--epochs=10'], env: [{ name: 'MODE', value: 'full' }] }],
    });
    expect(jobSpec.worker_pool_specs[1]).toEqual({});
    expect(jobSpec.worker_pool_specs[2].replica_count).toBe(3);
    expect(jobSpec.scheduling).toEqual([{ timeout: '7200s', restart_job_on_worker_restart: false }]);
    expect(jobSpec.base_output_directory).toEqual([{ output_uri_prefix: 'gs://bucket/out/' }]);
    expect(attributes.error).toEqual([{ code: 3, message: 'The replica workerpool0-0 exited with a non-zero status of 1.' }]);
    expect(attributes.web_access_uris).toEqual(REST_DESCRIBE.webAccessUris);
    expect(attributes.name).toBe(REST_DESCRIBE.name);

    // AND back: the same job, with replicaCount as a number
    const { customJob } = customJobFromTerraform(attributes);
    const expected = JSON.parse(JSON.stringify(REST_DESCRIBE), (key, value) => (key === 'replicaCount' ? Number(value) : value));
    expect(customJob).toEqual(expected);
  });

  test('reads what the generated L1 VertexAiCustomJob really synthesizes', () => {
    // GIVEN a real stack
    const stack = new TerraformStack(Testing.app(), 'test');
    new GoogleProvider(stack, 'google', { project: 'my-project' });
    new VertexAiCustomJob(stack, 'job', {
      displayName: 'train',
      location: 'europe-west4',
      labels: { team: 'ml' },
      jobSpec: {
        workerPoolSpecs: [
          {
            replicaCount: 1,
            machineSpec: { machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_V100', acceleratorCount: 1 },
            containerSpec: { imageUri: 'gcr.io/p/i', command: ['python'], env: [{ name: 'A', value: '1' }] },
          },
          {},
          { replicaCount: 2, machineSpec: { machineType: 'n1-standard-4' }, containerSpec: { imageUri: 'gcr.io/p/i' } },
        ],
        scheduling: { timeout: '3600s' },
      },
    });
    const resource = JSON.parse(Testing.synth(stack, true)).resource.google_vertex_ai_custom_job.job;

    // WHEN
    const { customJob, project, location, unknownFields } = customJobFromTerraform(resource);

    // THEN
    expect(unknownFields).toEqual([]);
    expect(project).toBeUndefined();
    expect(location).toBe('europe-west4');
    expect(customJob).toEqual({
      displayName: 'train',
      labels: { team: 'ml' },
      jobSpec: {
        workerPoolSpecs: [
          {
            replicaCount: 1,
            machineSpec: { machineType: 'n1-standard-8', acceleratorType: 'NVIDIA_TESLA_V100', acceleratorCount: 1 },
            containerSpec: { imageUri: 'gcr.io/p/i', command: ['python'], env: [{ name: 'A', value: '1' }] },
          },
          {},
          { replicaCount: 2, machineSpec: { machineType: 'n1-standard-4' }, containerSpec: { imageUri: 'gcr.io/p/i' } },
        ],
        scheduling: { timeout: '3600s' },
      },
    });
  });

  test('drops nulls and empty blocks of a Terraform state, keeps meta-arguments out of the job', () => {
    const { customJob, unknownFields } = customJobFromTerraform({
      '//': { metadata: { path: 'stack/job' } },
      depends_on: ['google_storage_bucket.b'],
      lifecycle: { prevent_destroy: true },
      id: 'projects/p/locations/us-central1/customJobs/1',
      display_name: 'j',
      labels: null,
      encryption_spec: [],
      error: [],
      job_spec: [{ worker_pool_specs: [{ replica_count: 1, machine_spec: [{ machine_type: 'n1-standard-4' }], disk_spec: [] }], scheduling: [] }],
    });
    expect(unknownFields).toEqual([]);
    expect(customJob).toEqual({ displayName: 'j', jobSpec: { workerPoolSpecs: [{ replicaCount: 1, machineSpec: { machineType: 'n1-standard-4' } }] } });
  });

  test('keeps unresolved references as they are, for the rules to treat as unknown', () => {
    const { customJob } = customJobFromTerraform({
      display_name: '${var.name}',
      job_spec: {
        worker_pool_specs: [{ replica_count: '${var.replicas}', container_spec: { image_uri: '${var.image}', args: '${var.args}' } }],
        base_output_directory: '${var.output}',
      },
    });
    expect(customJob).toEqual({
      displayName: '${var.name}',
      jobSpec: {
        workerPoolSpecs: [{ replicaCount: '${var.replicas}', containerSpec: { imageUri: '${var.image}', args: '${var.args}' } }],
        baseOutputDirectory: '${var.output}',
      },
    });
  });

  test('maps reservedIpRanges, tensorboard, experiment, experimentRun, strategy and maxWaitDuration both ways; reports the fields the schema does not port (models) instead of dropping them silently', () => {
    // GIVEN the CustomJobSpec fields ported from the v1 reference, and one the schema still leaves out
    const job = {
      displayName: 'j',
      jobSpec: {
        workerPoolSpecs: [{ containerSpec: { imageUri: 'i' } }],
        reservedIpRanges: ['r'],
        tensorboard: 't',
        experiment: 'e',
        experimentRun: 'e-1',
        scheduling: { strategy: 'SPOT', maxWaitDuration: '60s' },
        models: [],
      },
      project: 'p',
    };
    const { attributes, unknownFields } = customJobToTerraform(job);
    expect(unknownFields.sort()).toEqual(['jobSpec.models', 'project']);
    expect(attributes.job_spec).toEqual([{
      worker_pool_specs: [{ container_spec: [{ image_uri: 'i' }] }],
      reserved_ip_ranges: ['r'], tensorboard: 't', experiment: 'e', experiment_run: 'e-1',
      scheduling: [{ strategy: 'SPOT', max_wait_duration: '60s' }],
    }]);
    const back = customJobFromTerraform(attributes);
    expect(back.unknownFields).toEqual([]);
    const { models, ...ported } = job.jobSpec;
    expect(back.customJob.jobSpec).toEqual(ported);
    const fromTerraform = customJobFromTerraform({ display_name: 'j', job_spec: { worker_pool_specs: [{ machine_typo: 'x' }] }, bogus: 1 });
    expect(fromTerraform.unknownFields.sort()).toEqual(['bogus', 'job_spec.worker_pool_specs.0.machine_typo']);
  });

  test('maps disableRetries, enableDashboardAccess, persistentResourceId, pscInterfaceConfig and nfsMounts both ways, none left out', () => {
    // GIVEN a REST body with the five fields of the v1 CustomJobSpec reference
    const jobSpec = {
      workerPoolSpecs: [{
        containerSpec: { imageUri: 'i' },
        nfsMounts: [{ server: '10.0.0.2', path: '/vol1', mountPoint: 'data' }, { server: '10.0.0.3', path: '/', mountPoint: 'ckpt' }],
      }],
      scheduling: { restartJobOnWorkerRestart: false, disableRetries: true },
      enableDashboardAccess: true,
      persistentResourceId: 'my-pr',
      pscInterfaceConfig: {
        networkAttachment: 'my-attachment',
        dnsPeeringConfigs: [{ domain: 'corp.example.', targetProject: 'host-project', targetNetwork: 'shared-vpc' }],
      },
    };

    // WHEN
    const { attributes, unknownFields } = customJobToTerraform({ displayName: 'j', jobSpec });

    // THEN
    expect(unknownFields).toEqual([]);
    expect(attributes.job_spec).toEqual([{
      worker_pool_specs: [{
        container_spec: [{ image_uri: 'i' }],
        nfs_mounts: [{ server: '10.0.0.2', path: '/vol1', mount_point: 'data' }, { server: '10.0.0.3', path: '/', mount_point: 'ckpt' }],
      }],
      scheduling: [{ restart_job_on_worker_restart: false, disable_retries: true }],
      enable_dashboard_access: true,
      persistent_resource_id: 'my-pr',
      psc_interface_config: [{
        network_attachment: 'my-attachment',
        dns_peering_configs: [{ domain: 'corp.example.', target_project: 'host-project', target_network: 'shared-vpc' }],
      }],
    }]);
    const back = customJobFromTerraform(attributes);
    expect(back.unknownFields).toEqual([]);
    expect(back.customJob.jobSpec).toEqual(jobSpec);
  });

  test('label keys are data: __proto__ stays a key', () => {
    const labels = JSON.parse('{"__proto__": "x", "team": "ml"}');
    const { customJob } = customJobFromTerraform({ display_name: 'j', labels, job_spec: { worker_pool_specs: [{}] } });
    expect(Object.keys(customJob.labels!)).toEqual(['__proto__', 'team']);
  });

  test('parseCustomJobName reads projects/{project}/locations/{location}/customJobs/{id} and nothing else', () => {
    expect(parseCustomJobName('projects/p-1/locations/us-east4/customJobs/42')).toEqual({ project: 'p-1', location: 'us-east4', id: '42' });
    expect(parseCustomJobName('projects/p/jobs/j')).toBeUndefined();
    expect(parseCustomJobName('projects/p/locations/l/customJobs/42/extra')).toBeUndefined();
    expect(parseCustomJobName(42)).toBeUndefined();
    expect(customJobToTerraform({ displayName: 'j', jobSpec: { workerPoolSpecs: [] } })).not.toHaveProperty('project');
  });
});

describe('Vertex model types', () => {
  // The jsii assembly (built by `npm run build`, which `npm test` runs first) describes the exported structs.
  const assemblyFile = path.join(__dirname, '..', '..', '.jsii');
  const STRUCT_FOR_BLOCK: Array<[string, string[]]> = [
    ['CustomJob', []],
    ['CustomJobSpec', ['job_spec']],
    ['WorkerPoolSpec', ['job_spec', 'worker_pool_specs']],
    ['MachineSpec', ['job_spec', 'worker_pool_specs', 'machine_spec']],
    ['DiskSpec', ['job_spec', 'worker_pool_specs', 'disk_spec']],
    ['ContainerSpec', ['job_spec', 'worker_pool_specs', 'container_spec']],
    ['PythonPackageSpec', ['job_spec', 'worker_pool_specs', 'python_package_spec']],
    ['EnvVar', ['job_spec', 'worker_pool_specs', 'container_spec', 'env']],
    ['CustomJobScheduling', ['job_spec', 'scheduling']],
    ['NfsMount', ['job_spec', 'worker_pool_specs', 'nfs_mounts']],
    ['PscInterfaceConfig', ['job_spec', 'psc_interface_config']],
    ['DnsPeeringConfig', ['job_spec', 'psc_interface_config', 'dns_peering_configs']],
    ['GcsDestination', ['job_spec', 'base_output_directory']],
    ['EncryptionSpec', ['encryption_spec']],
  ];

  test.each(STRUCT_FOR_BLOCK)('%s has exactly the API fields of its schema block', (struct, segments) => {
    const assembly = JSON.parse(fs.readFileSync(assemblyFile, 'utf8'));
    const type = assembly.types[`cdktf-gcp-ml-jobs.${struct}`];
    const properties = (type.properties as Array<{ name: string }>).map((p) => p.name).sort();
    let block = customJobSchema();
    for (const segment of segments) block = block.block_types![segment].block;
    const resourceOnly = segments.length === 0 ? ['id', 'project', 'location'] : [];
    const fields = [...Object.keys(block.attributes ?? {}), ...Object.keys(block.block_types ?? {})]
      .filter((name) => !resourceOnly.includes(name))
      .map(apiName)
      .sort();
    expect(properties).toEqual(fields);
  });
});
