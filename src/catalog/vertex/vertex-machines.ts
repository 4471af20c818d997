import { VertexMachineAcceleratorsFact, VertexMachineFamilyFact } from './vertex-catalog-types';
import { READ_VERTEX, VERTEX_SOURCES } from './vertex-sources';

const compute = { source: VERTEX_SOURCES.configureCompute, read: READ_VERTEX };

/**
 * The machine families of custom training and what they take as accelerators. GPUs attach to N1 only; A2, A3, A4,
 * A4X, G2 and G4 types come with a fixed number of GPUs; E2, N2, N4, C2 and M1 take none. A family not listed here
 * (N2D, C2D, C3, …) is not known to be offered for custom training: the rules warn, never reject.
 */
export const VERTEX_MACHINE_FAMILIES: VertexMachineFamilyFact[] = [
  { prefix: 'n1', accelerators: 'attachable', ...compute },
  { prefix: 'a2', accelerators: 'fixed', ...compute },
  { prefix: 'a3', accelerators: 'fixed', ...compute },
  { prefix: 'a4', accelerators: 'fixed', ...compute },
  { prefix: 'a4x', accelerators: 'fixed', ...compute },
  { prefix: 'g2', accelerators: 'fixed', ...compute },
  { prefix: 'g4', accelerators: 'fixed', ...compute },
  { prefix: 'e2', accelerators: 'none', ...compute },
  { prefix: 'n2', accelerators: 'none', ...compute },
  { prefix: 'n4', accelerators: 'none', ...compute },
  { prefix: 'c2', accelerators: 'none', ...compute },
  { prefix: 'm1', accelerators: 'none', ...compute },
  { prefix: 'cloud-tpu', accelerators: 'tpu', ...compute },
  { prefix: 'ct5lp-hightpu', accelerators: 'tpu', tpuTopologyRequired: true, ...compute },
  { prefix: 'ct6e-standard', accelerators: 'tpu', tpuTopologyRequired: true, ...compute, note: 'TPU v6e: ct6e-standard-1t, -4t, -8t (configure-compute, "TPU v6e").' },
  { prefix: 'tpu7x-standard', accelerators: 'tpu', tpuTopologyRequired: true, ...compute, note: 'TPU7x: tpu7x-standard-4t, topologies 2x2x1 to 8x8x16 (configure-compute, "TPU 7x").' },
];

/** N1 counts of the attachable GPUs, identical on AI Platform Training and Vertex AI for P4, P100, T4 and V100. */
const N1_COUNTS: Array<[string, { [type: string]: number[] }]> = [
  ['n1-standard-4', { NVIDIA_TESLA_P4: [1, 2, 4], NVIDIA_TESLA_P100: [1, 2, 4], NVIDIA_TESLA_T4: [1, 2, 4], NVIDIA_TESLA_V100: [1, 2, 4, 8] }],
  ['n1-standard-8', { NVIDIA_TESLA_P4: [1, 2, 4], NVIDIA_TESLA_P100: [1, 2, 4], NVIDIA_TESLA_T4: [1, 2, 4], NVIDIA_TESLA_V100: [1, 2, 4, 8] }],
  ['n1-standard-16', { NVIDIA_TESLA_P4: [1, 2, 4], NVIDIA_TESLA_P100: [1, 2, 4], NVIDIA_TESLA_T4: [1, 2, 4], NVIDIA_TESLA_V100: [2, 4, 8] }],
  ['n1-standard-32', { NVIDIA_TESLA_P4: [2, 4], NVIDIA_TESLA_P100: [2, 4], NVIDIA_TESLA_T4: [2, 4], NVIDIA_TESLA_V100: [4, 8] }],
  ['n1-standard-64', { NVIDIA_TESLA_P4: [4], NVIDIA_TESLA_T4: [4], NVIDIA_TESLA_V100: [8] }],
  ['n1-standard-96', { NVIDIA_TESLA_P4: [4], NVIDIA_TESLA_T4: [4], NVIDIA_TESLA_V100: [8] }],
  ['n1-highmem-2', { NVIDIA_TESLA_P4: [1, 2, 4], NVIDIA_TESLA_P100: [1, 2, 4], NVIDIA_TESLA_T4: [1, 2, 4], NVIDIA_TESLA_V100: [1, 2, 4, 8] }],
  ['n1-highmem-4', { NVIDIA_TESLA_P4: [1, 2, 4], NVIDIA_TESLA_P100: [1, 2, 4], NVIDIA_TESLA_T4: [1, 2, 4], NVIDIA_TESLA_V100: [1, 2, 4, 8] }],
  ['n1-highmem-8', { NVIDIA_TESLA_P4: [1, 2, 4], NVIDIA_TESLA_P100: [1, 2, 4], NVIDIA_TESLA_T4: [1, 2, 4], NVIDIA_TESLA_V100: [1, 2, 4, 8] }],
  ['n1-highmem-16', { NVIDIA_TESLA_P4: [1, 2, 4], NVIDIA_TESLA_P100: [1, 2, 4], NVIDIA_TESLA_T4: [1, 2, 4], NVIDIA_TESLA_V100: [2, 4, 8] }],
  ['n1-highmem-32', { NVIDIA_TESLA_P4: [2, 4], NVIDIA_TESLA_P100: [2, 4], NVIDIA_TESLA_T4: [2, 4], NVIDIA_TESLA_V100: [4, 8] }],
  ['n1-highmem-64', { NVIDIA_TESLA_P4: [4], NVIDIA_TESLA_T4: [4], NVIDIA_TESLA_V100: [8] }],
  ['n1-highmem-96', { NVIDIA_TESLA_P4: [4], NVIDIA_TESLA_T4: [4], NVIDIA_TESLA_V100: [8] }],
  ['n1-highcpu-16', { NVIDIA_TESLA_P4: [1, 2, 4], NVIDIA_TESLA_P100: [1, 2, 4], NVIDIA_TESLA_T4: [1, 2, 4], NVIDIA_TESLA_V100: [2, 4, 8] }],
  ['n1-highcpu-32', { NVIDIA_TESLA_P4: [2, 4], NVIDIA_TESLA_P100: [2, 4], NVIDIA_TESLA_T4: [2, 4], NVIDIA_TESLA_V100: [4, 8] }],
  ['n1-highcpu-64', { NVIDIA_TESLA_P4: [4], NVIDIA_TESLA_P100: [4], NVIDIA_TESLA_T4: [4], NVIDIA_TESLA_V100: [8] }],
  ['n1-highcpu-96', { NVIDIA_TESLA_P4: [4], NVIDIA_TESLA_T4: [4], NVIDIA_TESLA_V100: [8] }],
];

