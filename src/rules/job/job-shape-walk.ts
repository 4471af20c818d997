import { ApiField } from '../../model/api-schema';
import { closestName } from '../../model/closest-name';
import { parseNumericString } from '../../model/json-values';
import { recentMemo } from '../recent-memo';
import { Violation } from '../rule';
import { isUnknown, show } from '../values';

/**
 * A field whose JSON type is not the API's. `gcloudReads` is set when gcloud's `--config` reader (apitools'
 * `encoding.DictToMessage`) still reads the value: it says how, for a partial input, where it is not an error.
 */
export interface TypeViolation extends Violation {
  readonly gcloudReads?: string;
}

/** What a walk of a job against the API shape found. */
export interface ShapeWalk {
  /** Fields whose JSON type is not the API's. */
  readonly wrongTypes: TypeViolation[];
  /** Fields the API does not define. */
  readonly unknownFields: Violation[];
}

/** Walks a job against the API shape once, collecting wrong JSON types and unknown fields. */
export function walkJobShape(job: object, shape: ApiField): ShapeWalk {
  // Two rules read the same walk, one after the other: the job is walked once.
  return walkMemo(job, shape);
}

const walkMemo = recentMemo((job: object, shape?: ApiField): ShapeWalk => {
  const wrongTypes: TypeViolation[] = [];
  const unknownFields: Violation[] = [];
  checkObject(job, shape!, '', wrongTypes, unknownFields);
  return { wrongTypes, unknownFields };
});

/** The path of a field (`a.b`), map entry (`a.b.key`) or list item (`a.b[2]`): made only when a message needs it. */
function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * Walks an object or map value unless it is a token (`isUnknown`), which only an object with a `resolve` method or an
 * own key holding `&{TfToken[` can be. Rather than a pass over the keys to look for one before the walk, the walk
 * looks as it goes (it reads every key anyway); on meeting one it takes back what it reported for the value, and the
 * value is walked again unless `isUnknown` says it is a token.
 */
function walkUnlessToken(
  value: object,
  shape: ApiField,
  path: string,
  wrong: TypeViolation[],
  unknown: Violation[],
  walk: typeof walkObject,
): void {
  if (typeof (value as { resolve?: unknown }).resolve === 'function') {
    if (!isUnknown(value)) walk(value, shape, path, wrong, unknown, false);
    return;
  }
  if (walk(value, shape, path, wrong, unknown, true) && !isUnknown(value)) walk(value, shape, path, wrong, unknown, false);
}

/** Whether an own key may name a cdktf map token (see `isUnresolved`). */
function isTokenKey(key: string): boolean {
  return key.includes('&{TfToken[');
}

function checkObject(value: unknown, shape: ApiField, path: string, wrong: TypeViolation[], unknown: Violation[]): void {
  walkObject(value, shape, path, wrong, unknown, false);
}

/**
 * Checks the fields of an object against its shape. With `watch`, stops at an own key that may name a map token,
 * takes back what it reported, and returns true (the caller decides whether the object is a token).
 */
