import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';
import { acceleratedReplicas } from './accelerator-replicas';

/** `acceleratorConfig` is only for Compute Engine machine types (and `cloud_tpu` workers). */
export const ACCELERATOR_ON_LEGACY_TYPE: Rule = {
  id: 'MLJ-ACCEL-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'acceleratorConfig is set only on replicas with a Compute Engine machine type (or a cloud_tpu worker).',
  rationale: 'Legacy machine types such as standard_gpu come with their accelerators built in and accept no acceleratorConfig.',
  source: SOURCES.gpus,
  check(job, ctx) {
    if (!job.trainingInput) return [];
    // A loop rather than flatMap: this runs for every job, and most have nothing to report.
    const violations: Violation[] = [];
    for (const { replica, path } of acceleratedReplicas(job.trainingInput)) {
      const type = knownString(replica.machineType);
      if (!type || type === ctx.catalog.tpu.machineType || !ctx.catalog.isLegacyMachineType(type)) continue;
      const builtIn = ctx.catalog.machineType(type)?.builtInAccelerator;
      violations.push({
        path,
        message: `${path} is set on ${replica.typeField} ${show(type)}, a legacy machine type; accelerators can only be attached to Compute Engine machine types.`,
        fix: builtIn
          ? `${type} already has ${builtIn.count} × ${builtIn.type}; remove acceleratorConfig, or use a Compute Engine type such as n1-standard-8.`
          : 'Use a Compute Engine machine type such as n1-standard-8, or a legacy GPU type such as standard_gpu without acceleratorConfig.',
      });
    }
    return violations;
  },
};
