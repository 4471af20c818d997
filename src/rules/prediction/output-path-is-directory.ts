import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';

/** `outputPath` is a directory: the service writes `prediction.results-*` files into it. */
export const OUTPUT_PATH_IS_DIRECTORY: Rule = {
  id: 'MLJ-PRED-005',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'prediction',
  summary: 'predictionInput.outputPath names a directory, not a file such as results.csv.',
  rationale: 'The service creates a directory of that name holding prediction.results-NNNNN-of-NNNNN files, which surprises readers expecting one file.',
  source: SOURCES.batchPrediction,
  check(job) {
    const path = knownString(job.predictionInput?.outputPath);
    if (!path || !/\.(csv|json|jsonl|txt|tfrecord|gz)$/i.test(path)) return [];
    return [{
      path: 'predictionInput.outputPath',
      message: `predictionInput.outputPath is ${show(path)}, which looks like a file; the service writes a directory of that name with prediction.results-* files in it.`,
      fix: `Use a directory such as ${show(path.replace(/\/[^/]*$/, '/'))}.`,
    }];
  },
};
