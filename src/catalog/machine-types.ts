import { BuiltInAccelerator, MachineTypeFact } from './catalog-types';
import { READ_CONFIRMATIONS, READ_FIRST_PASS, SOURCES } from './sources';

/**
 * The machine type names `masterType`, `workerType`, `parameterServerType` and `evaluatorType` accept on AI Platform
 * Training.
 *
 * - Legacy (AI Platform) names, with the accelerators they include. Their vCPUs and memory are not published: the
 *   values here are those of the Compute Engine type with the same price (or of the base type for GPU variants), an
 *   inference, so `vcpus` and `memoryGb` are unconfirmed.
 * - `cloud_tpu`, the TPU worker. Listed as legacy, but unlike the other legacy types it accepts
 *   `acceleratorConfig` (TPU_V2/TPU_V3 × 8) and may follow a master of either category: see `TPU` (`tpu.ts`).
 * - The Compute Engine types Google's own clients list for AI Platform Training (n1 only), with Compute Engine's
 *   vCPUs and memory, and the A2 types (A100), of which only `a2-highgpu-4g` is shown accepted.
 *
 * Not listed, because nothing shows AI Platform Training accepted them: e2/n2 and other families (Vertex AI only),
 * `n1-standard-2`, `n1-highcpu-2/4/8`, and custom machine types (`custom-8-30720`): the API accepts "certain Compute
 * Engine machine types" from a closed list. Names are matched exactly.
 *
 * `mlUnits` are ML training units per hour from the newest published pricing table that lists the type (2019+);
 * where only the 2018 table lists it, the note says so (the 2018 units are about 1.46 × the 2019 ones).
 */
export const MACHINE_TYPES: MachineTypeFact[] = [
  // Legacy types. CE equivalents: standard ≈ n1-standard-4, large_model ≈ n1-highmem-8, complex_model_s ≈
  // n1-highcpu-8, complex_model_m ≈ n1-highcpu-16, complex_model_l ≈ n1-highcpu-32 (same prices in the 2019+ table).
  legacy('standard', 4, 15, 0.3878, undefined, 'Shape of n1-standard-4 (identical price and units).'),
  legacy('large_model', 8, 52, 0.9665, undefined, 'Meant for parameter servers; shape of n1-highmem-8 (same price).'),
  legacy('complex_model_s', 8, 7.2, 0.5788, undefined, 'Shape of n1-highcpu-8 (inferred from the price).'),
  legacy('complex_model_m', 16, 14.4, 1.1576, undefined, 'About 2 × complex_model_s; shape of n1-highcpu-16 (inferred).'),
  legacy('complex_model_l', 32, 28.8, 2.3151, undefined, 'About 2 × complex_model_m; shape of n1-highcpu-32 (inferred).'),
  legacy('standard_gpu', 4, 15, 1.6939, gpu('NVIDIA_TESLA_K80', 1), 'standard plus 1 × K80.'),
  legacy(
    'complex_model_m_gpu', 16, 14.4, 5.2245, gpu('NVIDIA_TESLA_K80', 4),
    'complex_model_m plus 4 × K80; units derived from the published $2.56/h at $0.49 per unit.',
  ),
  legacy('complex_model_l_gpu', 32, 28.8, 15.2555, gpu('NVIDIA_TESLA_K80', 8), 'complex_model_l plus 8 × K80; units from the 2018 table.'),
  legacy('standard_p100', 4, 15, 5.4824, gpu('NVIDIA_TESLA_P100', 1), 'standard plus 1 × P100; units from the 2018 table.'),
  legacy('complex_model_m_p100', 16, 14.4, 19.6653, gpu('NVIDIA_TESLA_P100', 4), 'complex_model_m plus 4 × P100; units from the 2018 table.'),
  legacy('standard_v100', 4, 15, 8.5216, gpu('NVIDIA_TESLA_V100', 1), 'standard plus 1 × V100; units from the 2018 table.'),
  legacy('large_model_v100', 8, 52, 8.8005, gpu('NVIDIA_TESLA_V100', 1), 'large_model plus 1 × V100; units from the 2018 table.'),
  legacy('complex_model_m_v100', 16, 14.4, 31.822, gpu('NVIDIA_TESLA_V100', 4), 'complex_model_m plus 4 × V100; units from the 2018 table.'),
  legacy('complex_model_l_v100', 32, 28.8, 63.6441, gpu('NVIDIA_TESLA_V100', 8), 'complex_model_l plus 8 × V100; units from the 2018 table.'),
  {
    id: 'cloud_tpu',
    category: 'legacy',
    mlUnits: 13.4082,
    source: SOURCES.pricing,
    read: READ_FIRST_PASS,
    note:
      'A TPU VM including one Cloud TPU (8 TPU v2 or v3 cores). Unlike other legacy types it accepts ' +
      'acceleratorConfig {TPU_V2|TPU_V3, 8} and may follow a legacy or a Compute Engine master (see tpu.ts). ' +
      'vCPUs and memory not published. Units from the 2018 table.',
  },

  // Compute Engine n1 types (google/caliban and tensorflow/cloud list the same set; shapes as Compute Engine's).
  n1('n1-standard-4', 4, 15, 0.3878),
  n1('n1-standard-8', 8, 30, 0.7755),
  n1('n1-standard-16', 16, 60, 1.551),
  n1('n1-standard-32', 32, 120, 3.102),
  n1('n1-standard-64', 64, 240, 6.2041),
  n1('n1-standard-96', 96, 360, 9.3061),
  n1('n1-highmem-2', 2, 13, 0.2416),
  n1('n1-highmem-4', 4, 26),
  n1('n1-highmem-8', 8, 52),
  n1('n1-highmem-16', 16, 104),
  n1('n1-highmem-32', 32, 208),
  n1('n1-highmem-64', 64, 416),
  n1('n1-highmem-96', 96, 624),
  n1('n1-highcpu-16', 16, 14.4),
  n1('n1-highcpu-32', 32, 28.8),
  n1('n1-highcpu-64', 64, 57.6),
  n1('n1-highcpu-96', 96, 86.4),

  // Compute Engine A2 types (A100). Shapes from Compute Engine; acceptance on AI Platform Training shown only for
  // a2-highgpu-4g (Google sample, us-central1). acceleratorConfig {NVIDIA_TESLA_A100, n} is set explicitly.
  {
    id: 'a2-highgpu-4g',
    category: 'compute-engine',
    vcpus: 48,
    memoryGb: 340,
    source: SOURCES.a100Sample,
    read: READ_CONFIRMATIONS,
    note:
      'Google sample: masterType a2-highgpu-4g with acceleratorConfig {NVIDIA_TESLA_A100, 4}, custom container, ' +
      'us-central1. Shape (48 vCPUs, 340 GB) from Compute Engine.',
  },
  a2('a2-highgpu-1g', 12, 85, 'Acceptance inferred from a2-highgpu-4g (same family); not shown in a Google source.'),
  a2('a2-highgpu-2g', 24, 170, 'Acceptance inferred from a2-highgpu-4g (same family); not shown in a Google source.'),
  a2('a2-highgpu-8g', 96, 680, 'Acceptance inferred from a2-highgpu-4g (same family); not shown in a Google source.'),
  a2('a2-megagpu-16g', 96, 1360, 'Whether AI Platform Training accepted a2-megagpu-16g is unknown.'),
];

