import { apiJobShape } from '../../model/api-schema';
import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { walkJobShape } from './job-shape-walk';

/** Every field has the JSON type the API expects (a list where a list goes, an object where an object goes, …). */
export const FIELD_TYPES: Rule = {
  id: 'MLJ-JOB-003',
  severity: 'error',
  kind: 'api',
  appliesTo: 'any',
  summary: 'Every field has the JSON type the API expects: strings, numbers, booleans, lists and objects in their places.',
  rationale: 'A list nested in a list or a string where an object belongs is rejected with a confusing parse error.',
  source: SOURCES.jobsApi,
  check(job) {
    return walkJobShape(job, apiJobShape()).wrongTypes;
  },
};
