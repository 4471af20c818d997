import { SOURCES } from '../catalog/sources';
import { VERTEX_SOURCES } from '../catalog/vertex/vertex-sources';

/** The Compute Engine machine (and GPUs) a legacy AI Platform machine type becomes on Vertex AI. */
export interface LegacyMachineMapping {
  readonly machineType: string;
  readonly accelerator?: { readonly type: string; readonly count: number };
  /** Why this shape, when it is not the same machine. */
  readonly note?: string;
}

/**
 * Legacy machine types → Vertex shapes. Base shapes follow the identical prices of the AI Platform pricing table
 * (`standard` = n1-standard-4, `large_model` = n1-highmem-8); `complex_model_*` go to the N1 highcpu shapes Vertex
 * lists (16 and 32 vCPUs; there is no n1-highcpu-8 for training). K80 reached end of support: its types get T4s (or
 * V100s where N1 takes no 8 × T4).
 */
export const LEGACY_MACHINE_TYPES: { readonly [legacy: string]: LegacyMachineMapping } = {
  standard: { machineType: 'n1-standard-4' },
  large_model: { machineType: 'n1-highmem-8' },
  complex_model_s: { machineType: 'n1-highcpu-16', note: 'complex_model_s had about 8 vCPUs; Vertex lists N1 highcpu from 16 vCPUs' },
  complex_model_m: { machineType: 'n1-highcpu-16' },
  complex_model_l: { machineType: 'n1-highcpu-32' },
  standard_gpu: { machineType: 'n1-standard-4', accelerator: { type: 'NVIDIA_TESLA_T4', count: 1 }, note: 'its K80 reached end of support; a T4 replaces it' },
  complex_model_m_gpu: { machineType: 'n1-highcpu-16', accelerator: { type: 'NVIDIA_TESLA_T4', count: 4 }, note: 'its 4 K80s reached end of support; 4 T4s replace them' },
  complex_model_l_gpu: { machineType: 'n1-highcpu-32', accelerator: { type: 'NVIDIA_TESLA_V100', count: 8 }, note: 'its 8 K80s reached end of support and N1 takes no 8 T4s; 8 V100s replace them' },
  standard_p100: { machineType: 'n1-standard-4', accelerator: { type: 'NVIDIA_TESLA_P100', count: 1 } },
  complex_model_m_p100: { machineType: 'n1-highcpu-16', accelerator: { type: 'NVIDIA_TESLA_P100', count: 4 } },
  standard_v100: { machineType: 'n1-standard-4', accelerator: { type: 'NVIDIA_TESLA_V100', count: 1 } },
  large_model_v100: { machineType: 'n1-highmem-8', accelerator: { type: 'NVIDIA_TESLA_V100', count: 1 } },
  complex_model_m_v100: { machineType: 'n1-highcpu-16', accelerator: { type: 'NVIDIA_TESLA_V100', count: 4 } },
  complex_model_l_v100: { machineType: 'n1-highcpu-32', accelerator: { type: 'NVIDIA_TESLA_V100', count: 8 } },
  cloud_tpu: { machineType: 'cloud-tpu', accelerator: { type: 'TPU_V2', count: 8 } },
};

/** The sources of the mapping. */
export const LEGACY_MACHINE_SOURCES = [SOURCES.pricing2019, VERTEX_SOURCES.configureCompute] as const;

/** The replacement of a K80 on a Compute Engine type: T4 in the same count where N1 allows it. */
export const K80_REPLACEMENT = 'NVIDIA_TESLA_T4';
