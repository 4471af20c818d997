import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, knownString, replicasOf, scaleTierOf, show } from '../values';

/** Machine types only shape the cluster with `scaleTier: CUSTOM`. */
export const MACHINE_TYPES_WITHOUT_CUSTOM: Rule = {
  id: 'MLJ-CLUSTER-005',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'masterType, workerType, parameterServerType and evaluatorType are set only with scaleTier CUSTOM.',
  rationale: 'A predefined tier fixes the machines; machine types written beside it are either ignored or rejected, and not what the author meant.',
  source: SOURCES.trainingInput,
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const tier = input.scaleTier;
    if (scaleTierOf(input) === 'CUSTOM' || isUnknown(tier)) return [];
    if ((tier === undefined || tier === null) && ctx.completeness === 'partial') return [];
    const typed = replicasOf(input).filter((replica) => knownString(replica.machineType));
    if (!typed.length) return [];
    const fields = typed.map((replica) => replica.typeField).join(', ');
    return [{
      path: 'trainingInput.scaleTier',
      message: `trainingInput.scaleTier is ${tier === undefined || tier === null ? 'not set (BASIC)' : show(tier)} but ${fields} ${typed.length > 1 ? 'are' : 'is'} set; machine types are only used with scaleTier CUSTOM.`,
      fix: 'Set trainingInput.scaleTier to CUSTOM.',
    }];
  },
};
