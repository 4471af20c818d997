import type * as cdk from '../cdk';

let cdkModule: typeof cdk | undefined;

/**
 * cdktf, loaded on first use: a value from a JSON or YAML file is plain data, so `mljob check` and `mljob plan` never
 * pay for loading cdktf (about 400 modules). Only a value that passes the cheap shape test below can be a token.
 */
function cdkTokens(): typeof cdk.Token {
  cdkModule ??= require('../cdk') as typeof cdk;
  return cdkModule.Token;
}

/**
 * True for a value that is not known before apply: an unresolved cdktf token (string, number, list or map) or a
 * Terraform reference such as `${google_kms_crypto_key.k.id}` read from `cdk.tf.json`.
 */
export function isUnresolved(value: unknown): boolean {
  // `${…}` is a Terraform reference or a cdktf string token; cdktf list and map tokens are `#{TfToken[…]}` and
  // `&{TfToken[…]}` (a bare `#{` is ordinary text, e.g. a categorical value).
  if (typeof value === 'string') return value.includes('{') && (value.includes('${') || value.includes('#{TfToken[') || value.includes('&{TfToken['));
  // cdktf encodes number tokens as doubles near -1.9e289: every ordinary number skips the costly decoding.
  if (typeof value === 'number') return mayBeNumberToken(value) && cdkTokens().isUnresolved(value);
  if (Array.isArray(value)) {
    // A loop rather than `some` and a closure: every list of every job passes here.
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string' && item.includes('#{TfToken')) return true;
    }
    // cdktf's number-list token is a one-element array holding an encoded double.
    return value.length === 1 && mayBeNumberToken(value[0]) && cdkTokens().isUnresolved(value);
  }
  // An object is a token when it can resolve itself (IResolvable) or carries a map-token key.
  return typeof value === 'object' && value !== null && mayBeObjectToken(value) && cdkTokens().isUnresolved(value);
}

function mayBeNumberToken(value: unknown): boolean {
  return typeof value === 'number' && Math.abs(value) > 1e250;
}

function mayBeObjectToken(value: object): boolean {
  if (typeof (value as { resolve?: unknown }).resolve === 'function') return true;
  // Own keys without listing them: every object of every job passes here.
  for (const key in value) if (Object.hasOwn(value, key) && key.includes('&{TfToken[')) return true;
  return false;
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
