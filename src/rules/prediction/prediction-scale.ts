import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, knownNumber, show } from '../values';

/** `maxWorkerCount` and `batchSize` are whole numbers of at least 1. */
export const PREDICTION_SCALE: Rule = {
  id: 'MLJ-PRED-006',
  severity: 'error',
  kind: 'api',
  appliesTo: 'prediction',
  summary: 'predictionInput.maxWorkerCount and batchSize are whole numbers of at least 1.',
  rationale: 'Zero workers or batches of zero records cannot process anything.',
  source: SOURCES.predictionInput,
  check(job) {
    const input = job.predictionInput;
    if (!input) return [];
    const violations: Violation[] = [];
    for (const field of ['maxWorkerCount', 'batchSize'] as const) {
      const value: unknown = input[field];
      if (value === undefined || value === null || isUnknown(value)) continue;
      const n = knownNumber(value);
      if (n === undefined || !Number.isInteger(n) || n < 1) {
        violations.push({ path: `predictionInput.${field}`, message: `predictionInput.${field} is ${show(value)}; it must be a whole number of at least 1.` });
      }
    }
    return violations;
  },
};
