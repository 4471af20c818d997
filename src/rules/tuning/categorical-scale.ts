import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { show } from '../values';

/** Categorical parameters have no scale. */
export const CATEGORICAL_SCALE: Rule = {
  id: 'MLJ-HPT-008',
  severity: 'warning',
  kind: 'api',
  appliesTo: 'training',
  summary: 'CATEGORICAL parameters leave scaleType unset.',
  rationale: 'The API says to leave scaleType unset for categorical parameters: categories have no order to scale.',
  source: SOURCES.parameterSpec,
  check(job) {
    const params = job.trainingInput?.hyperparameters?.params;
    if (!Array.isArray(params)) return [];
    return params.flatMap((param, i) =>
      String(param?.type).toUpperCase() === 'CATEGORICAL' && param.scaleType !== undefined && param.scaleType !== null && param.scaleType !== 'NONE'
        ? [{ path: `trainingInput.hyperparameters.params[${i}].scaleType`, message: `trainingInput.hyperparameters.params[${i}].scaleType is ${show(param.scaleType)} on a CATEGORICAL parameter; leave it unset.`, fix: 'Remove scaleType.' }]
        : []);
  },
};
