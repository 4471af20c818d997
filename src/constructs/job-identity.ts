import { createHash } from 'crypto';

const MAX_JOB_ID = 128;
const HASH_LENGTH = 8;

/**
 * A job id derived from a prefix and the job's spec: `<prefix>_<8 hex digits of sha256(spec)>`; with a salt, of
 * sha256 of the salt and the spec (without one, ids stay what they were).
 *
 * Jobs are immutable and ids are never reusable, so a changed spec must get a new id; an unchanged spec keeps its id,
 * so `cdktf deploy` is a no-op. Labels are left out of the spec by the caller: they update in place. A reference in
 * the spec hashes as its `${…}` expression, so a changed referenced value needs a new salt.
 */
export function derivedJobId(prefix: string, spec: unknown, salt?: string): string {
  const hashed = salt === undefined ? spec : { jobIdSalt: salt, spec };
  const hash = createHash('sha256').update(canonicalJson(hashed)).digest('hex').slice(0, HASH_LENGTH);
  return `${prefix.slice(0, MAX_JOB_ID - HASH_LENGTH - 1)}_${hash}`;
}

/** A construct id made into a job id prefix: letters, digits and underscores, starting with a letter. */
export function sanitizeJobIdPrefix(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_]/g, '_').replace(/_+/g, '_');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `job_${cleaned}`;
}

/**
 * JSON with object keys sorted and undefined left out, so equal specs hash equally whatever order props were written
 * in. (Six lines here rather than a bundled dependency for them.)
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value).sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
