import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { masterImageOf, missingField } from '../values';

/** A package job says which Python it runs. */
export const PYTHON_VERSION_SET: Rule = {
  id: 'MLJ-CODE-006',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'A package job (no masterConfig.imageUri) sets trainingInput.pythonVersion.',
  rationale: 'Since January 2020 the service requires pythonVersion unless a custom container is used ("with the Python version \'\' is not supported"); before that it defaulted to 2.7.',
  source: SOURCES.trainingInput,
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input || masterImageOf(input) !== undefined || input.pythonVersion !== undefined) return [];
    return [missingField(ctx, 'trainingInput.pythonVersion', 'trainingInput.pythonVersion is not set; name the Python version of the package, e.g. "3.7".', '--python-version')];
  },
};
