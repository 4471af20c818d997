import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, knownNumber, show } from '../values';

/** Trial counts are whole numbers: maxTrials and maxParallelTrials at least 1, maxFailedTrials at least 0. */
export const TRIAL_COUNTS: Rule = {
  id: 'MLJ-HPT-006',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'maxTrials and maxParallelTrials are whole numbers ≥ 1 and maxFailedTrials a whole number ≥ 0.',
  rationale: 'Zero or negative trial counts describe no study; the service rejects them.',
  source: SOURCES.hyperparameterSpec,
  check(job) {
    const spec = job.trainingInput?.hyperparameters;
    if (!spec) return [];
    const violations: Violation[] = [];
    for (const [field, min] of [['maxTrials', 1], ['maxParallelTrials', 1], ['maxFailedTrials', 0]] as const) {
      const value: unknown = spec[field];
      if (value === undefined || value === null || isUnknown(value)) continue;
      const n = knownNumber(value);
      if (n === undefined || !Number.isInteger(n) || n < min) {
        const path = `trainingInput.hyperparameters.${field}`;
        violations.push({ path, message: `${path} is ${show(value)}; it must be a whole number of at least ${min}.` });
      }
    }
    return violations;
  },
};
