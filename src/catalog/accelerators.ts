import { AcceleratorFact } from './catalog-types';
import { READ_CONFIRMATIONS, READ_FIRST_PASS, SOURCES } from './sources';

/** The GPU columns of the count table, in the order of `N1_GPU_COUNTS` rows. */
const GPU_COLUMNS = ['NVIDIA_TESLA_K80', 'NVIDIA_TESLA_P4', 'NVIDIA_TESLA_P100', 'NVIDIA_TESLA_T4', 'NVIDIA_TESLA_V100'];

/**
 * Allowed GPU counts per n1 machine type on AI Platform Training (`[]` = not allowed), columns as `GPU_COLUMNS`.
 * google/caliban and tensorflow/cloud (both Google-authored, citing the "using GPUs" page) agree cell for cell; the
 * Vertex table agrees for P4/P100/T4/V100; jupyter-extensions confirms that the biggest n1 types take only P4, T4
 * or V100.
 */
const N1_GPU_COUNTS: { readonly [machineType: string]: number[][] } = {
  //                K80           P4         P100       T4         V100
  'n1-standard-4': [[1, 2, 4, 8], [1, 2, 4], [1, 2, 4], [1, 2, 4], [1, 2, 4, 8]],
  'n1-standard-8': [[1, 2, 4, 8], [1, 2, 4], [1, 2, 4], [1, 2, 4], [1, 2, 4, 8]],
  'n1-standard-16': [[2, 4, 8], [1, 2, 4], [1, 2, 4], [1, 2, 4], [2, 4, 8]],
  'n1-standard-32': [[4, 8], [2, 4], [2, 4], [2, 4], [4, 8]],
  'n1-standard-64': [[], [4], [], [4], [8]],
  'n1-standard-96': [[], [4], [], [4], [8]],
  'n1-highmem-2': [[1, 2, 4, 8], [1, 2, 4], [1, 2, 4], [1, 2, 4], [1, 2, 4, 8]],
  'n1-highmem-4': [[1, 2, 4, 8], [1, 2, 4], [1, 2, 4], [1, 2, 4], [1, 2, 4, 8]],
  'n1-highmem-8': [[1, 2, 4, 8], [1, 2, 4], [1, 2, 4], [1, 2, 4], [1, 2, 4, 8]],
  'n1-highmem-16': [[2, 4, 8], [1, 2, 4], [1, 2, 4], [1, 2, 4], [2, 4, 8]],
  'n1-highmem-32': [[4, 8], [2, 4], [2, 4], [2, 4], [4, 8]],
  'n1-highmem-64': [[], [4], [], [4], [8]],
  'n1-highmem-96': [[], [4], [], [4], [8]],
  'n1-highcpu-16': [[2, 4, 8], [1, 2, 4], [1, 2, 4], [1, 2, 4], [2, 4, 8]],
  'n1-highcpu-32': [[4, 8], [2, 4], [2, 4], [2, 4], [4, 8]],
  'n1-highcpu-64': [[8], [4], [4], [4], [8]],
  'n1-highcpu-96': [[], [4], [], [4], [8]],
};

/**
 * The accelerator types of `acceleratorConfig.type` on AI Platform Training, where they are offered and how many a
 * machine type takes. GPUs attach to n1 types (and A100 to a2 types) only; legacy types come with their GPUs and take
 * no `acceleratorConfig`; TPUs attach to `cloud_tpu` only.
 *
 * Regions are google/caliban's table (about 2020); every dated release note agrees with it. It is a point-in-time
 * list: GPUs reached other regions or left (K80 reached end of support on Compute Engine) without a note here.
 *
 * Not listed: `TPU_V2_POD`, `TPU_V3_POD`, `TPU_V4_POD`. They exist in the v1 enum, but no source gives their sizes,
 * regions or an AI Platform Training example; a lookup returns undefined (unknown) rather than "not allowed".
 */
export const ACCELERATORS: AcceleratorFact[] = [
  gpu(
    'NVIDIA_TESLA_K80',
    ['us-west1', 'us-central1', 'us-east1', 'europe-west1', 'asia-east1'],
    'GPUs in us-central1 from Apr 27 2017. K80 has since reached end of support on Compute Engine (Vertex AI marks ' +
      'it deprecated); not allowed on the biggest n1 types.',
  ),
  gpu(
    'NVIDIA_TESLA_P4',
    ['us-west2', 'us-central1', 'us-east4', 'northamerica-northeast1', 'europe-west4', 'asia-southeast1', 'australia-southeast1'],
    'Beta Feb 7 2019, GA Aug 28 2019.',
  ),
  gpu(
    'NVIDIA_TESLA_P100',
    ['us-west1', 'us-central1', 'us-east1', 'southamerica-east1', 'europe-west1', 'asia-east1', 'australia-southeast1'],
    'GA Aug 27 2018; not allowed on the biggest n1 types. southamerica-east1 is in google/caliban only (the May 13 ' +
      '2020 note adds only T4 there).',
  ),
  gpu(
    'NVIDIA_TESLA_T4',
    [
      'us-west1', 'us-central1', 'us-east1', 'southamerica-east1', 'europe-west2', 'europe-west4', 'asia-south1',
      'asia-southeast1', 'asia-northeast1', 'asia-northeast3',
    ],
    'Beta May 3 2019, GA Aug 28 2019.',
  ),
  gpu('NVIDIA_TESLA_V100', ['us-west1', 'us-central1', 'europe-west4', 'asia-east1'], 'GA Jan 10 2019.'),
  {
    id: 'NVIDIA_TESLA_A100',
    kind: 'gpu',
    regions: ['us-central1'],
    countsByMachineType: {
      'a2-highgpu-1g': [1],
      'a2-highgpu-2g': [2],
      'a2-highgpu-4g': [4],
      'a2-highgpu-8g': [8],
      'a2-megagpu-16g': [16],
    },
    source: SOURCES.a100Sample,
    read: READ_CONFIRMATIONS,
    confirmed: false,
    note:
      'Shown only for a2-highgpu-4g × 4 in us-central1 (Google sample, whose README says A100 needs us-central1). ' +
      'The other a2 counts follow the fixed Compute Engine shapes (inferred); a2-megagpu-16g acceptance unknown.',
  },
  tpu('TPU_V2', 'GA on AI Platform Feb 13 2019; europe-west4 added Jun 22 2020.'),
  tpu('TPU_V3', 'Beta from Aug 26 2019; europe-west4 added Jun 22 2020 (beta).'),
];

/** A GPU of the n1 count table. */
function gpu(id: string, regions: string[], note: string): AcceleratorFact {
  const column = GPU_COLUMNS.indexOf(id);
  const countsByMachineType: { [machineType: string]: number[] } = {};
  for (const [machineType, row] of Object.entries(N1_GPU_COUNTS)) {
    if (row[column].length > 0) countsByMachineType[machineType] = row[column];
  }
  return { id, kind: 'gpu', regions, countsByMachineType, source: SOURCES.caliban, read: READ_FIRST_PASS, note };
}

/** A TPU: only on `cloud_tpu`, 8 cores. */
function tpu(id: string, note: string): AcceleratorFact {
  return {
    id,
    kind: 'tpu',
    regions: ['us-central1', 'europe-west4'],
    countsByMachineType: { cloud_tpu: [8] },
    source: SOURCES.caliban,
    read: READ_FIRST_PASS,
    unconfirmedFields: ['regions'],
    note: `${note} us-central1 is implied by every sample and by google/caliban, not by a dated note.`,
  };
}
