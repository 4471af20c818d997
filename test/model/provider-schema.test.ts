import * as fs from 'fs';
import * as path from 'path';
import { apiName } from '../../src/model/terraform-mapping';
import { customJobSchema, jobSchema, SchemaBlock } from '../../src/model/provider-schema';

/**
 * Field names of the ML Engine v1 `projects.jobs` objects, copied from the seed reference
 * (shared/seeds/000_*: the `jobs.create` body and `jobs.get` response of the python discovery docs).
 */
const SEED_V1_FIELDS: { [object: string]: { path: string[]; fields: string[] } } = {
  Job: {
    path: [],
    fields: ['createTime', 'endTime', 'errorMessage', 'etag', 'jobId', 'jobPosition', 'labels', 'predictionInput', 'predictionOutput', 'startTime', 'state', 'trainingInput', 'trainingOutput'],
  },
  TrainingInput: {
    path: ['training_input'],
    fields: [
      'args', 'enableWebAccess', 'encryptionConfig', 'evaluatorConfig', 'evaluatorCount', 'evaluatorType', 'hyperparameters', 'jobDir',
      'masterConfig', 'masterType', 'network', 'packageUris', 'parameterServerConfig', 'parameterServerCount', 'parameterServerType',
      'pythonModule', 'pythonVersion', 'region', 'runtimeVersion', 'scaleTier', 'scheduling', 'serviceAccount', 'useChiefInTfConfig',
      'workerConfig', 'workerCount', 'workerType',
    ],
  },
  ReplicaConfig: {
    path: ['training_input', 'master_config'],
    fields: ['acceleratorConfig', 'containerArgs', 'containerCommand', 'diskConfig', 'imageUri', 'tpuTfVersion'],
  },
  AcceleratorConfig: { path: ['training_input', 'worker_config', 'accelerator_config'], fields: ['count', 'type'] },
  DiskConfig: { path: ['training_input', 'evaluator_config', 'disk_config'], fields: ['bootDiskSizeGb', 'bootDiskType'] },
  HyperparameterSpec: {
    path: ['training_input', 'hyperparameters'],
    fields: ['algorithm', 'enableTrialEarlyStopping', 'goal', 'hyperparameterMetricTag', 'maxFailedTrials', 'maxParallelTrials', 'maxTrials', 'params', 'resumePreviousJobId'],
  },
  ParameterSpec: {
    path: ['training_input', 'hyperparameters', 'params'],
    fields: ['categoricalValues', 'discreteValues', 'maxValue', 'minValue', 'parameterName', 'scaleType', 'type'],
  },
  Scheduling: { path: ['training_input', 'scheduling'], fields: ['maxRunningTime', 'maxWaitTime', 'priority'] },
  EncryptionConfig: { path: ['training_input', 'encryption_config'], fields: ['kmsKeyName'] },
  PredictionInput: {
    path: ['prediction_input'],
    fields: ['batchSize', 'dataFormat', 'inputPaths', 'maxWorkerCount', 'modelName', 'outputDataFormat', 'outputPath', 'region', 'runtimeVersion', 'signatureName', 'uri', 'versionName'],
  },
};

function blockAt(segments: string[]): SchemaBlock {
  let block = jobSchema();
  for (const segment of segments) {
    const next = block.block_types?.[segment];
    if (!next) throw new Error(`schema has no block ${segments.join('.')}`);
    block = next.block;
  }
  return block;
}

function apiNamesOf(block: SchemaBlock): string[] {
  return [...Object.keys(block.attributes ?? {}), ...Object.keys(block.block_types ?? {})].map(apiName);
}

