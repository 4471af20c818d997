import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';

/** The runtime version of a batch prediction job is one batch prediction offers. */
export const PREDICTION_RUNTIME: Rule = {
  id: 'MLJ-PRED-007',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'prediction',
  summary: 'predictionInput.runtimeVersion is a runtime batch prediction supports (2.1 or earlier, according to the catalog).',
  rationale: 'Batch prediction serves TensorFlow SavedModels on a subset of runtimes; the documented list may be older than the service, hence a warning.',
  source: SOURCES.batchPrediction,
  check(job, ctx) {
    const runtime = knownString(job.predictionInput?.runtimeVersion);
    const fact = runtime ? ctx.catalog.runtimeVersion(runtime) : undefined;
    if (!fact || fact.batchPrediction !== false) return [];
    const supported = ctx.catalog.data.runtimeVersions.filter((r) => r.batchPrediction).map((r) => r.version);
    return [{ path: 'predictionInput.runtimeVersion', message: `predictionInput.runtimeVersion is ${show(runtime)}; batch prediction supports ${supported.join(', ')}.` }];
  },
};
