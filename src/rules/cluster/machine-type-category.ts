import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isReplicaUsed, knownString, replicasOf, replicaTypePath, show } from '../values';

/** The machine types of one job are all Compute Engine types or all legacy types (a `cloud_tpu` worker is exempt). */
export const MACHINE_TYPE_CATEGORY: Rule = {
  id: 'MLJ-CLUSTER-004',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'masterType, workerType, parameterServerType and evaluatorType are all Compute Engine machine types or all legacy machine types (cloud_tpu excepted).',
  rationale: 'The API requires one category per job; Google samples pair both kinds of master with a cloud_tpu worker, so that one is exempt.',
  source: SOURCES.machineTypes,
  check(job, ctx) {
    const input = job.trainingInput;
    const master = knownString(input?.masterType);
    if (!input || !master || master === ctx.catalog.tpu.machineType) return [];
    const masterLegacy = ctx.catalog.isLegacyMachineType(master);
    const masterCompute = ctx.catalog.isComputeEngineMachineType(master);
    if (!masterLegacy && !masterCompute) return [];
    // A loop rather than filter and flatMap: this runs for every job, and most have nothing to report.
    const violations: Violation[] = [];
    for (const replica of replicasOf(input)) {
      if (replica.role === 'master' || !isReplicaUsed(replica)) continue;
      const type = knownString(replica.machineType);
      if (!type || type === ctx.catalog.tpu.machineType) continue;
      const mismatch = masterLegacy ? ctx.catalog.isComputeEngineMachineType(type) : ctx.catalog.isLegacyMachineType(type);
      if (!mismatch) continue;
      const path = replicaTypePath(replica);
      violations.push({
        path,
        message: `${path} is ${show(type)}, a ${masterLegacy ? 'Compute Engine' : 'legacy'} machine type, but masterType ${show(master)} is ${masterLegacy ? 'legacy' : 'Compute Engine'}; all machine types of a job must be of one category.`,
        fix: masterLegacy ? 'Use legacy types everywhere (e.g. complex_model_m) or Compute Engine types everywhere (e.g. n1-highcpu-16).' : 'Use Compute Engine types everywhere, e.g. n1-standard-8.',
      });
    }
    return violations;
  },
};