describe('schema/google_ml_engine_job.json', () => {
  test.each(Object.entries(SEED_V1_FIELDS))('has every field of the v1 %s', (_object, { path: segments, fields }) => {
    const present = apiNamesOf(blockAt(segments));
    const missing = fields.filter((field) => !present.includes(field));
    expect(missing).toEqual([]);
  });

  test('has the seed doc fields, the output-only attributes as computed, and timeouts', () => {
    const root = jobSchema();
    expect(root.attributes?.job_id).toMatchObject({ required: true, type: 'string' });
    expect(root.attributes?.project).toMatchObject({ optional: true, computed: true });
    expect(root.attributes?.labels).toMatchObject({ optional: true, type: ['map', 'string'] });
    for (const output of ['create_time', 'start_time', 'end_time', 'state', 'error_message', 'etag', 'job_position', 'training_output', 'prediction_output']) {
      expect(root.attributes?.[output]).toMatchObject({ computed: true });
      expect(root.attributes?.[output].optional).toBeUndefined();
    }
    expect(Object.keys(root.block_types?.timeouts.block.attributes ?? {}).sort()).toEqual(['create', 'delete', 'read', 'update']);
    expect(root.block_types?.training_input.block.attributes?.region.required).toBe(true);
    for (const replica of ['master_config', 'worker_config', 'parameter_server_config', 'evaluator_config']) {
      expect(apiNamesOf(blockAt(['training_input', replica])).sort()).toEqual(SEED_V1_FIELDS.ReplicaConfig.fields);
    }
    expect(root.block_types?.training_input.block.block_types?.hyperparameters.block.block_types?.params.min_items).toBe(1);
  });

  test('has trials with their metrics in training_output', () => {
    const trainingOutput = jobSchema().attributes?.training_output.type as unknown as ['list', ['object', Record<string, unknown>]];
    const trial = (trainingOutput[1][1].trials as ['list', ['object', Record<string, unknown>]])[1][1];
    expect(Object.keys(trial).map(apiName).sort()).toEqual(
      ['allMetrics', 'builtInAlgorithmOutput', 'endTime', 'finalMetric', 'hyperparameters', 'isTrialStoppedEarly', 'startTime', 'state', 'trialId', 'webAccessUris'],
    );
  });

  test('has no provider block, so it never clashes with GoogleProvider', () => {
    const document = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'google_ml_engine_job.json'), 'utf8'));
    expect(document.format_version).toBe('1.0');
    expect(document.provider_schemas['registry.terraform.io/hashicorp/google'].provider).toBeUndefined();
  });

  test('every field has a description', () => {
    const undocumented: string[] = [];
    const walk = (block: SchemaBlock, prefix: string) => {
      for (const [name, attribute] of Object.entries(block.attributes ?? {})) if (!attribute.description) undocumented.push(prefix + name);
      for (const [name, blockType] of Object.entries(block.block_types ?? {})) walk(blockType.block, `${prefix}${name}.`);
    };
    walk(jobSchema(), '');
    expect(undocumented).toEqual([]);
  });
});

/**
 * Field names of the Vertex AI v1 CustomJob messages, copied from the seeds: shared/seeds/002_* (custom_job.proto)
 * and 003_* (the REST CustomJob page, which adds `webAccessUris` and names `jobSpec.enable_web_access`). MachineSpec
 * and DiskSpec are imported by the proto but not in the seeds: their fields come from the v1 client reference
 * (https://cloud.google.com/dotnet/docs/reference/Google.Cloud.AIPlatform.V1/latest/Google.Cloud.AIPlatform.V1.MachineSpec,
 * …/Google.Cloud.AIPlatform.V1.DiskSpec). The seeds' proto predates `reservedIpRanges`, `tensorboard`, `experiment`,
 * `experimentRun` and Scheduling's `strategy` and `maxWaitDuration` (the REST seed is cut off before its JSON
 * representation): they come from the v1 CustomJobSpec reference
 * (https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec), as VERTEX_SOURCES cites it; so do
 * `persistentResourceId`, `pscInterfaceConfig` (PscInterfaceConfig, DnsPeeringConfig), `enableDashboardAccess`,
 * WorkerPoolSpec's `nfsMounts` (NfsMount) and Scheduling's `disableRetries`.
 */
