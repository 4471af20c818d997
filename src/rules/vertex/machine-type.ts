import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { ownValue } from '../../model/own-value';
import { Violation } from '../rule';
import { isUnknown, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { usedPools } from './worker-pools';

/** Each non-empty pool names a machine type of a family custom training offers. */
export const MACHINE_TYPE: CustomJobRule = {
  id: 'MLJ-VERTEX-004',
  severity: 'error',
  kind: 'api',
  summary: 'Each non-empty worker pool sets machineSpec.machineType; a family the catalog does not list for custom training (N2D, C3, …) is a warning.',
  rationale: 'machineType is required in a worker pool. Legacy AI Platform names (standard, complex_model_m, cloud_tpu) do not exist on Vertex AI.',
  source: VERTEX_SOURCES.configureCompute,
  check(job, ctx) {
    const violations: Violation[] = [];
    for (const entry of usedPools(job)) {
      const path = `${entry.path}.machineSpec.machineType`;
      const raw = entry.pool.machineSpec?.machineType;
      if (isUnknown(entry.pool.machineSpec) || isUnknown(raw)) continue;
      if (raw === undefined || raw === null || raw === '') {
        violations.push({ path, message: `${path} is not set; every pool needs a Compute Engine machine type such as n1-standard-8.` });
        continue;
      }
      const machineType = knownString(raw);
      if (machineType === undefined) {
        violations.push({ path, message: `${path} is ${show(raw)}; it must be a machine type name.` });
        continue;
      }
      if (ctx.catalog.machineFamily(machineType)) continue;
      const legacy = ownValue(LEGACY, machineType);
      if (legacy) {
        violations.push({ path, message: `${path} is ${show(machineType)}, an AI Platform Training name that Vertex AI does not know.`, fix: `Use ${legacy}.` });
        continue;
      }
      violations.push({
        path, severity: 'warning',
        message: `${path} is ${show(machineType)}, whose family the catalog (${ctx.catalog.data.version}) does not list for custom training; check the machine types of configure-compute.`,
      });
    }
    return violations;
  },
};

/** AI Platform Training machine names and the Compute Engine type migration uses for them. */
const LEGACY: { readonly [name: string]: string } = {
  standard: 'n1-standard-4',
  large_model: 'n1-highmem-8',
  complex_model_s: 'n1-highcpu-8',
  complex_model_m: 'n1-highcpu-16',
  complex_model_l: 'n1-highcpu-32',
  standard_gpu: 'n1-standard-4 with an NVIDIA_TESLA_T4 (K80 is no longer offered)',
  cloud_tpu: 'cloud-tpu (a hyphen) with TPU_V2 or TPU_V3 × 8',
};
