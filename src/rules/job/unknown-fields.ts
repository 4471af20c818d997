import { apiJobShape } from '../../model/api-schema';
import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { walkJobShape } from './job-shape-walk';

/** Fields the schema does not know, usually snake_case or misspelled names: the API rejects them. */
export const UNKNOWN_FIELDS: Rule = {
  id: 'MLJ-JOB-004',
  severity: 'error',
  kind: 'api',
  appliesTo: 'any',
  summary: 'No field the ML Engine v1 API does not define (a misspelled or snake_case name).',
  rationale: 'The API rejects unknown names ("Invalid JSON payload received. Unknown name"); a misspelled field such as max_parallel_trials never takes effect.',
  source: SOURCES.jobsApi,
  check(job) {
    return walkJobShape(job, apiJobShape()).unknownFields;
  },
};
