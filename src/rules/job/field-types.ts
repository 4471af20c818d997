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
  summary: 'Every field has the JSON type the API expects: strings, numbers, booleans, lists and objects in their places. In a gcloud --config file one value where a list goes, and true/false in a double field, are what gcloud reads (info).',
  rationale: 'A list nested in a list or a string where an object belongs is rejected with a confusing parse error. gcloud\'s --config reader (apitools encoding.DictToMessage) wraps a single value of a repeated field in a list and reads a boolean in a double field as 0 or 1, so in a config file those are not mistakes.',
  source: SOURCES.jobsApi,
  check(job, ctx) {
    return walkJobShape(job, apiJobShape()).wrongTypes.map(({ gcloudReads, ...violation }) => (
      gcloudReads && ctx.completeness === 'partial' ? { path: violation.path, severity: 'info' as const, message: gcloudReads } : violation));
  },
};
