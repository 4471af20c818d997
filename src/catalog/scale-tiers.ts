import { ScaleTierFact } from './catalog-types';
import { READ_CONFIRMATIONS, READ_FIRST_PASS, SOURCES } from './sources';

/**
 * The predefined scale tiers of `trainingInput.scaleTier` and the cluster each implies.
 *
 * Worker and parameter-server counts of STANDARD_1 and PREMIUM_1 come from Google's jupyter-extensions table; the
 * machine types inside the tiers are inferred from the pricing tables (the units add up exactly), so they are
 * unconfirmed. `mlUnits` are from the 2019+ pricing table (the 2018 values are in the notes).
 * gcloud spells the tiers in lowercase with hyphens (`basic-gpu`); the API and this catalog use the enum names.
 */
export const SCALE_TIERS: ScaleTierFact[] = [
  {
    id: 'BASIC',
    description: 'A single worker instance, for learning and small data sets.',
    masterType: 'standard',
    workerCount: 0,
    parameterServerCount: 0,
    mlUnits: 0.3878,
    source: SOURCES.pricing,
    read: READ_FIRST_PASS,
    unconfirmedFields: ['masterType'],
    note: 'Master type inferred: same units as standard (2018: 0.5661; 2019+: 0.3878).',
  },
  {
    id: 'STANDARD_1',
    description: 'Many workers and a few parameter servers.',
    masterType: 'complex_model_s',
    workerType: 'complex_model_s',
    workerCount: 4,
    parameterServerType: 'standard',
    parameterServerCount: 3,
    mlUnits: 4.0571,
    source: SOURCES.jupyterExtensions,
    read: READ_CONFIRMATIONS,
    unconfirmedFields: ['masterType', 'workerType', 'parameterServerType'],
    note:
      'Counts from Google code. Types inferred: 5 × complex_model_s + 3 × standard = 5.9233 units (2018 table: ' +
      '5.9234); an old docs table copy says n1-highcpu-8 master/workers and n1-standard-4 parameter servers.',
  },
  {
    id: 'PREMIUM_1',
    description: 'A large number of workers with many parameter servers.',
    masterType: 'complex_model_m',
    workerType: 'complex_model_m',
    workerCount: 19,
    parameterServerType: 'large_model',
    parameterServerCount: 11,
    mlUnits: 33.7829,
    source: SOURCES.jupyterExtensions,
    read: READ_CONFIRMATIONS,
    unconfirmedFields: ['masterType', 'workerType', 'parameterServerType'],
    note:
      'Counts from Google code. Types inferred: 20 × complex_model_m + 11 × large_model = 49.3221 units (2018 table: ' +
      '49.323).',
  },
  {
    id: 'BASIC_GPU',
    description: 'A single worker instance with one NVIDIA Tesla K80 GPU.',
    masterType: 'standard_gpu',
    workerCount: 0,
    parameterServerCount: 0,
    accelerator: { type: 'NVIDIA_TESLA_K80', count: 1 },
    mlUnits: 1.6939,
    source: SOURCES.jupyterExtensions,
    read: READ_CONFIRMATIONS,
    unconfirmedFields: ['masterType'],
    note:
      'One K80 confirmed (Google code, API enum text). Master type inferred: same units as standard_gpu; an old docs ' +
      'table copy says n1-standard-8 + K80 instead.',
  },
  {
    id: 'BASIC_TPU',
    description: 'A master VM with one Cloud TPU.',
    masterType: 'standard',
    workerType: 'cloud_tpu',
    workerCount: 1,
    parameterServerCount: 0,
    accelerator: { type: 'TPU_V2', count: 8 },
    mlUnits: 9.5714,
    source: SOURCES.pricing,
    read: READ_CONFIRMATIONS,
    unconfirmedFields: ['masterType', 'workerType', 'workerCount', 'accelerator'],
    note:
      'Composition likely: standard (0.5661) + cloud_tpu (13.4082) = 13.9743 units, the 2018 BASIC_TPU figure; ' +
      'secondary sources say a standard master plus a Cloud TPU worker with 8 TPU v2 cores. Used with runtime 2.11 ' +
      'in the TPU guide.',
  },
  {
    id: 'CUSTOM',
    description: 'The user sets masterType (required) and, optionally, workers, parameter servers and evaluators.',
    source: SOURCES.apiDiscovery,
    read: READ_FIRST_PASS,
    note: 'Cost is the sum of the machines; worker, parameter server and evaluator counts are only used with CUSTOM.',
  },
];
