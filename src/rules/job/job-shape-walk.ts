import { ApiField } from '../../model/api-schema';
import { closestName } from '../../model/closest-name';
import { parseNumericString } from '../../model/json-values';
import { Violation } from '../rule';
import { isUnknown, show } from '../values';

/** What a walk of a job against the API shape found. */
export interface ShapeWalk {
  /** Fields whose JSON type is not the API's. */
  readonly wrongTypes: Violation[];
  /** Fields the API does not define. */
  readonly unknownFields: Violation[];
}

// Two rules read the same walk; remember it per job object so a job is walked once.
const walks = new WeakMap<object, ShapeWalk>();

/** Walks a job against the API shape once, collecting wrong JSON types and unknown fields. */
export function walkJobShape(job: object, shape: ApiField): ShapeWalk {
  const cached = walks.get(job);
  if (cached) return cached;
  const wrongTypes: Violation[] = [];
  const unknownFields: Violation[] = [];
  checkObject(job, shape, '', wrongTypes, unknownFields);
  const walk = { wrongTypes, unknownFields };
  walks.set(job, walk);
  return walk;
}

function checkObject(value: unknown, shape: ApiField, path: string, wrong: Violation[], unknown: Violation[]): void {
  const fields = shape.fields ?? {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const childPath = path ? `${path}.${key}` : key;
    const childShape = fields[key];
    if (!childShape) {
      const suggestion = closestName(key, Object.keys(fields));
      unknown.push({
        path: childPath,
        message: `${childPath} is not a field of the ML Engine v1 API${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
        fix: suggestion ? `Rename it to ${suggestion}.` : 'Remove it.',
      });
      continue;
    }
    checkValue(child, childShape, childPath, wrong, unknown);
  }
}

function checkValue(value: unknown, shape: ApiField, path: string, wrong: Violation[], unknown: Violation[]): void {
  if (value === undefined || value === null || isUnknown(value)) return;
  switch (shape.kind) {
    case 'string':
      if (typeof value !== 'string') wrong.push({ path, message: `${path} is ${show(value)}; it must be a string.` });
      return;
    case 'number':
      // int64 fields come as strings from REST; numeric strings are fine.
      if (typeof value !== 'number' && !(typeof value === 'string' && parseNumericString(value) !== undefined)) {
        wrong.push({ path, message: `${path} is ${show(value)}; it must be a number.` });
      }
      return;
    case 'bool':
      if (typeof value !== 'boolean') wrong.push({ path, message: `${path} is ${show(value)}; it must be true or false.` });
      return;
    case 'list':
      if (!Array.isArray(value)) {
        wrong.push({ path, message: `${path} is ${show(value)}; it must be a list.`, fix: `Write it as [${show(value)}].` });
        return;
      }
      value.forEach((item, i) => checkValue(item, shape.item!, `${path}[${i}]`, wrong, unknown));
      return;
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value)) {
        wrong.push({ path, message: `${path} is ${show(value)}; it must be a map of names to values.` });
        return;
      }
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) checkValue(item, shape.item!, `${path}.${key}`, wrong, unknown);
      return;
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) {
        wrong.push({ path, message: `${path} is ${show(value)}; it must be an object.` });
        return;
      }
      checkObject(value, shape, path, wrong, unknown);
      return;
  }
}
