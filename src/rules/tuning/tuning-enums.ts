import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { canonicalEnumName, enumSpelling, isUnknown, show } from '../values';

const GOALS = ['MAXIMIZE', 'MINIMIZE', 'GOAL_TYPE_UNSPECIFIED'];
const ALGORITHMS = ['ALGORITHM_UNSPECIFIED', 'GRID_SEARCH', 'RANDOM_SEARCH'];
const PARAMETER_TYPES = ['DOUBLE', 'INTEGER', 'CATEGORICAL', 'DISCRETE'];
const SCALE_TYPES = ['NONE', 'UNIT_LINEAR_SCALE', 'UNIT_LOG_SCALE', 'UNIT_REVERSE_LOG_SCALE'];

/**
 * The tuning goal, algorithm, parameter types and scale types are values of their enums; the goal is set.
 *
 * Another spelling of an enum name (`type: integer`, as Google's cloudml-samples census hptuning_config.yaml writes
 * it) is a warning shared with MLJ-CLUSTER-007 and MLJ-ACCEL-002. A missing goal is a warning too: the reference
 * calls it required but also says it defaults to MAXIMIZE, and the server's own output may leave it out.
 */
export const TUNING_ENUMS: Rule = {
  id: 'MLJ-HPT-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'hyperparameters.goal is MAXIMIZE or MINIMIZE (a warning when missing: it defaults to MAXIMIZE), algorithm is ALGORITHM_UNSPECIFIED, GRID_SEARCH or RANDOM_SEARCH, and each parameter has a valid type and scaleType.',
  rationale: 'These are enums; a misspelled value (or a missing parameter type) is rejected, and a missing goal silently maximizes the metric.',
  source: SOURCES.hyperparameterSpec,
  check(job) {
    const spec = job.trainingInput?.hyperparameters;
    if (!spec || isUnknown(spec)) return [];
    const violations: Violation[] = [];
    const base = 'trainingInput.hyperparameters';
    const enumValue = (path: string, value: unknown, allowed: string[], required: boolean) => {
      if (value === undefined || value === null) {
        if (required) violations.push({ path, message: `${path} is not set; allowed: ${allowed.join(', ')}.` });
        return;
      }
      if (isUnknown(value) || allowed.includes(value as string)) return;
      if (typeof value === 'string' && allowed.includes(canonicalEnumName(value))) {
        violations.push(enumSpelling(path, value, canonicalEnumName(value)));
        return;
      }
      violations.push({ path, message: `${path} is ${show(value)}; allowed: ${allowed.join(', ')}.` });
    };
    if (spec.goal === undefined || spec.goal === null) {
      violations.push({
        path: `${base}.goal`,
        severity: 'warning',
        message: `${base}.goal is not set; the reference says it defaults to MAXIMIZE, which is wrong for a loss or an error metric.`,
        fix: `Set goal to MAXIMIZE or MINIMIZE for ${show(spec.hyperparameterMetricTag ?? 'the metric')}.`,
      });
    } else {
      enumValue(`${base}.goal`, spec.goal, GOALS, true);
    }
    enumValue(`${base}.algorithm`, spec.algorithm, ALGORITHMS, false);
    (Array.isArray(spec.params) ? spec.params : []).forEach((param, i) => {
      if (isUnknown(param)) return;
      enumValue(`${base}.params[${i}].type`, param?.type, PARAMETER_TYPES, true);
      enumValue(`${base}.params[${i}].scaleType`, param?.scaleType, SCALE_TYPES, false);
    });
    return violations;
  },
};
