/** A JSON-like object: string keys, any values. */
export type PlainObject = { [name: string]: unknown };

/**
 * True for an object that is not `null` and not an array: a JSON object, a YAML mapping, a Terraform block. The one
 * test every reader, mapping and renderer uses on untrusted values.
 */
export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
