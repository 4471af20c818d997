import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';
import { acceleratedReplicas } from './accelerator-replicas';

/** The `AcceleratorType` enum of the ML Engine v1 API (discovery revision 20251213). */
const API_ACCELERATOR_TYPES = [
  'NVIDIA_TESLA_K80', 'NVIDIA_TESLA_P4', 'NVIDIA_TESLA_P100', 'NVIDIA_TESLA_V100', 'NVIDIA_TESLA_T4', 'NVIDIA_TESLA_A100',
  'TPU_V2', 'TPU_V3', 'TPU_V2_POD', 'TPU_V3_POD', 'TPU_V4_POD',
];

/** `acceleratorConfig.type` is a value of the API's accelerator enum (or one the user's catalog adds). */
export const ACCELERATOR_TYPE_VALUE: Rule = {
  id: 'MLJ-ACCEL-002',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'acceleratorConfig.type is one of the API accelerator types (NVIDIA_TESLA_K80/P4/P100/V100/T4/A100, TPU_V2/V3 and their pods).',
  rationale: 'The type is an enum; names built by pattern (NVIDIA_L4, NVIDIA_TESLA_L4) are Vertex AI or invented names the v1 API rejects.',
  source: SOURCES.replicaConfig,
  check(job, ctx) {
    if (!job.trainingInput) return [];
    return acceleratedReplicas(job.trainingInput).flatMap(({ accelerator, path }) => {
      const type = knownString(accelerator.type);
      if (accelerator.type === undefined || accelerator.type === null) {
        return [{ path: `${path}.type`, message: `${path}.type is not set; name the accelerator, e.g. NVIDIA_TESLA_T4.` }];
      }
      if (!type || API_ACCELERATOR_TYPES.includes(type) || ctx.catalog.accelerator(type)) return [];
      return [{ path: `${path}.type`, message: `${path}.type is ${show(type)}; allowed: ${API_ACCELERATOR_TYPES.join(', ')}.` }];
    });
  },
};
