import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { acceleratorTypeOf, isUnknown, knownNumber, knownString, replicaConfigPath, show } from '../values';
import { acceleratedReplicas } from './accelerator-replicas';

/** The accelerator count is one the machine type allows for that accelerator. */
export const ACCELERATOR_COUNT: Rule = {
  id: 'MLJ-ACCEL-003',
  severity: 'error',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'acceleratorConfig.count is a whole number the machine type allows for the accelerator type (e.g. 1, 2, 4 or 8 NVIDIA_TESLA_V100 on n1-standard-8).',
  rationale: 'Each Compute Engine machine shape takes only certain GPU counts; any other count is rejected at submission.',
  source: SOURCES.gpus,
  check(job, ctx) {
    if (!job.trainingInput) return [];
    const violations: Violation[] = [];
    for (const { replica, accelerator, path } of acceleratedReplicas(job.trainingInput)) {
      const countPath = replicaConfigPath(replica, 'acceleratorConfig.count');
      if (accelerator.count === undefined || accelerator.count === null) {
        violations.push({ path: countPath, severity: 'warning', message: `${countPath} is not set; say how many accelerators each ${replica.role} gets.` });
        continue;
      }
      if (isUnknown(accelerator.count)) continue;
      const count = knownNumber(accelerator.count);
      if (count === undefined || !Number.isInteger(count) || count < 1) {
        violations.push({ path: countPath, message: `${countPath} is ${show(accelerator.count)}; it must be a whole number of at least 1.` });
        continue;
      }
      const type = acceleratorTypeOf(accelerator);
      const machineType = knownString(replica.machineType);
      if (!type || !machineType) continue;
      // Accelerators on legacy types are MLJ-ACCEL-001's finding; cloud_tpu is the one legacy name that takes them.
      if (ctx.catalog.isLegacyMachineType(machineType) && machineType !== ctx.catalog.tpu.machineType) continue;
      const allowed = ctx.catalog.allowedAcceleratorCounts(type, machineType);
      if (allowed === undefined || allowed.includes(count)) continue;
      const fact = ctx.catalog.accelerator(type);
      // Warn only where the fact is uncertain: an unconfirmed machine shape, or unconfirmed counts on a listed shape.
      // A100 on n1-highmem-8 stays an error: the n1 shape is confirmed and takes no A100 at all.
      const machineFact = ctx.catalog.machineType(machineType);
      const uncertain = machineFact?.confirmed === false || (allowed.length > 0 && fact?.confirmed === false);
      const severity = uncertain ? 'warning' : undefined;
      if (allowed.length === 0) {
        const machines = Object.keys(fact?.countsByMachineType ?? {}).slice(0, 6).join(', ');
        violations.push({
          path: `${path}.type`,
          severity,
          message: `${path}.type is ${type}, which cannot be attached to ${replica.typeField} ${show(machineType)}${machines ? `; machine types that take it include ${machines}` : ''}.`,
        });
        continue;
      }
      violations.push({
        path: countPath,
        severity,
        message: `${countPath} is ${count}; ${type} on ${machineType} allows ${formatList(allowed)}.`,
      });
    }
    return violations;
  },
};

function formatList(values: number[]): string {
  return values.length === 1 ? String(values[0]) : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
