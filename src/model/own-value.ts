/**
 * `record[key]` when the record itself has that key. Keys from user data (field names, regions, accelerator types)
 * must not find a member of `Object.prototype`: `toString`, `constructor`, `__proto__`.
 */
export function ownValue<T>(record: { readonly [name: string]: T } | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
