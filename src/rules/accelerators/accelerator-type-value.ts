import { Catalog } from '../../catalog/catalog';
import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { canonicalEnumName, enumSpelling, knownString, show } from '../values';
import { acceleratedReplicas } from './accelerator-replicas';

/** The `AcceleratorType` enum of the ML Engine v1 API (discovery revision 20251213). */
const API_ACCELERATOR_TYPES = [
  'NVIDIA_TESLA_K80', 'NVIDIA_TESLA_P4', 'NVIDIA_TESLA_P100', 'NVIDIA_TESLA_V100', 'NVIDIA_TESLA_T4', 'NVIDIA_TESLA_A100',
  'TPU_V2', 'TPU_V3', 'TPU_V2_POD', 'TPU_V3_POD', 'TPU_V4_POD',
];

/**
 * `acceleratorConfig.type` is a value of the API's accelerator enum (or one the user's catalog adds). Another spelling
 * of one (`nvidia-tesla-t4`) is a warning shared with MLJ-CLUSTER-007 and MLJ-HPT-001; the other rules read it as the
 * type it names (`acceleratorTypeOf`).
 */
export const ACCELERATOR_TYPE_VALUE: Rule = {
  id: 'MLJ-ACCEL-002',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'acceleratorConfig.type is one of the API accelerator types (NVIDIA_TESLA_K80/P4/P100/V100/T4/A100, TPU_V2/V3 and their pods), written as the enum name (another case or hyphens: a warning).',
  rationale: 'The type is an enum; names built by pattern (NVIDIA_L4, NVIDIA_TESLA_L4) are Vertex AI or invented names the v1 API rejects.',
  source: SOURCES.replicaConfig,
  check(job, ctx) {
    if (!job.trainingInput) return [];
    // A loop rather than flatMap: this runs for every job, and most have nothing to report.
    const violations: Violation[] = [];
    for (const { accelerator, path } of acceleratedReplicas(job.trainingInput)) {
      const type = knownString(accelerator.type);
      if (accelerator.type === undefined || accelerator.type === null) {
        violations.push({ path: `${path}.type`, message: `${path}.type is not set; name the accelerator, e.g. NVIDIA_TESLA_T4.` });
        continue;
      }
      if (!type || isKnownType(type, ctx.catalog)) continue;
      const canonical = canonicalEnumName(type);
      if (isKnownType(canonical, ctx.catalog)) violations.push(enumSpelling(`${path}.type`, type, canonical));
      else violations.push({ path: `${path}.type`, message: `${path}.type is ${show(type)}; allowed: ${API_ACCELERATOR_TYPES.join(', ')}.` });
    }
    return violations;
  },
};

/** An accelerator type of the API's enum, or one the catalog lists. */
function isKnownType(name: string, catalog: Catalog): boolean {
  return API_ACCELERATOR_TYPES.includes(name) || catalog.accelerator(name) !== undefined;
}
