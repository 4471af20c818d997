import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, missingField } from '../values';

/** A batch prediction job reads at least one input path and writes to an output path. */
export const PREDICTION_PATHS: Rule = {
  id: 'MLJ-PRED-004',
  severity: 'error',
  kind: 'api',
  appliesTo: 'prediction',
  summary: 'predictionInput.inputPaths has at least one path and predictionInput.outputPath is set.',
  rationale: 'Both are required: there is nothing to predict without input, and nowhere to write without output.',
  source: SOURCES.predictionInput,
  check(job, ctx) {
    const input = job.predictionInput;
    if (!input) return [];
    const violations: Violation[] = [];
    if (!isUnknown(input.inputPaths) && (!Array.isArray(input.inputPaths) || input.inputPaths.length === 0)) {
      violations.push(missingField(ctx, 'predictionInput.inputPaths', 'predictionInput.inputPaths is empty; list the gs:// files to predict on (wildcards allowed).', '--input-paths'));
    }
    if (input.outputPath === undefined || input.outputPath === null || input.outputPath === '') {
      violations.push(missingField(ctx, 'predictionInput.outputPath', 'predictionInput.outputPath is not set; name the gs:// directory for the results.', '--output-path'));
    }
    return violations;
  },
};
