import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, show } from '../values';

/** Tuning has at least one parameter; names are non-empty, without whitespace, and unique. */
export const PARAMETER_NAMES: Rule = {
  id: 'MLJ-HPT-002',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'hyperparameters.params has at least one parameter, and every parameterName is non-empty, free of whitespace and unique.',
  rationale: 'The training program receives each parameter as --<parameterName>; duplicates and blanks make the study ill-defined and are rejected.',
  source: SOURCES.parameterSpec,
  check(job) {
    const spec = job.trainingInput?.hyperparameters;
    if (!spec || isUnknown(spec.params)) return [];
    const params = Array.isArray(spec.params) ? spec.params : [];
    if (!params.length) return [{ path: 'trainingInput.hyperparameters.params', message: 'trainingInput.hyperparameters.params is empty; tuning needs at least one parameter.' }];
    const violations: Violation[] = [];
    const seen = new Map<string, number>();
    params.forEach((param, i) => {
      const path = `trainingInput.hyperparameters.params[${i}].parameterName`;
      const name: unknown = param?.parameterName;
      if (isUnknown(name)) return;
      if (typeof name !== 'string' || name.trim() === '') {
        violations.push({ path, message: `${path} is ${name === undefined ? 'not set' : show(name)}; every parameter needs a name.` });
      } else if (/\s/.test(name)) {
        violations.push({ path, message: `${path} is ${show(name)}; names must not contain whitespace.` });
      } else if (seen.has(name)) {
        violations.push({ path, message: `${path} is ${show(name)}, the same as params[${seen.get(name)}]; names must be unique.` });
      } else {
        seen.set(name, i);
      }
    });
    return violations;
  },
};
