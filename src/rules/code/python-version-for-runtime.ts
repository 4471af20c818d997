import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { knownString, show } from '../values';

/** `pythonVersion` is one the runtime version offers. */
export const PYTHON_VERSION_FOR_RUNTIME: Rule = {
  id: 'MLJ-CODE-004',
  severity: 'error',
  kind: 'platform',
  appliesTo: 'training',
  summary: 'trainingInput.pythonVersion is one the runtime version supports (e.g. 3.7 for 2.1 and later; 2.7 only up to 1.15).',
  rationale: 'Each runtime image ships specific Python versions; any other is rejected at submission.',
  source: SOURCES.runtimes,
  check(job, ctx) {
    const input = job.trainingInput;
    const runtime = knownString(input?.runtimeVersion);
    const python = knownString(input?.pythonVersion);
    if (!runtime || !python) return [];
    const fact = ctx.catalog.runtimeVersion(runtime);
    if (!fact || fact.pythonVersions.includes(python)) return [];
    return [{
      path: 'trainingInput.pythonVersion',
      severity: fact.confirmed === false ? 'warning' : undefined,
      message: `trainingInput.pythonVersion is ${show(python)}; runtime version ${runtime} supports Python ${fact.pythonVersions.join(', ')}.`,
    }];
  },
};
