import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';

/** The region is one where the catalog knows the job kind is offered. */
export const REGION_KNOWN: Rule = {
  id: 'MLJ-REGION-002',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'any',
  summary: 'The region offers the job kind (training or batch prediction) according to the catalog.',
  rationale: 'A job in a region without the service fails at submission; the catalog may lag behind new regions, hence a warning.',
  source: SOURCES.regions,
  check(job, ctx) {
    const training = Boolean(job.trainingInput);
    const region = knownString(job.trainingInput?.region ?? job.predictionInput?.region);
    if (!region) return [];
    const path = training ? 'trainingInput.region' : 'predictionInput.region';
    const fact = ctx.catalog.region(region);
    const offered = fact && (training ? fact.training : fact.batchPrediction);
    if (offered) return [];
    const kind = training ? 'training' : 'batch prediction';
    const known = ctx.catalog.data.regions.filter((r) => (training ? r.training : r.batchPrediction)).map((r) => r.id);
    return [{
      path,
      message: `${path} is ${show(region)}; the catalog (${ctx.catalog.data.version}) has no ${kind} there. Known ${kind} regions: ${known.join(', ')}.`,
      fix: 'Check the region name, or add the region to your catalog override file if it is new.',
    }];
  },
};
