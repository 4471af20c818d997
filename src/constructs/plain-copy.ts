import { Token } from '../cdk';

/** Deeper than this, cdktf's resolver reports a cycle: leave such values to it. */
const MAX_DEPTH = 200;

/**
 * Text cdktf's resolver would rewrite or refuse: token markers (`${…}`, `#{…}`, `&{…}`, and escapes around them)
 * and a number token written into a string (`-1.8881545897087626e+289`, which cdktf finds with this pattern).
 */
const TOKEN_LIKE_TEXT = /[{}]|[-|\d.+]e[-|\d.eE+]/;

/**
 * A copy of `value` that is what resolving it in a stack gives, when it holds nothing to resolve: plain objects,
 * arrays, strings, numbers and booleans without any token (undefined entries dropped, as the resolver drops them).
 * Returns undefined when anything in it may be a token or is not plain data (a class instance, a date, a function,
 * text with token markers): the caller then resolves it with cdktf.
 *
 * Resolving a job spec with cdktf costs more than the rest of an L2 job's own work at synth; most specs hold no
 * token at all.
 */
export function plainCopy(value: unknown): { readonly value: unknown } | undefined {
  const copied = copy(value, 0);
  return copied === NOT_PLAIN ? undefined : { value: copied };
}

const NOT_PLAIN = Symbol('not plain');

/** The values cdktf puts in a map token's place, which its resolver refuses as plain text. */
const MAP_TOKEN_TEXTS: readonly string[] = [Token.STRING_MAP_TOKEN_VALUE, Token.ANY_MAP_TOKEN_VALUE];

function copy(value: unknown, depth: number): unknown {
  if (value === undefined || value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return TOKEN_LIKE_TEXT.test(value) || MAP_TOKEN_TEXTS.includes(value) ? NOT_PLAIN : value;
  // cdktf's number tokens are doubles near -1.9e289; its map-token sentinel is a number of its own.
  if (typeof value === 'number') return Math.abs(value) > 1e250 || value === Token.NUMBER_MAP_TOKEN_VALUE ? NOT_PLAIN : value;
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return NOT_PLAIN;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return NOT_PLAIN;
    const items: unknown[] = [];
    for (const item of value) {
      const copied = copy(item, depth + 1);
      if (copied === NOT_PLAIN) return NOT_PLAIN;
      if (copied !== undefined) items.push(copied);
    }
    return items;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return NOT_PLAIN;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (TOKEN_LIKE_TEXT.test(key)) return NOT_PLAIN;
    const copied = copy((value as Record<string, unknown>)[key], depth + 1);
    if (copied === NOT_PLAIN) return NOT_PLAIN;
    if (copied !== undefined) result[key] = copied;
  }
  return result;
}
