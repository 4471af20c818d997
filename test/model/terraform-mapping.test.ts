import * as fs from 'fs';
import * as path from 'path';
import { CtyType, jobSchema, SchemaBlock, isSingleBlock } from '../../src/model/provider-schema';
import { apiName, jobFromTerraform, jobToTerraform, terraformName } from '../../src/model/terraform-mapping';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** Computed attributes the API returns as one object though Terraform keeps a list (as the mapping documents). */
const SINGLE_OBJECTS = ['training_output', 'prediction_output', 'built_in_algorithm_output', 'final_metric'];

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
    return SINGLE_OBJECTS.includes(name) ? [item] : [item, sampleValue('', inner, `${where}.1`)];
  }
  if (kind === 'list' || kind === 'set') return [sampleValue('', inner, `${where}.0`), sampleValue('', inner, `${where}.1`)];
  if (kind === 'map') return { alpha: sampleValue('', inner, `${where}.alpha`), beta: sampleValue('', inner, `${where}.beta`) };
  const attributes = inner as unknown as Record<string, CtyType>;
  return Object.fromEntries(Object.entries(attributes).map(([key, t]) => [key, sampleValue(key, t, `${where}.${key}`)]));
}

describe('Terraform ↔ API mapping', () => {
  test('round-trips every field of the schema, Terraform → API → Terraform', () => {
    // GIVEN a resource with every schema field set
    const { id: _id, project, timeouts, ...apiFields } = sampleBlock(jobSchema(), '');

    // WHEN it is mapped to the API and back
    const read = jobFromTerraform({ id: _id, project, timeouts, ...apiFields });
    const written = jobToTerraform(read.job);

    // THEN nothing is lost or unknown, and the resource-only fields are kept apart
    expect(read.unknownFields).toEqual([]);
    expect(written.unknownFields).toEqual([]);
    expect(written.attributes).toEqual(apiFields);
    expect(read.project).toBe(project);
    expect(read.timeouts).toEqual((timeouts as unknown[])[0]);
  });

  test('uses API names: camelCase, consumedMLUnits, and single objects for outputs', () => {
    const { job } = jobFromTerraform(sampleBlock(jobSchema(), ''));
    const j = job as unknown as Record<string, any>;
    expect(Object.keys(j.trainingInput)).toEqual(expect.arrayContaining(['scaleTier', 'masterConfig', 'useChiefInTfConfig', 'enableWebAccess']));
    expect(Object.keys(j.trainingInput.masterConfig.diskConfig).sort()).toEqual(['bootDiskSizeGb', 'bootDiskType']);
    expect(j.trainingOutput.consumedMLUnits).toEqual(expect.any(Number));
    expect(Array.isArray(j.trainingOutput.trials)).toBe(true);
    expect(j.trainingOutput.trials[0].finalMetric).toEqual({ trainingStep: expect.any(Number), objectiveValue: expect.any(Number) });
    expect(j.predictionOutput).toEqual(expect.objectContaining({ nodeHours: expect.any(Number) }));
    expect(Array.isArray(j.trainingInput.hyperparameters.params)).toBe(true);
    expect(apiName('use_chief_in_tf_config')).toBe('useChiefInTfConfig');
  });

  test('maps a REST describe response (int64 as strings) to Terraform with numbers, and back to the same job', () => {
    // GIVEN a job as the REST API / gcloud describe returns it
    const rest = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'rest', 'census-training-describe.json'), 'utf8'));

    // WHEN
    const { attributes, unknownFields } = jobToTerraform(rest);

    // THEN
    expect(unknownFields).toEqual([]);
    const trainingInput = (attributes.training_input as any[])[0];
    expect(trainingInput.worker_count).toBe(4);
    expect(trainingInput.master_config[0].accelerator_config[0]).toEqual({ count: 2, type: 'NVIDIA_TESLA_T4' });
    expect(trainingInput.scheduling).toEqual([{ max_running_time: '7200s', max_wait_time: '3600s' }]);
    expect(attributes.training_output).toEqual([{ consumed_ml_units: 4.12 }]);
    expect(attributes.labels).toEqual({ 'cost-center': 'ml-1234', team: 'census' });

    // AND back: the same job, with int64 fields as numbers
    const { job } = jobFromTerraform(attributes);
    const expected = JSON.parse(JSON.stringify(rest), (key, value) =>
      ['count', 'workerCount', 'parameterServerCount'].includes(key) ? Number(value) : value);
    expect(job).toEqual(expected);
  });

  test('accepts nested blocks as objects (cdk.tf.json) and as one-element lists (state)', () => {
    const asObjects = jobFromTerraform({ job_id: 'j', training_input: { region: 'us-east1', scheduling: { priority: 5 } } }).job;
    const asLists = jobFromTerraform({ job_id: 'j', training_input: [{ region: 'us-east1', scheduling: [{ priority: 5 }] }] }).job;
    expect(asObjects).toEqual({ jobId: 'j', trainingInput: { region: 'us-east1', scheduling: { priority: 5 } } });
    expect(asLists).toEqual(asObjects);
  });

  test('drops nulls and empty blocks of a Terraform state, keeps meta-arguments out of the job', () => {
    const { job, unknownFields } = jobFromTerraform({
      '//': { metadata: { path: 'stack/job' } },
      depends_on: ['google_storage_bucket.b'],
      lifecycle: { prevent_destroy: true },
      provider: 'google.west',
      job_id: 'j',
      labels: null,
      prediction_input: [],
      training_input: [{ region: 'us-east1', master_config: [], args: null, worker_count: null }],
    });
    expect(unknownFields).toEqual([]);
    expect(job).toEqual({ jobId: 'j', trainingInput: { region: 'us-east1' } });
  });

  test('keeps unresolved references as they are, for the rules to treat as unknown', () => {
    const { job } = jobFromTerraform({
      job_id: '${var.job_id}',
      training_input: {
        region: '${var.region}',
        worker_count: '${var.workers}',
        args: '${var.args}',
        encryption_config: { kms_key_name: '${google_kms_crypto_key.key.id}' },
      },
    });
    expect(job).toEqual({
      jobId: '${var.job_id}',
      trainingInput: {
        region: '${var.region}',
        workerCount: '${var.workers}',
        args: '${var.args}',
        encryptionConfig: { kmsKeyName: '${google_kms_crypto_key.key.id}' },
      },
    });
  });

  test('reports fields the schema does not know instead of dropping them silently', () => {
    const fromTerraform = jobFromTerraform({ job_id: 'j', training_input: { region: 'r', master_typo: 'x' }, bogus: 1 });
    expect(fromTerraform.unknownFields.sort()).toEqual(['bogus', 'training_input.master_typo']);
    const toTerraform = jobToTerraform({ jobId: 'j', trainingInput: { region: 'r', workerConfig: { acceleratorTypo: 1 } }, project: 'p' });
    expect(toTerraform.unknownFields.sort()).toEqual(['project', 'trainingInput.workerConfig.acceleratorTypo']);
  });

  test('converts booleans and numbers written as strings, and leaves other strings alone', () => {
    const { attributes } = jobToTerraform({
      jobId: 'j',
      trainingInput: { region: 'r', enableWebAccess: 'true', workerCount: '3', parameterServerCount: 'three' },
    });
    expect((attributes.training_input as any[])[0]).toEqual({ region: 'r', enable_web_access: true, worker_count: 3, parameter_server_count: 'three' });
  });
});

