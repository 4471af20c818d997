import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, missingField } from '../values';

/** Training and prediction inputs name their region. */
export const REGION_REQUIRED: Rule = {
  id: 'MLJ-REGION-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'any',
  summary: 'trainingInput.region or predictionInput.region is set.',
  rationale: 'The region is required: the service does not pick one.',
  source: SOURCES.regions,
  check(job, ctx) {
    const input = job.trainingInput ?? job.predictionInput;
    if (!input || isUnknown(input)) return [];
    const path = job.trainingInput ? 'trainingInput.region' : 'predictionInput.region';
    const region: unknown = input.region;
    return region === undefined || region === null || region === '' ? [missingField(ctx, path, `${path} is not set; every job runs in a region.`, '--region')] : [];
  },
};
