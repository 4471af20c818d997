import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, knownNumber, missingField, replicasOf, scaleTierOf, show } from '../values';

/**
 * Worker, parameter server and evaluator counts are non-negative integers, need `scaleTier: CUSTOM`, and a count
 * above 0 needs its machine type.
 */
export const REPLICA_COUNTS: Rule = {
  id: 'MLJ-CLUSTER-003',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'workerCount, parameterServerCount and evaluatorCount are whole numbers ≥ 0, used only with scaleTier CUSTOM, and a count above 0 has its machine type.',
  rationale: 'The API accepts replica counts only for custom clusters, and a count without a machine type leaves the replicas undefined.',
  source: SOURCES.trainingInput,
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const violations: Violation[] = [];
    for (const replica of replicasOf(input)) {
      if (!replica.countField || replica.count === undefined || replica.count === null || isUnknown(replica.count)) continue;
      const path = `trainingInput.${replica.countField}`;
      const count = knownNumber(replica.count);
      if (count === undefined || !Number.isInteger(count) || count < 0) {
        violations.push({ path, message: `${path} is ${show(replica.count)}; it must be a whole number of 0 or more.` });
        continue;
      }
      if (count === 0) continue;
      const tier = input.scaleTier;
      if (tier === undefined || tier === null) {
        if (ctx.completeness === 'partial') {
          violations.push({ path: 'trainingInput.scaleTier', severity: 'info', message: `${path} is ${count}; scaleTier CUSTOM must come from the command line (--scale-tier CUSTOM).` });
        } else {
          violations.push({ path, message: `${path} is ${count} but scaleTier is not set (the API default is BASIC); replica counts need scaleTier CUSTOM.`, fix: 'Set trainingInput.scaleTier to CUSTOM.' });
        }
      } else if (!isUnknown(tier) && scaleTierOf(input) !== 'CUSTOM') {
        violations.push({ path, message: `${path} is ${count} with scaleTier ${show(tier)}; replica counts are only used with scaleTier CUSTOM.`, fix: 'Set trainingInput.scaleTier to CUSTOM, or remove the count.' });
      }
      const type = replica.machineType;
      if (type === undefined || type === null || type === '') {
        violations.push(missingField(ctx, `trainingInput.${replica.typeField}`, `trainingInput.${replica.typeField} is not set; ${path} is ${count} and needs a machine type.`, `--${replica.role === 'parameterServer' ? 'parameter-server' : replica.role}-machine-type`));
      }
    }
    return violations;
  },
};
