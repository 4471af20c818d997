import { isPlainObject } from '../../model/plain-object';

/**
 * Typed reads of an untrusted, JSON-like job object: each returns the value only when it has the type the L2 props
 * need, so a value of another shape (a Terraform reference where a number belongs, a string where a list belongs)
 * is left out of the props and reaches the job through an escape hatch instead.
 */

/** A plain object. */
export type Fields = { readonly [name: string]: unknown };

/** The object at `name`, if it is one. */
export function objectField(fields: Fields | undefined, name: string): Fields | undefined {
  const value = fields?.[name];
  return isPlainObject(value) ? value as Fields : undefined;
}

/** The string at `name`, if it is one. */
export function stringField(fields: Fields | undefined, name: string): string | undefined {
  const value = fields?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** The finite number at `name`, if it is one. */
export function numberField(fields: Fields | undefined, name: string): number | undefined {
  const value = fields?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The boolean at `name`, if it is one. */
export function booleanField(fields: Fields | undefined, name: string): boolean | undefined {
  const value = fields?.[name];
  return typeof value === 'boolean' ? value : undefined;
}

/** The list of strings at `name`, if it is one. */
export function stringsField(fields: Fields | undefined, name: string): string[] | undefined {
  const value = fields?.[name];
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value as string[] : undefined;
}

/** The list of finite numbers at `name`, if it is one. */
export function numbersField(fields: Fields | undefined, name: string): number[] | undefined {
  const value = fields?.[name];
  return Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item)) ? value as number[] : undefined;
}

/** The map of strings at `name`, if it is one. */
export function stringMapField(fields: Fields | undefined, name: string): { [key: string]: string } | undefined {
  const value = objectField(fields, name);
  return value && Object.values(value).every((item) => typeof item === 'string') ? value as { [key: string]: string } : undefined;
}
