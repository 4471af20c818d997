import { Token } from '../cdk';

/**
 * True for a value that is not known before apply: an unresolved cdktf token (string, number, list or map) or a
 * Terraform reference such as `${google_kms_crypto_key.k.id}` read from `cdk.tf.json`.
 */
export function isUnresolved(value: unknown): boolean {
  // `${…}` is a Terraform reference or a cdktf string token; cdktf list and map tokens are `#{TfToken[…]}` and
  // `&{TfToken[…]}` (a bare `#{` is ordinary text, e.g. a categorical value).
  if (typeof value === 'string') return value.includes('${') || value.includes('#{TfToken[') || value.includes('&{TfToken[');
  // cdktf encodes number tokens as doubles near -1.9e289: every ordinary number skips the costly decoding.
  if (typeof value === 'number') return Math.abs(value) > 1e250 && Token.isUnresolved(value);
  if (Array.isArray(value)) return Token.isUnresolved(value) || value.some((item) => typeof item === 'string' && item.includes('#{TfToken'));
  return typeof value === 'object' && value !== null && Token.isUnresolved(value);
}

/**
 * The number a numeric string holds (REST sends int64 fields as strings), or undefined. A value a JavaScript number
 * cannot hold exactly (an integer past 2^53, or past the double range) stays a string: rounding it silently would
 * change the job, and the rules report the string instead.
 */
export function parseNumericString(value: string): number | undefined {
  const text = value.trim();
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return undefined;
  const number = Number(text);
  if (!Number.isFinite(number) || (Number.isInteger(number) && !Number.isSafeInteger(number))) return undefined;
  return number;
}
