import { CtyType, isSingleBlock, SchemaBlock } from '../model/provider-schema';
import { isPlainObject } from '../model/plain-object';

/** A value Terraform does not know yet (msgpack extension type 0, or a refined unknown). */
export class UnknownValue {
  // A private member makes the class nominal: no other object passes for an unknown.
  private readonly unknownValue = true;

  /** Shown in logs and test output. */
  public toString(): string {
    return this.unknownValue ? '(known after apply)' : '';
  }
}

/** The one unknown value. */
export const UNKNOWN = new UnknownValue();

/** A Terraform value as the provider handles it: cty's JSON-like values, with unknowns. */
export type TerraformValue = null | string | number | boolean | UnknownValue | TerraformValue[] | TerraformObject;

/** A Terraform object or map value. */
export interface TerraformObject {
  [name: string]: TerraformValue;
}

/** True for an unknown value. */
export function isUnknown(value: unknown): value is UnknownValue {
  return value instanceof UnknownValue;
}

/** True when the value or anything inside it is unknown. */
export function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isObject(value)) return Object.values(value).some(containsUnknown);
  return false;
}

/** A value that does not fit its schema type: a bug in a caller or a state written by something else. */
export class ValueTypeError extends Error {
  constructor(public readonly path: string, message: string) {
    super(`${path || 'value'}: ${message}`);
    this.name = 'ValueTypeError';
  }
}

/**
 * The value of a schema block, completed the way Terraform expects: every attribute and nested block present
 * (null when unset), nested list and set blocks as lists (`[]` when absent), scalars converted to their types.
 * Anything a foreign decoder marks as unknown (`isForeignUnknown`) becomes `UNKNOWN`.
 */
export function conformBlock(value: unknown, block: SchemaBlock, path = '', isForeignUnknown: (value: unknown) => boolean = () => false): TerraformObject | null | UnknownValue {
  if (isUnknown(value) || isForeignUnknown(value)) return UNKNOWN;
  if (value === null || value === undefined) return null;
  if (!isObject(value)) throw new ValueTypeError(path, 'expected an object');
  const out: TerraformObject = {};
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    out[name] = conformValue(value[name], attribute.type, join(path, name), isForeignUnknown);
  }
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const item = value[name];
    const itemPath = join(path, name);
    if (blockType.nesting_mode === 'single' || blockType.nesting_mode === 'group') {
      out[name] = conformBlock(Array.isArray(item) ? item[0] : item, blockType.block, itemPath, isForeignUnknown);
    } else if (isUnknown(item) || isForeignUnknown(item)) {
      out[name] = UNKNOWN;
    } else if (item === null || item === undefined) {
      out[name] = [];
    } else if (Array.isArray(item)) {
      out[name] = item.map((element, i) => conformBlock(element, blockType.block, `${itemPath}.${i}`, isForeignUnknown));
    } else if (isObject(item) && isSingleBlock(blockType)) {
      out[name] = [conformBlock(item, blockType.block, itemPath, isForeignUnknown)]; // an API-shaped single object
    } else {
      throw new ValueTypeError(itemPath, 'expected a list of blocks');
    }
  }
  return out;
}

/** A value converted to its cty type (see `conformBlock`). */
export function conformValue(value: unknown, type: CtyType, path = '', isForeignUnknown: (value: unknown) => boolean = () => false): TerraformValue {
  if (isUnknown(value) || isForeignUnknown(value)) return UNKNOWN;
  if (value === null || value === undefined) return null;
  if (typeof type === 'string') return primitive(value, type, path);
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) throw new ValueTypeError(path, `expected a ${kind}`);
    return value.map((item, i) => conformValue(item, inner as CtyType, `${path}.${i}`, isForeignUnknown));
  }
  if (kind === 'map') {
    if (!isObject(value)) throw new ValueTypeError(path, 'expected a map');
    const out: TerraformObject = {};
    // Map keys are user data (labels): define them, so a key such as `__proto__` stays a key.
    for (const key of Object.keys(value)) define(out, key, conformValue(value[key], inner as CtyType, join(path, key), isForeignUnknown));
    return out;
  }
  if (kind === 'object') {
    if (!isObject(value)) throw new ValueTypeError(path, 'expected an object');
    const out: TerraformObject = {};
    for (const [name, attributeType] of Object.entries(inner as { [name: string]: CtyType })) {
      out[name] = conformValue(value[name], attributeType, join(path, name), isForeignUnknown);
    }
    return out;
  }
  throw new ValueTypeError(path, `unsupported type ${JSON.stringify(type)}`);
}

function primitive(value: unknown, type: string, path: string): TerraformValue {
  switch (type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      break;
    case 'number':
      if (typeof value === 'number') return value;
      // cty sends numbers a double cannot hold exactly as decimal strings; REST sends int64 as strings.
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      break;
    case 'bool':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      break;
    case 'dynamic':
      return value as TerraformValue;
  }
  throw new ValueTypeError(path, `expected a ${type}, got ${JSON.stringify(value)}`);
}

/** Sets a property even when its name is `__proto__`. */
export function define(target: TerraformObject, key: string, value: TerraformValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A plain object (not null, not a list, not unknown). */
export function isObject(value: unknown): value is { [name: string]: unknown } {
  return isPlainObject(value) && !isUnknown(value) && !(value instanceof Uint8Array);
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}
