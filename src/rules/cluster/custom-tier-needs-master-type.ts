import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { missingField, scaleTierOf } from '../values';

/** `scaleTier: CUSTOM` needs `masterType`. */
export const CUSTOM_TIER_NEEDS_MASTER_TYPE: Rule = {
  id: 'MLJ-CLUSTER-002',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'With scaleTier CUSTOM, trainingInput.masterType is set.',
  rationale: 'A custom cluster has no default master machine; the service rejects the job without one.',
  source: SOURCES.trainingInput,
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input || scaleTierOf(input) !== 'CUSTOM') return [];
    if (input.masterType !== undefined && input.masterType !== null && input.masterType !== '') return [];
    return [missingField(ctx, 'trainingInput.masterType', 'trainingInput.masterType is not set; scaleTier CUSTOM needs a master machine type such as n1-standard-8.', '--master-machine-type')];
  },
};
