import { VertexAcceleratorFact, VertexDiskFacts, VertexTpuFacts } from './vertex-catalog-types';
import { READ_VERTEX, VERTEX_SOURCES } from './vertex-sources';

const enumFact = { source: VERTEX_SOURCES.machineSpec, read: READ_VERTEX };

// google/caliban's AI Platform table (the same Compute Engine GPUs), a point-in-time list: a missing region warns only.
const regions = (list: string[]) => ({ regions: list, regionsSource: VERTEX_SOURCES.caliban });

/** The `machineSpec.acceleratorType` enum of the v1 API, with the regions known to offer each type. */
export const VERTEX_ACCELERATORS: VertexAcceleratorFact[] = [
  { id: 'NVIDIA_TESLA_K80', kind: 'gpu', deprecated: 'the NVIDIA K80 reached end of support', ...enumFact },
  { id: 'NVIDIA_TESLA_P100', kind: 'gpu', ...enumFact, ...pick(regions(['us-west1', 'us-central1', 'us-east1', 'southamerica-east1', 'europe-west1', 'asia-east1', 'australia-southeast1'])) },
  { id: 'NVIDIA_TESLA_V100', kind: 'gpu', ...enumFact, ...pick(regions(['us-west1', 'us-central1', 'europe-west4', 'asia-east1'])) },
  { id: 'NVIDIA_TESLA_P4', kind: 'gpu', ...enumFact, ...pick(regions(['us-west2', 'us-central1', 'us-east4', 'northamerica-northeast1', 'europe-west4', 'asia-southeast1', 'australia-southeast1'])) },
  { id: 'NVIDIA_TESLA_T4', kind: 'gpu', ...enumFact, ...pick(regions(['us-west1', 'us-central1', 'us-east1', 'us-east4', 'southamerica-east1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'asia-south1', 'asia-southeast1', 'asia-northeast1', 'asia-northeast3', 'asia-east1'])) },
  { id: 'NVIDIA_TESLA_A100', kind: 'gpu', ...enumFact },
  { id: 'NVIDIA_A100_80GB', kind: 'gpu', ...enumFact },
  { id: 'NVIDIA_L4', kind: 'gpu', ...enumFact },
  { id: 'NVIDIA_H100_80GB', kind: 'gpu', ...enumFact },
  { id: 'NVIDIA_H100_MEGA_80GB', kind: 'gpu', ...enumFact },
  { id: 'NVIDIA_H200_141GB', kind: 'gpu', ...enumFact },
  { id: 'NVIDIA_B200', kind: 'gpu', ...enumFact },
  { id: 'NVIDIA_GB200', kind: 'gpu', ...enumFact },
  { id: 'NVIDIA_RTX_PRO_6000', kind: 'gpu', ...enumFact },
  { id: 'TPU_V2', kind: 'tpu', ...enumFact, ...pick(regions(['us-central1', 'europe-west4'])) },
  { id: 'TPU_V3', kind: 'tpu', ...enumFact, ...pick(regions(['us-central1', 'europe-west4'])) },
  { id: 'TPU_V4_POD', kind: 'tpu', ...enumFact },
  { id: 'TPU_V5_LITEPOD', kind: 'tpu', ...enumFact },
];

/** Region lists come from another source than the enum: say so in the note. */
function pick(value: { regions: string[]; regionsSource: string }): { regions: string[]; note: string } {
  return { regions: value.regions, note: `Regions: ${value.regionsSource} (AI Platform Training, a point-in-time list; a region missing from it is only a warning).` };
}

/** TPU v2/v3 single hosts and pods (`cloud-tpu`). */
export const VERTEX_TPU: VertexTpuFacts = {
  cloudTpuMachineType: 'cloud-tpu',
  cloudTpuTypes: ['TPU_V2', 'TPU_V3'],
  cloudTpuCount: 8,
  podCountMultiple: 32,
  source: VERTEX_SOURCES.configureCompute,
  read: READ_VERTEX,
};

/** Boot disk types and sizes. The size range is documented for training but not confirmed as a hard API limit. */
export const VERTEX_DISK: VertexDiskFacts = {
  types: ['pd-ssd', 'pd-standard', 'hyperdisk-balanced'],
  defaultSizeGb: 100,
  minSizeGb: 100,
  maxSizeGb: 64000,
  source: VERTEX_SOURCES.diskSpec,
  read: READ_VERTEX,
  unconfirmedFields: ['minSizeGb', 'maxSizeGb'],
};
