import * as crypto from 'crypto';

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
  const hash = sha256Hex(canonicalJson(hashed)).slice(0, HASH_LENGTH);
  return `${prefix.slice(0, MAX_JOB_ID - HASH_LENGTH - 1)}_${hash}`;
}

/** `crypto.hash` (Node 20.12 and later): one call per job instead of a Hash object, an update and a digest. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, outputEncoding: 'hex') => string }).hash;

/** The SHA-256 of `text` (UTF-8) in hex. */
function sha256Hex(text: string): string {
  return oneShotHash ? oneShotHash('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
}

/** A construct id made into a job id prefix: letters, digits and underscores, starting with a letter. */
export function sanitizeJobIdPrefix(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_]/g, '_').replace(/_+/g, '_');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `job_${cleaned}`;
}

/**
 * JSON with object keys sorted and undefined left out, so equal specs hash equally whatever order props were written
 * in. (A few lines here rather than a bundled dependency for them.)
 */
export function canonicalJson(value: unknown): string {
  // One string built in place (no intermediate arrays): every L2 job hashes its spec at synth.
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i ? ',' : '') + (canonicalJson(value[i] ?? null) ?? '');
    return text + ']';
  }
  if (value && typeof value === 'object') {
    let text = '{';
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      text += (text.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + canonicalJson(item);
    }
    return text + '}';
  }
  return JSON.stringify(value);
}
