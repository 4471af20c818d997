import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { canonicalEnumName, enumSpelling, knownString } from '../values';

/**
 * `scaleTier` is written as the API's enum name. Another case, or gcloud's flag spelling with hyphens, is a warning:
 * gcloud sends the text unchanged, Google-authored configs use `STANDARD-1` (elvinzhusiyu/vapit
 * config/hptuning_config.yaml), but only the enum names are documented; MLJ-HPT-001 and MLJ-ACCEL-002 treat other spellings
 * the same way (`enumSpelling`).
 */
export const SCALE_TIER_SPELLING: Rule = {
  id: 'MLJ-CLUSTER-007',
  severity: 'warning',
  kind: 'api',
  appliesTo: 'training',
  summary: 'trainingInput.scaleTier is written as the API enum name (STANDARD_1), not in another case or with hyphens (standard-1, the gcloud flag spelling).',
  rationale: 'gcloud sends the value as written; only the enum names are documented for the API, so another spelling depends on undocumented leniency of the service.',
  source: SOURCES.trainingInput,
  check(job, ctx) {
    const tier = knownString(job.trainingInput?.scaleTier);
    if (tier === undefined || ctx.catalog.scaleTier(tier)) return [];
    const canonical = canonicalEnumName(tier);
    if (!ctx.catalog.scaleTier(canonical)) return []; // not a tier at all: MLJ-CLUSTER-001
    return [enumSpelling('trainingInput.scaleTier', tier, canonical)];
  },
};
