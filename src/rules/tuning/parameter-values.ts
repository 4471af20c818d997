import { isServerOutput } from '../../model/api-schema';
import { ParameterSpec } from '../../model/hyperparameter-spec';
import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, knownList, knownNumber, show } from '../values';

const MAX_DISCRETE_VALUES = 1000;

/**
 * Each parameter sets exactly what its type needs: bounds for DOUBLE and INTEGER (min ≤ max, whole numbers for
 * INTEGER), values for CATEGORICAL, values (at most 1000) for DISCRETE (their order is MLJ-HPT-009).
 */
export const PARAMETER_VALUES: Rule = {
  id: 'MLJ-HPT-003',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'DOUBLE and INTEGER parameters have minValue ≤ maxValue (whole numbers for INTEGER), CATEGORICAL ones categoricalValues, DISCRETE ones 1 to 1000 discreteValues; nothing else is set.',
  rationale: 'The tuning service rejects parameters whose search space is missing, empty, inverted or mixes fields of two types.',
  source: SOURCES.parameterSpec,
  check(job) {
    const params = job.trainingInput?.hyperparameters?.params;
    if (!Array.isArray(params)) return [];
    // Server output (describe, list) leaves out zero values, so a missing bound there means 0.
    const serverOutput = isServerOutput(job);
    return params.flatMap((param, i) => (param && typeof param === 'object' ? checkParameter(param, `trainingInput.hyperparameters.params[${i}]`, serverOutput) : []));
  },
};

function checkParameter(param: ParameterSpec, path: string, serverOutput: boolean): Violation[] {
  const violations: Violation[] = [];
  const name = typeof param.parameterName === 'string' ? ` (${param.parameterName})` : '';
  const present = (field: keyof ParameterSpec) => param[field] !== undefined && param[field] !== null;
  const forbid = (field: keyof ParameterSpec, type: string) => {
    if (present(field)) violations.push({ path: `${path}.${field}`, message: `${path}.${field} is set on a ${type} parameter${name}; ${type} parameters do not use it.`, fix: `Remove ${field}.` });
  };
  // Enum names are matched case-insensitively, as the service does (see MLJ-HPT-001).
  const type = typeof param.type === 'string' ? param.type.toUpperCase() : param.type;
  switch (type) {
    case 'DOUBLE':
    case 'INTEGER': {
      for (const field of ['minValue', 'maxValue'] as const) {
        if (!present(field) && !serverOutput) violations.push({ path: `${path}.${field}`, message: `${path}.${field} is not set; a ${type} parameter${name} needs minValue and maxValue.` });
      }
      const min = knownNumber(param.minValue);
      const max = knownNumber(param.maxValue);
      if (type === 'INTEGER') {
        for (const [field, value] of [['minValue', min], ['maxValue', max]] as const) {
          if (value !== undefined && !Number.isInteger(value)) violations.push({ path: `${path}.${field}`, message: `${path}.${field} is ${value}; an INTEGER parameter${name} needs whole-number bounds.` });
        }
      }
      if (min !== undefined && max !== undefined && min > max) {
        violations.push({ path: `${path}.minValue`, message: `${path}.minValue is ${min}, above maxValue ${max}${name}; minValue must not exceed maxValue.` });
      }
      forbid('categoricalValues', type);
      forbid('discreteValues', type);
      break;
    }
    case 'CATEGORICAL': {
      const values = knownList<string>(param.categoricalValues);
      if (!isUnknown(param.categoricalValues) && !hasItems(param.categoricalValues)) {
        violations.push({ path: `${path}.categoricalValues`, message: `${path}.categoricalValues is empty; a CATEGORICAL parameter${name} needs its values.` });
      } else if (values && new Set(values).size !== values.length) {
        violations.push({ path: `${path}.categoricalValues`, message: `${path}.categoricalValues ${show(values)} repeats a value; values must be distinct.` });
      }
      forbid('minValue', 'CATEGORICAL');
      forbid('maxValue', 'CATEGORICAL');
      forbid('discreteValues', 'CATEGORICAL');
      break;
    }
    case 'DISCRETE': {
      const values = knownList<unknown>(param.discreteValues);
      if (!isUnknown(param.discreteValues) && !hasItems(param.discreteValues)) {
        violations.push({ path: `${path}.discreteValues`, message: `${path}.discreteValues is empty; a DISCRETE parameter${name} needs its values.` });
      } else if (values) {
        if (values.length > MAX_DISCRETE_VALUES) {
          violations.push({ path: `${path}.discreteValues`, message: `${path}.discreteValues has ${values.length} values; at most ${MAX_DISCRETE_VALUES} are allowed.` });
        }
        // The order of the values is MLJ-HPT-009 (a warning).
      }
      forbid('minValue', 'DISCRETE');
      forbid('maxValue', 'DISCRETE');
      forbid('categoricalValues', 'DISCRETE');
      break;
    }
    default:
      break; // an unknown or missing type is MLJ-HPT-001's finding
  }
  return violations;
}

/** True for a list with at least one item, known or not: a list of references is unknown, not empty. */
function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}
