import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { effectiveImage, isReplicaUsed, replicaConfigPath, replicasOf } from '../values';

/** `containerCommand`/`containerArgs` need a custom container and exclude `trainingInput.args`. */
export const CONTAINER_COMMAND_ARGS: Rule = {
  id: 'MLJ-CODE-003',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'containerCommand and containerArgs are set only on replicas that run a custom container, and never together with trainingInput.args.',
  rationale: 'They override the image ENTRYPOINT and CMD, so they mean nothing for package jobs, and the API treats them as exclusive with args.',
  source: SOURCES.replicaConfig,
  check(job) {
    const input = job.trainingInput;
    if (!input) return [];
    const violations: Violation[] = [];
    const hasArgs = Array.isArray(input.args) ? input.args.length > 0 : input.args !== undefined && input.args !== null;
    for (const replica of replicasOf(input)) {
      if (!isReplicaUsed(replica)) continue;
      for (const field of CONTAINER_FIELDS) {
        const value = replica.config?.[field];
        if (value === undefined || value === null) continue;
        const path = replicaConfigPath(replica, field);
        if (effectiveImage(input, replica) === undefined) {
          violations.push({ path, message: `${path} is set, but the ${replica.role} runs no custom container; ${field} only applies with an imageUri.`, fix: 'Set masterConfig.imageUri, or pass arguments in trainingInput.args.' });
        } else if (hasArgs) {
          violations.push({ path, message: `${path} and trainingInput.args are both set; use one of them.`, fix: field === 'containerArgs' ? 'Move the arguments into containerArgs and remove trainingInput.args.' : 'Remove trainingInput.args and put the arguments in containerArgs.' });
        }
      }
    }
    return violations;
  },
};

/** The fields of a replica's configuration that take the place of `trainingInput.args`. */
const CONTAINER_FIELDS = ['containerCommand', 'containerArgs'] as const;
