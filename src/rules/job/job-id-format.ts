import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, missingField, show } from '../values';

const JOB_ID = /^[A-Za-z][A-Za-z0-9_]*$/;
const MAX_LENGTH = 128;

/** The job id is set, starts with a letter, holds only letters, digits and underscores, and is at most 128 long. */
export const JOB_ID_FORMAT: Rule = {
  id: 'MLJ-JOB-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'any',
  summary: 'jobId is set, starts with a letter, has only letters, digits and underscores, and is at most 128 characters.',
  rationale: 'The service rejects any other job id; hyphens (common in other GCP names) are the usual mistake.',
  source: SOURCES.jobNames,
  check(job, ctx) {
    const id: unknown = job.jobId;
    if (id === undefined || id === null || id === '') {
      return [missingField(ctx, 'jobId', 'jobId is not set; every job needs an id.', 'the JOB argument')];
    }
    if (isUnknown(id)) return [];
    if (typeof id !== 'string') return [{ path: 'jobId', message: `jobId is ${show(id)}; it must be a string.` }];
    if (id.length > MAX_LENGTH) return [{ path: 'jobId', message: `jobId is ${id.length} characters long; at most ${MAX_LENGTH} are allowed.` }];
    if (!JOB_ID.test(id)) {
      const suggestion = id.replace(/[^A-Za-z0-9_]/g, '_').replace(/^([^A-Za-z])/, 'job_$1');
      return [{
        path: 'jobId',
        message: `jobId is ${show(id)}; it must start with a letter and contain only letters, digits and underscores.`,
        fix: `Use ${show(suggestion)}.`,
      }];
    }
    return [];
  },
};
