import { Rule } from '../rule';
import { SOURCES } from '../sources';

/** Grid search enumerates values, so it cannot search a DOUBLE range. */
export const GRID_SEARCH_TYPES: Rule = {
  id: 'MLJ-HPT-005',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'With algorithm GRID_SEARCH, every parameter is INTEGER, CATEGORICAL or DISCRETE.',
  rationale: 'A grid needs a finite set of values per parameter; a continuous DOUBLE range has none.',
  source: SOURCES.hyperparameterSpec,
  check(job) {
    const spec = job.trainingInput?.hyperparameters;
    if (!spec || String(spec.algorithm).toUpperCase() !== 'GRID_SEARCH' || !Array.isArray(spec.params)) return [];
    return spec.params.flatMap((param, i) =>
      String(param?.type).toUpperCase() === 'DOUBLE'
        ? [{
          path: `trainingInput.hyperparameters.params[${i}].type`,
          message: `trainingInput.hyperparameters.params[${i}].type is DOUBLE${param.parameterName ? ` (${param.parameterName})` : ''}; GRID_SEARCH needs INTEGER, CATEGORICAL or DISCRETE parameters.`,
          fix: 'Make it DISCRETE with the values to try, or use RANDOM_SEARCH or the default algorithm.',
        }]
        : []);
  },
};
