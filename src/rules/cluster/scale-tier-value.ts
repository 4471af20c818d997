import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { canonicalEnumName, knownString, show } from '../values';

/** `scaleTier` is one of the predefined tiers or `CUSTOM`. */
export const SCALE_TIER_VALUE: Rule = {
  id: 'MLJ-CLUSTER-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'trainingInput.scaleTier is BASIC, STANDARD_1, PREMIUM_1, BASIC_GPU, BASIC_TPU or CUSTOM.',
  rationale: 'scaleTier is an enum; any other value is rejected.',
  source: SOURCES.trainingInput,
  check(job, ctx) {
    const tier = knownString(job.trainingInput?.scaleTier);
    // Another spelling of a tier (`standard-1`) is MLJ-CLUSTER-007's warning.
    if (tier === undefined || ctx.catalog.scaleTier(tier) || ctx.catalog.scaleTier(canonicalEnumName(tier))) return [];
    const allowed = ctx.catalog.data.scaleTiers.map((t) => t.id).join(', ');
    return [{ path: 'trainingInput.scaleTier', message: `trainingInput.scaleTier is ${show(tier)}; allowed: ${allowed}.` }];
  },
};
