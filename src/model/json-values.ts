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

/** The number a numeric string holds (REST sends int64 fields as strings), or undefined. */
export function parseNumericString(value: string): number | undefined {
  const text = value.trim();
  return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) ? Number(text) : undefined;
}