describe('model types', () => {
  // The jsii assembly (built by `npm run build`, which `npm test` runs first) describes the exported structs.
  const assemblyFile = path.join(__dirname, '..', '..', '.jsii');
  const STRUCT_FOR_BLOCK: Array<[string, string[]]> = [
    ['Job', []],
    ['TrainingInput', ['training_input']],
    ['ReplicaConfig', ['training_input', 'master_config']],
    ['AcceleratorConfig', ['training_input', 'master_config', 'accelerator_config']],
    ['DiskConfig', ['training_input', 'master_config', 'disk_config']],
    ['HyperparameterSpec', ['training_input', 'hyperparameters']],
    ['ParameterSpec', ['training_input', 'hyperparameters', 'params']],
    ['Scheduling', ['training_input', 'scheduling']],
    ['EncryptionConfig', ['training_input', 'encryption_config']],
    ['PredictionInput', ['prediction_input']],
  ];

  test.each(STRUCT_FOR_BLOCK)('%s has exactly the API fields of its schema block', (struct, segments) => {
    const assembly = JSON.parse(fs.readFileSync(assemblyFile, 'utf8'));
    const type = assembly.types[`cdktf-gcp-ml-jobs.${struct}`];
    const properties = (type.properties as Array<{ name: string }>).map((p) => p.name).sort();
    let block = jobSchema();
    for (const segment of segments) block = block.block_types![segment].block;
    const resourceOnly = segments.length === 0 ? ['id', 'project', 'timeouts'] : [];
    const fields = [...Object.keys(block.attributes ?? {}), ...Object.keys(block.block_types ?? {})]
      .filter((name) => !resourceOnly.includes(name))
      .map(apiName)
      .sort();
    expect(properties).toEqual(fields);
  });
});

describe('map keys are data', () => {
  test('a label key such as __proto__ survives both directions (the labels rule then sees it)', () => {
    const resource = JSON.parse('{ "job_id": "j", "labels": { "__proto__": "x", "team": "a" } }');
    const { job } = jobFromTerraform(resource);
    expect(Object.keys(job.labels ?? {})).toEqual(['__proto__', 'team']);
    expect(Object.keys(jobToTerraform(job).attributes.labels as object)).toEqual(['__proto__', 'team']);
  });

  test.each(['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__proto__'])('a field named %s (an Object method) is an unknown field, not a schema attribute', (name) => {
    // GIVEN a resource and a nested block with the name, as JSON.parse gives them (own properties)
    const resource = JSON.parse(`{ "job_id": "j", "${name}": 1, "training_input": [{ "region": "r", "${name}": 2, "hyperparameters": [{ "goal": "MAXIMIZE", "${name}": 3 }] }] }`);

    // WHEN
    const { job, unknownFields } = jobFromTerraform(resource);
    const back = jobToTerraform(JSON.parse(`{ "jobId": "j", "${name}": 1, "trainingInput": { "region": "r", "${name}": 2 } }`));

    // THEN
    expect(unknownFields.sort()).toEqual([name, `training_input.${name}`, `training_input.hyperparameters.${name}`].sort());
    expect(job).toEqual({ jobId: 'j', trainingInput: { region: 'r', hyperparameters: { goal: 'MAXIMIZE' } } });
    expect(back.unknownFields.sort()).toEqual([name, `trainingInput.${name}`].sort());
    // names, never the Object methods themselves
    expect(typeof apiName(name)).toBe('string');
    expect(typeof terraformName(name)).toBe('string');
  });

  test('terraformName inverts apiName, irregular names included', () => {
    for (const name of ['worker_count', 'consumed_ml_units', 'use_chief_in_tf_config', 'kms_key_name']) expect(terraformName(apiName(name))).toBe(name);
  });
});