const SEED_VERTEX_FIELDS: { [object: string]: { path: string[]; fields: string[] } } = {
  CustomJob: {
    path: [],
    fields: ['createTime', 'displayName', 'encryptionSpec', 'endTime', 'error', 'jobSpec', 'labels', 'name', 'startTime', 'state', 'updateTime', 'webAccessUris'],
  },
  CustomJobSpec: {
    path: ['job_spec'],
    fields: [
      'baseOutputDirectory', 'enableDashboardAccess', 'enableWebAccess', 'experiment', 'experimentRun', 'network', 'persistentResourceId', 'pscInterfaceConfig',
      'reservedIpRanges', 'scheduling', 'serviceAccount', 'tensorboard', 'workerPoolSpecs',
    ],
  },
  WorkerPoolSpec: { path: ['job_spec', 'worker_pool_specs'], fields: ['containerSpec', 'diskSpec', 'machineSpec', 'nfsMounts', 'pythonPackageSpec', 'replicaCount'] },
  NfsMount: { path: ['job_spec', 'worker_pool_specs', 'nfs_mounts'], fields: ['mountPoint', 'path', 'server'] },
  PscInterfaceConfig: { path: ['job_spec', 'psc_interface_config'], fields: ['dnsPeeringConfigs', 'networkAttachment'] },
  DnsPeeringConfig: { path: ['job_spec', 'psc_interface_config', 'dns_peering_configs'], fields: ['domain', 'targetNetwork', 'targetProject'] },
  MachineSpec: { path: ['job_spec', 'worker_pool_specs', 'machine_spec'], fields: ['acceleratorCount', 'acceleratorType', 'machineType', 'tpuTopology'] },
  DiskSpec: { path: ['job_spec', 'worker_pool_specs', 'disk_spec'], fields: ['bootDiskSizeGb', 'bootDiskType'] },
  ContainerSpec: { path: ['job_spec', 'worker_pool_specs', 'container_spec'], fields: ['args', 'command', 'env', 'imageUri'] },
  PythonPackageSpec: { path: ['job_spec', 'worker_pool_specs', 'python_package_spec'], fields: ['args', 'env', 'executorImageUri', 'packageUris', 'pythonModule'] },
  EnvVar: { path: ['job_spec', 'worker_pool_specs', 'container_spec', 'env'], fields: ['name', 'value'] },
  Scheduling: { path: ['job_spec', 'scheduling'], fields: ['disableRetries', 'maxWaitDuration', 'restartJobOnWorkerRestart', 'strategy', 'timeout'] },
  GcsDestination: { path: ['job_spec', 'base_output_directory'], fields: ['outputUriPrefix'] },
  EncryptionSpec: { path: ['encryption_spec'], fields: ['kmsKeyName'] },
};

function customJobBlockAt(segments: string[]): SchemaBlock {
  let block = customJobSchema();
  for (const segment of segments) {
    const next = block.block_types?.[segment];
    if (!next) throw new Error(`schema has no block ${segments.join('.')}`);
    block = next.block;
  }
  return block;
}

describe('schema/google_vertex_ai_custom_job.json', () => {
  test.each(Object.entries(SEED_VERTEX_FIELDS))('has exactly the fields of the v1 %s that the seeds and the reference document', (_object, { path: segments, fields }) => {
    // id, project and location are Terraform's and the URL's, not fields of the API object
    const names = apiNamesOf(customJobBlockAt(segments)).filter((name) => segments.length > 0 || !['id', 'project', 'location'].includes(name));
    expect(names.sort()).toEqual(fields);
  });

  test('the URL parts are optional and computed; the output-only fields are computed only', () => {
    const root = customJobSchema();
    for (const urlPart of ['id', 'project', 'location']) expect(root.attributes?.[urlPart]).toMatchObject({ optional: true, computed: true, type: 'string' });
    for (const output of ['name', 'state', 'create_time', 'start_time', 'end_time', 'update_time', 'error', 'web_access_uris']) {
      expect(root.attributes?.[output]).toMatchObject({ computed: true });
      expect(root.attributes?.[output].optional).toBeUndefined();
    }
  });

  test('has no provider block and every field has a description', () => {
    const document = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'google_vertex_ai_custom_job.json'), 'utf8'));
    expect(document.provider_schemas['registry.terraform.io/hashicorp/google'].provider).toBeUndefined();
    const undocumented: string[] = [];
    const walk = (block: SchemaBlock, prefix: string) => {
      for (const [name, attribute] of Object.entries(block.attributes ?? {})) if (!attribute.description) undocumented.push(prefix + name);
      for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
        if (!blockType.block.description) undocumented.push(prefix + name);
        walk(blockType.block, `${prefix}${name}.`);
      }
    };
    walk(customJobSchema(), '');
    expect(undocumented).toEqual([]);
  });
});
