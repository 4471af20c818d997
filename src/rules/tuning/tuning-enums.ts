import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, show } from '../values';

const GOALS = ['MAXIMIZE', 'MINIMIZE', 'GOAL_TYPE_UNSPECIFIED'];
const ALGORITHMS = ['ALGORITHM_UNSPECIFIED', 'GRID_SEARCH', 'RANDOM_SEARCH'];
const PARAMETER_TYPES = ['DOUBLE', 'INTEGER', 'CATEGORICAL', 'DISCRETE'];
const SCALE_TYPES = ['NONE', 'UNIT_LINEAR_SCALE', 'UNIT_LOG_SCALE', 'UNIT_REVERSE_LOG_SCALE'];

/** The tuning goal, algorithm, parameter types and scale types are values of their enums; the goal is set. */
export const TUNING_ENUMS: Rule = {
  id: 'MLJ-HPT-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'hyperparameters.goal is MAXIMIZE or MINIMIZE, algorithm is ALGORITHM_UNSPECIFIED, GRID_SEARCH or RANDOM_SEARCH, and each parameter has a valid type and scaleType.',
  rationale: 'These are enums; a misspelled value (or a missing goal) is rejected.',
  source: SOURCES.hyperparameterSpec,
  check(job) {
    const spec = job.trainingInput?.hyperparameters;
    if (!spec) return [];
    const violations: Violation[] = [];
    const base = 'trainingInput.hyperparameters';
    const enumValue = (path: string, value: unknown, allowed: string[], required: boolean) => {
      if (value === undefined || value === null) {
        if (required) violations.push({ path, message: `${path} is not set; allowed: ${allowed.join(', ')}.` });
        return;
      }
      if (isUnknown(value) || allowed.includes(value as string)) return;
      // Google's own samples (cloudml-samples census hptuning_config.yaml) write `type: integer`, and the service
      // parses enum names case-insensitively: accept it, but point at the documented spelling.
      if (typeof value === 'string' && allowed.includes(value.toUpperCase())) {
        violations.push({ path, severity: 'info', message: `${path} is ${show(value)}; the documented spelling is ${value.toUpperCase()} (lowercase is accepted).` });
        return;
      }
      violations.push({ path, message: `${path} is ${show(value)}; allowed: ${allowed.join(', ')}.` });
    };
    enumValue(`${base}.goal`, spec.goal, GOALS, true);
    enumValue(`${base}.algorithm`, spec.algorithm, ALGORITHMS, false);
    (Array.isArray(spec.params) ? spec.params : []).forEach((param, i) => {
      enumValue(`${base}.params[${i}].type`, param?.type, PARAMETER_TYPES, true);
      enumValue(`${base}.params[${i}].scaleType`, param?.scaleType, SCALE_TYPES, false);
    });
    return violations;
  },
};
