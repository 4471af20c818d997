import { sortStrings } from '../../model/sorted-keys';
import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, show } from '../values';

const MAX_LABELS = 64;
// Lowercase letters (international ones too), digits, underscores and dashes; keys start with a letter.
const KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;

/** Labels: at most 64; keys and values at most 63 lowercase letters, digits, `_` or `-`; keys start with a letter. */
export const LABELS_FORMAT: Rule = {
  id: 'MLJ-LABEL-001',
  severity: 'error',
  kind: 'api',
  appliesTo: 'any',
  summary: 'At most 64 labels; keys and values of at most 63 lowercase letters, digits, underscores or dashes; keys start with a letter.',
  rationale: 'The service rejects the whole job when one label is malformed; uppercase letters and dots are the usual mistakes.',
  source: SOURCES.labels,
  check(job) {
    const labels = job.labels;
    if (!labels || isUnknown(labels) || typeof labels !== 'object') return [];
    const violations: Violation[] = [];
    const keys = Object.keys(labels);
    if (keys.length > MAX_LABELS) {
      violations.push({ path: 'labels', message: `labels has ${keys.length} entries; at most ${MAX_LABELS} are allowed.` });
    }
    for (const key of sortStrings(keys)) {
      const value: unknown = labels[key];
      if (!isUnknown(key) && !KEY.test(key)) {
        violations.push({
          path: `labels.${key}`,
          message: `Label key ${show(key)} is invalid; keys start with a lowercase letter and have at most 63 lowercase letters, digits, underscores or dashes.`,
          fix: `Use ${show(keyFix(key))}.`,
        });
      }
      if (typeof value === 'string' && !isUnknown(value) && !VALUE.test(value)) {
        violations.push({
          path: `labels.${key}`,
          message: `Label value ${show(value)} of ${show(key)} is invalid; values have at most 63 lowercase letters, digits, underscores or dashes.`,
          fix: `Use ${show(value.toLowerCase().replace(/[^\p{Ll}\p{Lo}\p{N}_-]/gu, '_').slice(0, 63))}.`,
        });
      }
    }
    return violations;
  },
};

/** A valid key close to `key`: lowercase, other characters as `_`, and `label_` in front when it would not start with a letter. */
function keyFix(key: string): string {
  const lower = key.toLowerCase().replace(/[^\p{Ll}\p{Lo}\p{N}_-]/gu, '_');
  return (/^[\p{Ll}\p{Lo}]/u.test(lower) ? lower : `label_${lower}`).slice(0, 63);
}
