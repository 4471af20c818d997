import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, show } from '../values';

/** Tuning has at least one parameter; names are non-empty and unique (whitespace in a name is a warning). */
export const PARAMETER_NAMES: Rule = {
  id: 'MLJ-HPT-002',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'hyperparameters.params has at least one parameter, and every parameterName is non-empty and unique (and, a warning, free of whitespace).',
  rationale: 'The training program receives each parameter as --<parameterName>; duplicates and blanks make the study ill-defined and are rejected.',
  source: SOURCES.parameterSpec,
  check(job) {
    const spec = job.trainingInput?.hyperparameters;
    if (!spec || isUnknown(spec) || isUnknown(spec.params)) return [];
    const params = Array.isArray(spec.params) ? spec.params : [];
    if (!params.length) return [{ path: 'trainingInput.hyperparameters.params', message: 'trainingInput.hyperparameters.params is empty; tuning needs at least one parameter.' }];
    const violations: Violation[] = [];
    const seen = new Map<string, number>();
    params.forEach((param, i) => {
      const path = `trainingInput.hyperparameters.params[${i}].parameterName`;
      const name: unknown = param?.parameterName;
      if (isUnknown(param) || isUnknown(name)) return;
      if (typeof name !== 'string' || name.trim() === '') {
        violations.push({ path, message: `${path} is ${name === undefined ? 'not set' : show(name)}; every parameter needs a name.` });
      } else if (/\s/.test(name)) {
        // The reference does not forbid whitespace (it is a likely mistake, not a documented rejection): warn.
        violations.push({
          path,
          severity: 'warning',
          message: `${path} ${show(name)} contains whitespace; each trial passes it to the program as --${name}, which an argument parser reads as more than one word.`,
          fix: `Rename it without whitespace, e.g. ${show(name.trim().replace(/\s+/g, '_'))}, and read that flag in the program.`,
        });
      } else if (seen.has(name)) {
        violations.push({ path, message: `${path} is ${show(name)}, the same as params[${seen.get(name)}]; names must be unique.` });
      } else {
        seen.set(name, i);
      }
    });
    return violations;
  },
};