function walkObject(value: unknown, shape: ApiField, path: string, wrong: TypeViolation[], unknown: Violation[], watch: boolean): boolean {
  const fields = shape.fields ?? {};
  const object = value as Record<string, unknown>;
  const wrongMark = wrong.length;
  const unknownMark = unknown.length;
  // for…in over own keys is Object.keys' order without allocating the array of keys.
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    if (watch && isTokenKey(key)) {
      wrong.length = wrongMark;
      unknown.length = unknownMark;
      return true;
    }
    const childShape = fields[key];
    if (!childShape) {
      const childPath = join(path, key);
      const suggestion = closestName(key, Object.keys(fields));
      unknown.push({
        path: childPath,
        message: `${childPath} is not a field of the ML Engine v1 API${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
        fix: suggestion ? `Rename it to ${suggestion}.` : 'Remove it.',
      });
      continue;
    }
    checkValue(object[key], childShape, path, key, wrong, unknown);
  }
  return false;
}

/** `walkObject` for the entries of a map value. */
function walkMap(value: unknown, shape: ApiField, path: string, wrong: TypeViolation[], unknown: Violation[], watch: boolean): boolean {
  const map = value as Record<string, unknown>;
  const wrongMark = wrong.length;
  const unknownMark = unknown.length;
  for (const name in map) {
    if (!Object.hasOwn(map, name)) continue;
    if (watch && isTokenKey(name)) {
      wrong.length = wrongMark;
      unknown.length = unknownMark;
      return true;
    }
    checkValue(map[name], shape.item!, path, name, wrong, unknown);
  }
  return false;
}

/** Checks the value at `join(parent, key)`. */
function checkValue(value: unknown, shape: ApiField, parent: string, key: string | number, wrong: TypeViolation[], unknown: Violation[]): void {
  if (value === undefined || value === null) return;
  // A value of the right leaf type is fine, known or not: only a value to report or to walk into needs the unknown
  // test, which every field of every job would otherwise pay.
  switch (shape.kind) {
    case 'string':
      if (typeof value !== 'string' && !isUnknown(value)) wrong.push({ path: join(parent, key), message: `${join(parent, key)} is ${show(value)}; it must be a string.` });
      return;
    case 'number':
      // int64 fields come as strings from REST; numeric strings are fine.
      if (typeof value !== 'number' && !(typeof value === 'string' && parseNumericString(value) !== undefined) && !isUnknown(value)) {
        const path = join(parent, key);
        // apitools reads a boolean in a double field as 0 or 1 (float(False)); only double fields convert it.
        const gcloudReads = typeof value === 'boolean' && shape.format === 'double'
          ? `${path} is ${show(value)}; gcloud reads it as ${value ? 1 : 0} (a double field): write ${value ? 1 : 0} to say so.` : undefined;
        wrong.push({ path, message: `${path} is ${show(value)}; it must be a number.`, ...(gcloudReads ? { gcloudReads } : {}) });
      }
      return;
    case 'bool':
      if (typeof value !== 'boolean' && !isUnknown(value)) wrong.push({ path: join(parent, key), message: `${join(parent, key)} is ${show(value)}; it must be true or false.` });
      return;
  }
  // An object (not a list) is walked, or found to be a token, in one pass over its keys: see `walkUnlessToken`.
  const walked = typeof value === 'object' && !Array.isArray(value) && (shape.kind === 'map' || shape.kind === 'object');
  if (!walked && isUnknown(value)) return;
  switch (shape.kind) {
    case 'list': {
      const path = join(parent, key);
      if (!Array.isArray(value)) {
        // apitools wraps one value of a repeated field in a list, so gcloud --config files may write it so.
        const gcloudReads = typeof value !== 'object' || shape.item?.kind === 'object'
          ? `${path} is written as one value, not a list; gcloud reads it as a list of that one value.` : undefined;
        wrong.push({ path, message: `${path} is ${show(value)}; it must be a list.`, fix: `Write it as [${show(value)}].`, ...(gcloudReads ? { gcloudReads } : {}) });
        return;
      }
      for (let i = 0; i < value.length; i++) checkValue(value[i], shape.item!, path, i, wrong, unknown);
      return;
    }
    case 'map': {
      const path = join(parent, key);
      if (typeof value !== 'object' || Array.isArray(value)) {
        wrong.push({ path, message: `${path} is ${show(value)}; it must be a map of names to values.` });
        return;
      }
      walkUnlessToken(value, shape, path, wrong, unknown, walkMap);
      return;
    }
    case 'object': {
      const path = join(parent, key);
      if (typeof value !== 'object' || Array.isArray(value)) {
        wrong.push({ path, message: `${path} is ${show(value)}; it must be an object.` });
        return;
      }
      walkUnlessToken(value, shape, path, wrong, unknown, walkObject);
      return;
    }
  }
}
