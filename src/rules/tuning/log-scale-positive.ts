import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { knownList, knownNumber } from '../values';

const LOG_SCALES = ['UNIT_LOG_SCALE', 'UNIT_REVERSE_LOG_SCALE'];

/** A log scale needs a strictly positive search space. */
export const LOG_SCALE_POSITIVE: Rule = {
  id: 'MLJ-HPT-004',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'Parameters with UNIT_LOG_SCALE or UNIT_REVERSE_LOG_SCALE have a strictly positive range (minValue > 0, or all discreteValues > 0).',
  rationale: 'The logarithm of zero or a negative number is undefined: "the entire feasible space must be strictly positive".',
  source: SOURCES.parameterSpec,
  check(job) {
    const params = job.trainingInput?.hyperparameters?.params;
    if (!Array.isArray(params)) return [];
    const violations: Violation[] = [];
    params.forEach((param, i) => {
      if (!param || !LOG_SCALES.includes(String(param.scaleType).toUpperCase())) return;
      const path = `trainingInput.hyperparameters.params[${i}]`;
      const min = knownNumber(param.minValue);
      if (min !== undefined && min <= 0) {
        violations.push({ path: `${path}.minValue`, message: `${path}.minValue is ${min} with scaleType ${param.scaleType}; a log scale needs minValue above 0.`, fix: 'Use a small positive minValue such as 1e-6, or UNIT_LINEAR_SCALE.' });
      }
      const values = knownList<unknown>(param.discreteValues)?.map(knownNumber);
      const nonPositive = values?.find((v) => v !== undefined && v <= 0);
      if (nonPositive !== undefined) {
        violations.push({ path: `${path}.discreteValues`, message: `${path}.discreteValues contains ${nonPositive} with scaleType ${param.scaleType}; a log scale needs values above 0.` });
      }
    });
    return violations;
  },
};
