import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { canonicalEnumName, isUnknown, knownNumber, knownString } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { formatCounts, usedPools } from './worker-pools';

/** The machine family takes the accelerator type, in that count. */
export const MACHINE_ACCELERATORS: CustomJobRule = {
  id: 'MLJ-VERTEX-006',
  severity: 'error',
  kind: 'api',
  summary: 'The accelerator fits the machine: GPUs attach to N1 only (P4, P100, T4, V100 in the counts each shape allows); A2/A3/A4/G2/G4 types take exactly their built-in GPU type and count; E2, N2, N4, C2 and M1 take none.',
  rationale: 'Each Compute Engine shape supports only certain GPUs and counts; anything else fails with "The accelerator count … is not allowed" or "Accelerator … is not supported for machine type …".',
  source: VERTEX_SOURCES.configureCompute,
  check(job, ctx) {
    const violations: Violation[] = [];
    for (const entry of usedPools(job)) {
      const spec = entry.pool.machineSpec;
      const machineType = knownString(spec?.machineType);
      if (!spec || !machineType) continue;
      const family = ctx.catalog.machineFamily(machineType);
      if (!family || family.accelerators === 'tpu') continue; // MLJ-VERTEX-004 and MLJ-VERTEX-008
      const base = `${entry.path}.machineSpec`;
      const rawType = knownString(spec.acceleratorType);
      const type = rawType === undefined || rawType === 'ACCELERATOR_TYPE_UNSPECIFIED' ? undefined : canonicalEnumName(rawType);
      const count = knownNumber(spec.acceleratorCount);
      const fact = type ? ctx.catalog.accelerator(type) : undefined;
      if (family.accelerators === 'none') {
        if (type) violations.push({ path: `${base}.acceleratorType`, message: `${base}.acceleratorType is ${type}, but ${machineType} (${family.prefix.toUpperCase()}) takes no accelerators.`, fix: 'Use an n1 machine type for P4, P100, T4 or V100, a2 for A100, g2 for L4, or drop the accelerator.' });
        continue;
      }
      if (family.accelerators === 'fixed') {
        const builtIn = ctx.catalog.builtInAccelerator(machineType);
        if (!builtIn) {
          violations.push({ path: `${base}.machineType`, severity: 'warning', message: `${base}.machineType is ${machineType}, a ${family.prefix.toUpperCase()} type whose GPUs the catalog does not list.` });
          continue;
        }
        const expected = `acceleratorType: ${builtIn.type}, acceleratorCount: ${builtIn.count}`;
        if (!type && !isUnknown(spec.acceleratorType)) {
          violations.push({ path: `${base}.acceleratorType`, severity: 'warning', message: `${base} of ${machineType} names no accelerator; the machine comes with ${builtIn.count} × ${builtIn.type}.`, fix: `Set ${expected}.` });
        } else if (type && type !== builtIn.type && fact) {
          violations.push({ path: `${base}.acceleratorType`, message: `${base}.acceleratorType is ${type}; ${machineType} comes with ${builtIn.type}.`, fix: `Set ${expected}.` });
        } else if (type === builtIn.type && count !== undefined && count !== builtIn.count) {
          violations.push({ path: `${base}.acceleratorCount`, message: `${base}.acceleratorCount is ${count}; ${machineType} has exactly ${builtIn.count} × ${builtIn.type}.`, fix: `Set acceleratorCount: ${builtIn.count}, or pick the ${family.prefix} shape with ${count} GPUs.` });
        }
        continue;
      }
      // Attachable (N1).
      if (!type || !fact) continue;
      if (fact.kind === 'tpu') continue; // MLJ-VERTEX-008
      const allowed = ctx.catalog.machineAccelerators(machineType);
      if (!allowed) {
        violations.push({ path: `${base}.machineType`, severity: 'warning', message: `${base}.machineType is ${machineType}, an N1 shape whose GPU counts the catalog does not list.` });
        continue;
      }
      const counts = allowed[type];
      if (!counts && fact.deprecated) {
        violations.push({ path: `${base}.acceleratorType`, message: `${base}.acceleratorType is ${type}: ${fact.deprecated}, and Vertex AI no longer offers it on any machine type.`, fix: 'Use NVIDIA_TESLA_T4 on this n1 machine, or a g2 machine with its NVIDIA_L4.' });
      } else if (!counts) {
        const offered = Object.keys(allowed).join(', ');
        violations.push({ path: `${base}.acceleratorType`, message: `${base}.acceleratorType is ${type}, which ${machineType} cannot take; it takes ${offered}.`, fix: fixFor(type) });
      } else if (count !== undefined && Number.isInteger(count) && count >= 1 && !counts.includes(count)) {
        violations.push({ path: `${base}.acceleratorCount`, message: `${base}.acceleratorCount is ${count}; ${type} on ${machineType} allows ${formatCounts(counts)}.` });
      }
    }
    return violations;
  },
};

function fixFor(type: string): string | undefined {
  if (type === 'NVIDIA_TESLA_A100') return 'Use an a2-highgpu machine type (a2-highgpu-1g has 1 × A100).';
  if (type === 'NVIDIA_A100_80GB') return 'Use an a2-ultragpu machine type.';
  if (type === 'NVIDIA_L4') return 'Use a g2-standard machine type (g2-standard-8 has 1 × L4).';
  if (type.startsWith('NVIDIA_H100') || type.startsWith('NVIDIA_H200')) return 'Use an a3 machine type.';
  return undefined;
}