/** A built-in GPU of a legacy type. */
function gpu(type: string, count: number): BuiltInAccelerator {
  return { type, count };
}

/** A legacy type: accepted per the v1 API, units from the pricing tables, shape inferred. */
function legacy(
  id: string,
  vcpus: number,
  memoryGb: number,
  mlUnits: number,
  builtInAccelerator: BuiltInAccelerator | undefined,
  note: string,
): MachineTypeFact {
  return {
    id,
    category: 'legacy',
    vcpus,
    memoryGb,
    mlUnits,
    ...(builtInAccelerator ? { builtInAccelerator } : {}),
    source: SOURCES.pricing,
    read: READ_FIRST_PASS,
    unconfirmedFields: ['vcpus', 'memoryGb'],
    note: `${note} Shape inferred: legacy shapes are not published.`,
  };
}

/** An n1 type listed for AI Platform Training by Google's clients; units from the 2019+ pricing table if listed. */
function n1(id: string, vcpus: number, memoryGb: number, mlUnits?: number): MachineTypeFact {
  return {
    id,
    category: 'compute-engine',
    vcpus,
    memoryGb,
    ...(mlUnits !== undefined ? { mlUnits } : {}),
    source: SOURCES.tensorflowCloud,
    read: READ_FIRST_PASS,
    ...(mlUnits !== undefined ? { note: 'Units from the 2019+ pricing table.' } : {}),
  };
}

/** An A2 type whose acceptance on AI Platform Training is not shown by any source. */
function a2(id: string, vcpus: number, memoryGb: number, note: string): MachineTypeFact {
  return { id, category: 'compute-engine', vcpus, memoryGb, source: SOURCES.computeGpus, read: READ_FIRST_PASS, confirmed: false, note };
}
