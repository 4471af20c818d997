import { ApiField } from '../model/api-schema';
import { isPlainObject } from '../model/plain-object';

/**
 * True for the zero value of a field's schema type: `""`, `0` (`"0"` for an int64), `false`, an empty list or map,
 * or an object whose every field is zero or absent. A field holding its zero value equals an absent field: the API
 * (proto3 JSON) and Terraform state (SDKv2 stores unset attributes as zero values) do not tell them apart. Only
 * fields are compared this way; list items and map values are compared as they are.
 */
export function isZeroValue(value: unknown, shape: ApiField): boolean {
  if (value === undefined || value === null) return true;
  switch (shape.kind) {
    case 'string':
      return value === '';
    case 'number':
      // A number is an integer zero only when it is 0: no BigInt for the common case.
      if (typeof value === 'number') return value === 0;
      return shape.format === 'int64' && integerText(value) === '0';
    case 'bool':
      return value === false;
    case 'list':
      return Array.isArray(value) && value.length === 0;
    case 'map':
      return isPlainObject(value) && !hasOwnKey(value);
    case 'object': {
      if (!isPlainObject(value)) return false;
      const fields = shape.fields ?? {};
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const field = fields[key];
        if (field === undefined || !isZeroValue(value[key], field)) return false;
      }
      return true;
    }
  }
}

/**
 * Equality of two known values of one scalar schema type. Strings compare exactly (`"2.1"` is not `"2.10"`, `"007"`
 * is not `"7"`); int64 numbers compare as integers, whether written as JSON numbers or as the strings REST sends
 * (`"12"` equals `12`, and integers past 2^53 compare exactly); other numbers and booleans compare as they are.
 */
export function scalarsEqual(a: unknown, b: unknown, shape: ApiField): boolean {
  if (a === b) return true;
  if (shape.kind === 'number' && shape.format === 'int64') {
    const x = integerText(a);
    return x !== undefined && x === integerText(b);
  }
  return false;
}

/** The canonical decimal text of an integer written as a number or as a string of digits, or undefined. */
export function integerText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : undefined;
  if (typeof value === 'string' && /^[-+]?\d+$/.test(value)) return BigInt(value).toString();
  return undefined;
}

/** Structural equality of JSON values, keys in any order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
}

/** True when the object has an own enumerable key (Object.keys would not be empty), without listing its keys. */
export function hasOwnKey(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}
