import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isReplicaUsed, knownString, replicasOf, replicaTypePath, show } from '../values';

/** Every machine type in use is one the catalog knows AI Platform Training accepts. */
export const MACHINE_TYPE_KNOWN: Rule = {
  id: 'MLJ-CLUSTER-006',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'Every machine type in use is a legacy type or a Compute Engine type that AI Platform Training accepts, according to the catalog.',
  rationale: 'A machine type the service does not offer fails at submission; the catalog may lag behind, hence a warning.',
  source: SOURCES.machineTypes,
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    // A loop rather than filter and flatMap: this runs for every job, and most have nothing to report.
    const violations: Violation[] = [];
    for (const replica of replicasOf(input)) {
      if (!isReplicaUsed(replica)) continue;
      const type = knownString(replica.machineType);
      if (!type || ctx.catalog.machineType(type)) continue;
      const path = replicaTypePath(replica);
      violations.push({
        path,
        message: `${path} is ${show(type)}, which the catalog (${ctx.catalog.data.version}) does not list as an AI Platform Training machine type.`,
        fix: 'Check the name (e.g. n1-standard-8, complex_model_m), or add it to your catalog override file.',
      });
    }
    return violations;
  },
};
