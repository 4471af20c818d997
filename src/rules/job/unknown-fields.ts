import { apiJobShape } from '../../model/api-schema';
import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { walkJobShape } from './job-shape-walk';

/** Fields the schema does not know, usually snake_case or misspelled names: gcloud and the API ignore or reject them. */
export const UNKNOWN_FIELDS: Rule = {
  id: 'MLJ-JOB-004',
  severity: 'warning',
  kind: 'api',
  appliesTo: 'any',
  summary: 'No field the ML Engine v1 API does not define (a misspelled or snake_case name).',
  rationale: 'A misspelled field such as max_parallel_trials is silently dropped or rejected, so the setting never takes effect.',
  source: SOURCES.jobsApi,
  check(job) {
    return walkJobShape(job, apiJobShape()).unknownFields;
  },
};
