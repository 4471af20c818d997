import { closestName } from './closest-name';
import { NumberFormat, numberFormatOf } from './api-number-formats';
import { customJobNumberFormatOf } from './custom-job-number-formats';
import { CUSTOM_JOB_RESOURCE_ONLY_FIELDS, CUSTOM_JOB_SINGLE_OBJECT_ATTRIBUTES } from './custom-job-terraform-mapping';
import { CtyType, customJobSchema, isSingleBlock, jobSchema, SchemaBlock } from './provider-schema';
import { snakeCase } from './snake-case';
import { apiName, RESOURCE_ONLY_FIELDS, SINGLE_OBJECT_ATTRIBUTES } from './terraform-mapping';

/** The JSON shape of one API field, derived from the provider schema. */
export interface ApiField {
  readonly kind: 'string' | 'number' | 'bool' | 'list' | 'map' | 'object';
  /** How the API writes a number (`int64` as a JSON string); set on every `number`. */
  readonly format?: NumberFormat;
  /** The item shape of a list or map. */
  readonly item?: ApiField;
  /**
   * The fields of an object, in a map without a prototype: a key from user data (`constructor`, `toString`,
   * `__proto__`) finds no field, so every walk reports it as unknown.
   */
  readonly fields?: { readonly [apiName: string]: ApiField };
  /** Whether the API requires the field. */
  readonly required?: boolean;
}

/** What differs between the resources when their schema becomes API shapes. */
interface ShapeRules {
  /** Computed list-of-object attributes that the API returns as one object. */
  readonly singleObjects: ReadonlySet<string>;
  /** The API format of the number field at a path (list items leave no step). */
  readonly formatOf: (apiPath: string) => NumberFormat | undefined;
}

const JOB_SHAPE_RULES: ShapeRules = { singleObjects: SINGLE_OBJECT_ATTRIBUTES, formatOf: numberFormatOf };
const CUSTOM_JOB_SHAPE_RULES: ShapeRules = { singleObjects: CUSTOM_JOB_SINGLE_OBJECT_ATTRIBUTES, formatOf: customJobNumberFormatOf };

let cached: ApiField | undefined;
let cachedCustomJob: ApiField | undefined;

/** The API `Job` object as a tree of field shapes (camelCase names), built once from the schema. */
export function apiJobShape(): ApiField {
  cached ??= rootShape(jobSchema(), RESOURCE_ONLY_FIELDS, JOB_SHAPE_RULES);
  return cached;
}

/**
 * The Vertex AI `CustomJob` object as a tree of field shapes (camelCase names), built once from
 * `schema/google_vertex_ai_custom_job.json`; `project` and `location` (URL parts) are not fields of it.
 */
export function apiCustomJobShape(): ApiField {
  cachedCustomJob ??= rootShape(customJobSchema(), CUSTOM_JOB_RESOURCE_ONLY_FIELDS, CUSTOM_JOB_SHAPE_RULES);
  return cachedCustomJob;
}

function rootShape(block: SchemaBlock, resourceOnly: ReadonlySet<string>, rules: ShapeRules): ApiField {
  const fields = Object.assign(fieldMap(), blockShape(block, '', rules).fields);
  for (const name of resourceOnly) delete fields[apiName(name)];
  return { kind: 'object', fields };
}

/**
 * For a field the API does not define, given by its path (`trainingInput.hyperparameters.maxParalelTrials`, list
 * items as `.0.`; Terraform snake_case paths work too), the closest field the API defines in the same object, in the
 * path's spelling (`maxParallelTrials`, or `max_parallel_trials` for a snake_case path). Undefined when the object is
 * unknown or no field is close (`closestName`). `root` is the object the path starts at: the ML Engine `Job` unless told
 * (`apiCustomJobShape()` for a Vertex AI CustomJob).
 */
export function closestApiField(path: string, root: ApiField = apiJobShape()): string | undefined {
  const steps = path.split('.');
  const name = steps.pop() ?? '';
  let shape: ApiField | undefined = root;
  for (const step of steps) {
    if (!shape) return undefined;
    if (shape.kind === 'list' || shape.kind === 'map') shape = /^\d+$/.test(step) || shape.kind === 'map' ? shape.item : undefined;
    else shape = shape.fields?.[step] ?? shape.fields?.[apiName(step)];
  }
  if (!shape?.fields) return undefined;
  const suggestion = closestName(name, Object.keys(shape.fields));
  const snake = /_/.test(path) && !/[A-Z]/.test(path);
  return suggestion && snake ? snakeCase(suggestion) : suggestion;
}

/** An empty `ApiField.fields` map, without a prototype. */
function fieldMap(): { [name: string]: ApiField } {
  return Object.create(null) as { [name: string]: ApiField };
}

// `path` is the field's API path without list steps, the key of its number format.
function blockShape(block: SchemaBlock, path: string, rules: ShapeRules): ApiField {
  const fields = fieldMap();
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    const shape = typeShape(attribute.type, rules.singleObjects.has(name), `${path}${apiName(name)}`, rules);
    fields[apiName(name)] = attribute.required ? { ...shape, required: true } : shape;
  }
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const item = blockShape(blockType.block, `${path}${apiName(name)}.`, rules);
    fields[apiName(name)] = isSingleBlock(blockType) ? item : { kind: 'list', item };
  }
  return { kind: 'object', fields };
}

function typeShape(type: CtyType, singleObject: boolean, path: string, rules: ShapeRules): ApiField {
  if (type === 'number') {
    const format = rules.formatOf(path);
    return format ? { kind: 'number', format } : { kind: 'number' };
  }
  if (type === 'string' || type === 'bool') return { kind: type };
  const [kind, inner] = type as [string, CtyType];
  if (kind === 'object') {
    const attributes = inner as unknown as { [name: string]: CtyType };
    const fields = fieldMap();
    for (const [name, t] of Object.entries(attributes)) fields[apiName(name)] = typeShape(t, rules.singleObjects.has(name), `${path}.${apiName(name)}`, rules);
    return { kind: 'object', fields };
  }
  if (kind === 'map') return { kind: 'map', item: typeShape(inner, false, path, rules) };
  const item = typeShape(inner, false, path, rules);
  return singleObject ? item : { kind: 'list', item };
}

let outputOnly: string[] | undefined;

/**
 * The API names of the job's output-only fields (`state`, `createTime`, `etag`, `trainingOutput`, …): the schema's
 * computed top-level attributes that users cannot set.
 */
export function outputOnlyJobFields(): readonly string[] {
  if (!outputOnly) {
    outputOnly = Object.entries(jobSchema().attributes ?? {})
      .filter(([name, attribute]) => attribute.computed && !attribute.optional && !RESOURCE_ONLY_FIELDS.has(name))
      .map(([name]) => apiName(name));
  }
  return outputOnly;
}

let customJobOutputOnly: string[] | undefined;

/**
 * The API names of the Vertex AI custom job's output-only fields (`name`, `state`, `createTime`, `error`, …): the
 * schema's computed top-level attributes that users cannot set.
 */
export function outputOnlyCustomJobFields(): readonly string[] {
  customJobOutputOnly ??= Object.entries(customJobSchema().attributes ?? {})
    .filter(([name, attribute]) => attribute.computed && !attribute.optional && !CUSTOM_JOB_RESOURCE_ONLY_FIELDS.has(name))
    .map(([name]) => apiName(name));
  return customJobOutputOnly;
}

/** True for a job the service wrote (describe or list output): it carries an output-only field. */
export function isServerOutput(job: object): boolean {
  return outputOnlyJobFields().some((field) => field in job);
}
