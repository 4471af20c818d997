import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { isUnknown, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

const MAX_LABELS = 64;
// Lowercase letters (international ones too), digits, underscores and dashes. Vertex AI's message lets keys start
// with a letter or a number: looser than ML Engine's rule, so a digit first is not rejected.
const KEY = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;

/** Labels: at most 64; keys and values at most 63 lowercase letters, digits, `_` or `-`. */
export const LABELS: CustomJobRule = {
  id: 'MLJ-VERTEX-011',
  severity: 'error',
  kind: 'api',
  summary: 'At most 64 labels; keys (starting with a letter or digit) and values of at most 63 lowercase letters, digits, underscores or dashes; international characters allowed.',
  rationale: 'The service rejects the whole job when one label is malformed; uppercase letters, dots and spaces are the usual mistakes.',
  source: VERTEX_SOURCES.customJob,
  check(job) {
    const labels: unknown = (job as { labels?: unknown }).labels;
    if (labels === undefined || labels === null || isUnknown(labels)) return [];
    if (typeof labels !== 'object' || Array.isArray(labels)) return [{ path: 'labels', message: `labels is ${show(labels)}; it must be a mapping of keys to values.` }];
    const violations: Violation[] = [];
    const keys = Object.keys(labels).sort();
    if (keys.length > MAX_LABELS) violations.push({ path: 'labels', message: `labels has ${keys.length} entries; at most ${MAX_LABELS} are allowed.` });
    for (const key of keys) {
      const value: unknown = (labels as Record<string, unknown>)[key];
      if (!isUnknown(key) && !KEY.test(key)) {
        violations.push({
          path: `labels.${key}`,
          message: `Label key ${show(key)} is invalid; keys have 1 to 63 lowercase letters, digits, underscores or dashes and start with a letter or digit.`,
          fix: `Use ${show(clean(key) || 'key')}.`,
        });
      }
      if (isUnknown(value)) continue;
      if (typeof value !== 'string') {
        violations.push({ path: `labels.${key}`, message: `Label value of ${show(key)} is ${show(value)}; it must be a string.` });
      } else if (!VALUE.test(value)) {
        violations.push({ path: `labels.${key}`, message: `Label value ${show(value)} of ${show(key)} is invalid; values have at most 63 lowercase letters, digits, underscores or dashes.`, fix: `Use ${show(clean(value))}.` });
      }
    }
    return violations;
  },
};

function clean(text: string): string {
  return text.toLowerCase().replace(/[^\p{Ll}\p{Lo}\p{N}_-]/gu, '_').slice(0, 63);
}
