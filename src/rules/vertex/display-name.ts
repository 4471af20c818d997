import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { isUnknown, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

const MAX_LENGTH = 128;

/** The display name is set and at most 128 characters. */
export const DISPLAY_NAME: CustomJobRule = {
  id: 'MLJ-VERTEX-010',
  severity: 'error',
  kind: 'api',
  summary: 'displayName is set and at most 128 characters (any UTF-8 characters).',
  rationale: 'displayName is required; a longer one is rejected. Unlike ML Engine job ids it may hold any character.',
  source: VERTEX_SOURCES.customJob,
  check(job, ctx) {
    const name: unknown = (job as { displayName?: unknown }).displayName;
    if (isUnknown(name)) return [];
    if (name === undefined || name === null || name === '') {
      if (ctx.completeness === 'partial') return [{ path: 'displayName', severity: 'info', message: 'displayName is not in the file; it must come from the command line (--display-name).' }];
      return [{ path: 'displayName', message: 'displayName is not set; a custom job needs a display name of up to 128 characters.' }];
    }
    if (typeof name !== 'string') return [{ path: 'displayName', message: `displayName is ${show(name)}; it must be a string.` }];
    const length = [...name].length;
    return length > MAX_LENGTH ? [{ path: 'displayName', message: `displayName has ${length} characters; at most ${MAX_LENGTH} are allowed.` }] : [];
  },
};
