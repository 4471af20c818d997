import { Rule } from '../rule';
import { SOURCES } from '../sources';

/** The TEXT data format is deprecated in favour of JSON. */
export const TEXT_FORMAT_DEPRECATED: Rule = {
  id: 'MLJ-PRED-003',
  severity: 'warning',
  kind: 'platform',
  appliesTo: 'prediction',
  summary: 'predictionInput.dataFormat and outputDataFormat avoid the deprecated TEXT format.',
  rationale: 'The API marks TEXT as deprecated: use JSON instead.',
  source: SOURCES.predictionInput,
  check(job) {
    const input = job.predictionInput;
    if (!input) return [];
    return (['dataFormat', 'outputDataFormat'] as const)
      .filter((field) => input[field] === 'TEXT')
      .map((field) => ({ path: `predictionInput.${field}`, message: `predictionInput.${field} is "TEXT", which is deprecated; use "JSON".` }));
  },
};
