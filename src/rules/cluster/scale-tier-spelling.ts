import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { canonicalScaleTier, knownString, show } from '../values';

/**
 * `scaleTier` is written as the API's enum name. Another case, or gcloud's flag spelling with hyphens, is a warning:
 * gcloud sends the text unchanged, Google-authored configs use `STANDARD-1` (elvinzhusiyu/vapit
 * config/hptuning_config.yaml), the service is known to parse enum names case-insensitively (MLJ-HPT-001), but how
 * it reads hyphens is not documented.
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
    const canonical = canonicalScaleTier(tier);
    if (!ctx.catalog.scaleTier(canonical)) return []; // not a tier at all: MLJ-CLUSTER-001
    return [{
      path: 'trainingInput.scaleTier',
      message: `trainingInput.scaleTier is ${show(tier)}; the API's enum name is ${canonical}, and the service's reading of other spellings is not documented.`,
      fix: `Write ${canonical}.`,
    }];
  },
};