/** Machine types with a fixed GPU: type, GPU, count. */
const FIXED: Array<[string, string, number]> = [
  ['a2-highgpu-1g', 'NVIDIA_TESLA_A100', 1], ['a2-highgpu-2g', 'NVIDIA_TESLA_A100', 2], ['a2-highgpu-4g', 'NVIDIA_TESLA_A100', 4],
  ['a2-highgpu-8g', 'NVIDIA_TESLA_A100', 8], ['a2-megagpu-16g', 'NVIDIA_TESLA_A100', 16],
  ['a2-ultragpu-1g', 'NVIDIA_A100_80GB', 1], ['a2-ultragpu-2g', 'NVIDIA_A100_80GB', 2], ['a2-ultragpu-4g', 'NVIDIA_A100_80GB', 4],
  ['a2-ultragpu-8g', 'NVIDIA_A100_80GB', 8],
  ['a3-highgpu-1g', 'NVIDIA_H100_80GB', 1], ['a3-highgpu-2g', 'NVIDIA_H100_80GB', 2], ['a3-highgpu-4g', 'NVIDIA_H100_80GB', 4],
  ['a3-highgpu-8g', 'NVIDIA_H100_80GB', 8], ['a3-megagpu-8g', 'NVIDIA_H100_MEGA_80GB', 8], ['a3-ultragpu-8g', 'NVIDIA_H200_141GB', 8],
  ['a4-highgpu-8g', 'NVIDIA_B200', 8], ['a4x-highgpu-4g', 'NVIDIA_GB200', 4],
  ['g2-standard-4', 'NVIDIA_L4', 1], ['g2-standard-8', 'NVIDIA_L4', 1], ['g2-standard-12', 'NVIDIA_L4', 1], ['g2-standard-16', 'NVIDIA_L4', 1],
  ['g2-standard-32', 'NVIDIA_L4', 1], ['g2-standard-24', 'NVIDIA_L4', 2], ['g2-standard-48', 'NVIDIA_L4', 4], ['g2-standard-96', 'NVIDIA_L4', 8],
  ['g4-standard-48', 'NVIDIA_RTX_PRO_6000', 1], ['g4-standard-96', 'NVIDIA_RTX_PRO_6000', 2], ['g4-standard-192', 'NVIDIA_RTX_PRO_6000', 4],
  ['g4-standard-384', 'NVIDIA_RTX_PRO_6000', 8],
];

/** The accelerator counts each GPU machine type allows (N1: attachable counts; A2/A3/A4/A4X/G2/G4: the built-in GPUs). */
export const VERTEX_MACHINE_ACCELERATORS: VertexMachineAcceleratorsFact[] = [
  ...N1_COUNTS.map(([machineType, counts]) => ({ machineType, counts, ...compute })),
  ...FIXED.map(([machineType, type, count]) => ({ machineType, counts: { [type]: [count] }, ...compute })),
];
