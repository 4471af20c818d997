import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownList, knownNumber, show } from '../values';

/**
 * DISCRETE parameters list their values in strictly increasing order. A warning, not an error: the reference says the
 * list "should be" increasing, and real configs in public repositories list them decreasing
 * (lleewwiiss/Distributed-Tensorflow-Template hptuning_config.yaml: [0.1, 0.01, 0.001, 0.0001]) with no evidence
 * that the service rejects them.
 */
export const DISCRETE_VALUES_ORDER: Rule = {
  id: 'MLJ-HPT-009',
  severity: 'warning',
  kind: 'api',
  appliesTo: 'training',
  summary: 'A DISCRETE parameter lists discreteValues in strictly increasing order, as the reference asks.',
  rationale: 'The reference says the feasible points should be in increasing order; whether the service sorts or rejects another order is not documented, so this warns.',
  source: SOURCES.parameterSpec,
  check(job) {
    const params = job.trainingInput?.hyperparameters?.params;
    if (!Array.isArray(params)) return [];
    return params.flatMap((param, i) => {
      if (!param || String(param.type).toUpperCase() !== 'DISCRETE') return [];
      const values = knownList<unknown>(param.discreteValues);
      if (!values) return [];
      const numbers = values.map(knownNumber);
      const firstBad = numbers.findIndex((n, k) => k > 0 && n !== undefined && numbers[k - 1] !== undefined && n <= numbers[k - 1]!);
      if (firstBad <= 0) return [];
      const path = `trainingInput.hyperparameters.params[${i}].discreteValues`;
      return [{
        path,
        message: `${path} ${show(values)} is not strictly increasing (${numbers[firstBad - 1]} then ${numbers[firstBad]}); the reference asks for distinct values in increasing order.`,
        fix: `Use ${show([...new Set(numbers.filter((n): n is number => n !== undefined))].sort((a, b) => a - b))}.`,
      }];
    });
  },
};
