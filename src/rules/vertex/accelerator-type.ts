import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { canonicalEnumName, isUnknown, knownNumber, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { usedPools } from './worker-pools';

/** acceleratorType and acceleratorCount are set together; the type is an enum value; the count a whole number ≥ 1. */
export const ACCELERATOR_TYPE: CustomJobRule = {
  id: 'MLJ-VERTEX-005',
  severity: 'error',
  kind: 'api',
  summary: 'machineSpec.acceleratorType and acceleratorCount are set together; the type is a value of the AcceleratorType enum (a deprecated one warns) and the count a whole number of at least 1.',
  rationale: 'The service answers "Both accelerator_type and accelerator_count should be specified or none"; K80 reached end of support and is refused on every machine type.',
  source: VERTEX_SOURCES.machineSpec,
  check(job, ctx) {
    const violations: Violation[] = [];
    for (const entry of usedPools(job)) {
      const spec = entry.pool.machineSpec;
      if (!spec || isUnknown(spec)) continue;
      const base = `${entry.path}.machineSpec`;
      const rawType: unknown = spec.acceleratorType;
      const rawCount: unknown = spec.acceleratorCount;
      const noType = rawType === undefined || rawType === null || rawType === 'ACCELERATOR_TYPE_UNSPECIFIED';
      const noCount = rawCount === undefined || rawCount === null || knownNumber(rawCount) === 0;
      if (noType && noCount) continue;
      if (noType && !isUnknown(rawCount)) {
        violations.push({ path: `${base}.acceleratorType`, message: `${base}.acceleratorCount is ${show(rawCount)} but acceleratorType is not set; set both or neither.` });
        continue;
      }
      if (noCount && !isUnknown(rawType)) {
        violations.push({ path: `${base}.acceleratorCount`, message: `${base}.acceleratorType is ${show(rawType)} but acceleratorCount is not set; set both or neither.` });
        continue;
      }
      // An unknown type beside no count (or an unknown count beside no type) may be neither: nothing is known wrong.
      if (noType || noCount) continue;
      const count = knownNumber(rawCount);
      if (!isUnknown(rawCount) && (count === undefined || !Number.isInteger(count) || count < 1)) {
        violations.push({ path: `${base}.acceleratorCount`, message: `${base}.acceleratorCount is ${show(rawCount)}; it must be a whole number of at least 1.` });
      }
      const type = knownString(rawType);
      if (type === undefined) continue;
      const fact = ctx.catalog.accelerator(type);
      if (fact?.deprecated) {
        violations.push({ path: `${base}.acceleratorType`, severity: 'warning', message: `${base}.acceleratorType is ${type}, which the API marks deprecated (${fact.deprecated}).`, fix: 'Use NVIDIA_TESLA_T4 on an n1 machine, or a G2 machine with NVIDIA_L4.' });
      } else if (!fact) {
        const canonical = canonicalEnumName(type);
        if (ctx.catalog.accelerator(canonical)) {
          violations.push({ path: `${base}.acceleratorType`, severity: 'warning', message: `${base}.acceleratorType is ${show(type)}; the API's enum name is ${canonical}, and the service's reading of other spellings is not documented.`, fix: `Write ${canonical}.` });
        } else if (/^[A-Z][A-Z0-9_]*$/.test(type)) {
          // A well-formed name the catalog does not know may be newer than the catalog: warn, never reject.
          violations.push({ path: `${base}.acceleratorType`, severity: 'warning', message: `${base}.acceleratorType is ${type}, which the catalog (${ctx.catalog.data.version}) does not list; check the AcceleratorType enum.` });
        } else {
          violations.push({ path: `${base}.acceleratorType`, message: `${base}.acceleratorType is ${show(type)}; it must be an AcceleratorType enum value such as NVIDIA_TESLA_T4 or NVIDIA_L4.` });
        }
      }
    }
    return violations;
  },
};
