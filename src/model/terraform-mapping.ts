import { Job } from './job';
import { isUnresolved, parseNumericString } from './json-values';
import { CtyType, isSingleBlock, jobSchema, SchemaBlock } from './provider-schema';
import { isPlainObject } from './plain-object';
import { ownValue } from './own-value';
import { snakeCase } from './snake-case';
import { sortedKeys } from './sorted-keys';

/**
 * The one two-way mapping between a `google_ml_engine_job` in Terraform JSON (snake_case, nested blocks as objects or
 * one-element lists, numbers) and the API `Job` (camelCase, int64 as numbers or strings on input).
 *
 * It is derived from `schema/google_ml_engine_job.json`: a field added to the schema maps with no change here. Only
 * what the schema cannot say is listed below.
 */

/** API names that are not the plain camelCase of their Terraform name. */
const IRREGULAR_API_NAMES: { readonly [terraformName: string]: string } = {
  consumed_ml_units: 'consumedMLUnits',
};

/**
 * Computed attributes that Terraform keeps as a list of one object (the SDKv2 encoding of a computed nested block)
 * but the API returns as a single object.
 */
export const SINGLE_OBJECT_ATTRIBUTES = new Set(['training_output', 'prediction_output', 'built_in_algorithm_output', 'final_metric']);

/** Top-level Terraform fields of the resource that are not part of the API job. */
export const RESOURCE_ONLY_FIELDS = new Set(['id', 'project', 'timeouts']);

/**
 * What the schema cannot say about one resource: which computed list attributes are single API objects, and which
 * top-level Terraform fields are not part of the API object.
 */
export interface MappingRules {
  /** Computed list-of-object attributes that the API returns as one object. */
  readonly singleObjects: ReadonlySet<string>;
  /** Top-level Terraform fields of the resource that are not part of the API object. */
  readonly resourceOnly: ReadonlySet<string>;
}

const ML_ENGINE_RULES: MappingRules = { singleObjects: SINGLE_OBJECT_ATTRIBUTES, resourceOnly: RESOURCE_ONLY_FIELDS };

/** Terraform meta-arguments and cdktf metadata that can sit beside the attributes in `cdk.tf.json`. */
export const META_ARGUMENTS = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

/** The result of reading one Terraform `google_ml_engine_job` block. */
export interface JobFromTerraform {
  /** The API job. */
  readonly job: Job;
  /** The `project` argument, if set. */
  readonly project?: unknown;
  /** The `timeouts` block, if set. */
  readonly timeouts?: { [name: string]: unknown };
  /** Paths (Terraform names, dotted) of fields the schema does not know; they are not mapped. */
  readonly unknownFields: string[];
}

/** The result of turning an API job into Terraform arguments. */
export interface JobToTerraform {
  /** Terraform arguments, nested blocks as one-element lists. */
  readonly attributes: { [name: string]: unknown };
  /** Paths (API names, dotted) of fields the schema does not know; they are not mapped. */
  readonly unknownFields: string[];
}

/** The API name of a Terraform name: `worker_count` → `workerCount`. */
export function apiName(terraformName: string): string {
  let name = apiNames.get(terraformName);
  if (name === undefined) {
    name = ownValue(IRREGULAR_API_NAMES, terraformName) ?? terraformName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    apiNames.set(terraformName, name);
  }
  return name;
}

// Every job maps the same few dozen names: convert each once.
const apiNames = new Map<string, string>();

const IRREGULAR_TERRAFORM_NAMES: { readonly [apiName: string]: string } = Object.fromEntries(
  Object.entries(IRREGULAR_API_NAMES).map(([terraform, api]) => [api, terraform]),
);

/** The Terraform name of an API name, the inverse of `apiName`: `workerCount` → `worker_count`. */
export function terraformName(apiFieldName: string): string {
  return ownValue(IRREGULAR_TERRAFORM_NAMES, apiFieldName) ?? snakeCase(apiFieldName);
}

/** Maps one `google_ml_engine_job` (from `cdk.tf.json`, a Terraform state or HCL converted to JSON) to the API job. */
export function jobFromTerraform(resource: { [name: string]: unknown }): JobFromTerraform {
  const unknownFields: string[] = [];
  const job = resourceFromTerraform(resource, jobSchema(), unknownFields, ML_ENGINE_RULES) as unknown as Job;
  const timeouts = firstObject(resource.timeouts);
  // Built by assignment: conditional spreads cost more than the rest of this function (10,000 jobs per plan).
  const result: { -readonly [K in keyof JobFromTerraform]: JobFromTerraform[K] } = { job } as JobFromTerraform;
  if (resource.project != null) result.project = resource.project;
  if (timeouts) result.timeouts = timeouts;
  result.unknownFields = unknownFields;
  return result;
}

/** Maps an API job (REST, gcloud JSON/YAML) to Terraform arguments of `google_ml_engine_job`. */
export function jobToTerraform(job: Job | { [name: string]: unknown }): JobToTerraform {
  const unknownFields: string[] = [];
  const attributes = blockToTerraform(job as { [name: string]: unknown }, jobSchema(), '', unknownFields, ML_ENGINE_RULES);
  return { attributes, unknownFields };
}

/**
 * Maps a Terraform resource (snake_case, nested blocks as objects or one-element lists) to its API object, following
 * `block`: meta-arguments and the resource-only fields of `rules` are left out. Fields the schema does not know are
 * appended to `unknown` as dotted Terraform paths.
 */
export function resourceFromTerraform(resource: { [name: string]: unknown }, block: SchemaBlock, unknown: string[], rules: MappingRules): { [name: string]: unknown } {
  return mapBlock(resource, compiledBlock(block), [], unknown, rules, true);
}

/** One field of a schema block, looked up once per block instead of once per job. */
export interface CompiledField {
  /** The API name. */
  readonly api: string;
  /** The attribute's type, for an attribute. */
  readonly type?: CtyType;
  /** The nested block, for a block type. */
  readonly block?: CompiledBlock;
  /** True for a nested block that holds one object. */
  readonly single: boolean;
}

/** The fields of a schema block by Terraform name, as the mapping reads them. */
export type CompiledBlock = ReadonlyMap<string, CompiledField>;

const compiledBlocks = new WeakMap<SchemaBlock, CompiledBlock>();

/**
 * The fields of `google_ml_engine_job` as `jobFromTerraform` reads them: for a walk over Terraform blocks that must
 * agree with the mapping (the plan's comparison of a desired block with a state's attributes).
 */
export function jobTerraformFields(): CompiledBlock {
  return compiledBlock(jobSchema());
}

/** The Terraform name of a top-level field of `google_ml_engine_job`, by its API name (`jobId` → `job_id`), from the mapping itself. */
export function jobAttributeName(api: string): string | undefined {
  for (const [name, field] of jobTerraformFields()) if (field.api === api) return name;
  return undefined;
}

function compiledBlock(block: SchemaBlock): CompiledBlock {
  let compiled = compiledBlocks.get(block);
  if (!compiled) {
    const fields = new Map<string, CompiledField>();
    compiled = fields;
    compiledBlocks.set(block, compiled);
    // An attribute wins over a block type of the same name, as the lookup order of the mapping has it.
    for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
      fields.set(name, { api: apiName(name), block: compiledBlock(blockType.block), single: isSingleBlock(blockType) });
    }
    for (const [name, attribute] of Object.entries(block.attributes ?? {})) fields.set(name, { api: apiName(name), type: attribute.type, single: false });
  }
  return compiled;
}

/**
 * The Terraform keys from the resource down to the value being mapped (`training_input`, `worker_pool`, 0, …): the
 * dotted path of an unknown field is joined from them only when there is one, so a job without any builds no paths.
 */
type Keys = Array<string | number>;

function mapBlock(value: { [name: string]: unknown }, fields: CompiledBlock, at: Keys, unknown: string[], rules: MappingRules, resource: boolean): { [name: string]: unknown } {
  const out: { [name: string]: unknown } = {};
  // In sorted key order, as `sortedKeys` gives it; by for…in when the keys are in order already (almost every object
  // of a job), which lists no keys.
  if (ownKeysSorted(value)) {
    for (const key in value) if (Object.hasOwn(value, key)) mapField(out, value, key, fields, at, unknown, rules, resource);
  } else {
    for (const key of sortedKeys(value)) mapField(out, value, key, fields, at, unknown, rules, resource);
  }
  return out;
}

/** Maps `value[key]` of a block into `out` (see `mapBlock`). */
function mapField(
  out: { [name: string]: unknown },
  value: { [name: string]: unknown },
  key: string,
  fields: CompiledBlock,
  at: Keys,
  unknown: string[],
  rules: MappingRules,
  resource: boolean,
): void {
  if (resource && (rules.resourceOnly.has(key) || META_ARGUMENTS.has(key))) return;
  const item = value[key];
  if (item == null) return;
  const field = fields.get(key);
  if (field === undefined) {
    unknown.push(pathOf(at, key));
    return;
  }
  if (field.type !== undefined) {
    const type = field.type;
    if (typeof type === 'string') {
      out[field.api] = scalar(item, type);
    } else {
      at.push(key);
      out[field.api] = valueFromTerraform(key, item, type, at, unknown, rules);
      at.pop();
    }
  } else if (field.single) {
    const first = firstObject(item);
    if (first) {
      at.push(key);
      out[field.api] = mapBlock(first, field.block!, at, unknown, rules, false);
      at.pop();
    } else if (isUnresolved(item)) {
      out[field.api] = item;
    }
  } else if (Array.isArray(item)) {
    // Lists are made at their length: a list that grows by push keeps room for 17 items (the job's lists are kept).
    const items = new Array<unknown>(item.length);
    at.push(key);
    for (let i = 0; i < item.length; i++) {
      at.push(i);
      items[i] = mapBlock(asObject(item[i]), field.block!, at, unknown, rules, false);
      at.pop();
    }
    at.pop();
    out[field.api] = items;
  } else {
    out[field.api] = item;
  }
}

/** `a.b.key` for the keys `a`, `b` and `key`. */
function pathOf(at: Keys, key: string | number): string {
  return at.length ? `${at.join('.')}.${key}` : String(key);
}

/** True when the object's own keys are in `sortedKeys` order already; lists none. */
function ownKeysSorted(value: object): boolean {
  let previous: string | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (previous !== undefined && previous > key) return false;
    previous = key;
  }
  return true;
}

/** Maps a Terraform value of a non-block attribute; `at` holds the keys down to it (see `Keys`). */
function valueFromTerraform(name: string, value: unknown, type: CtyType, at: Keys, unknown: string[], rules: MappingRules): unknown {
  if (typeof type === 'string') return scalar(value, type);
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) return value; // an unresolved reference such as "${var.args}"
    if (rules.singleObjects.has(name)) {
      return value.length ? valueFromTerraform('', value[0], inner as CtyType, at, unknown, rules) : undefined;
    }
    // Made at its length (see `mapField`). Scalar items need no path: only objects report unknown fields.
    const items = new Array<unknown>(value.length);
    if (typeof inner === 'string') {
      for (let i = 0; i < value.length; i++) items[i] = scalar(value[i], inner);
    } else {
      for (let i = 0; i < value.length; i++) {
        at.push(i);
        items[i] = valueFromTerraform('', value[i], inner as CtyType, at, unknown, rules);
        at.pop();
      }
    }
    return items;
  }
  if (kind === 'map') {
    if (!isPlainObject(value)) return value;
    return mapValues(value, inner as string);
  }
  if (kind === 'object') {
    if (!isPlainObject(value)) return value;
    const attributes = inner as { [name: string]: CtyType };
    const out: { [name: string]: unknown } = {};
    for (const key of sortedKeys(value)) {
      const field = value[key];
      if (field == null) continue;
      if (!Object.hasOwn(attributes, key)) {
        unknown.push(pathOf(at, key));
        continue;
      }
      at.push(key);
      const mapped = valueFromTerraform(key, field, attributes[key], at, unknown, rules);
      at.pop();
      if (mapped !== undefined) out[apiName(key)] = mapped;
    }
    return out;
  }
  return value;
}

/**
 * Maps an API object to Terraform arguments of `block` (nested blocks as one-element lists). Fields the schema does
 * not know, and resource-only fields at the top level, are appended to `unknown` as dotted API paths.
 */
export function blockToTerraform(
  value: { [name: string]: unknown },
  block: SchemaBlock,
  path: string,
  unknown: string[],
  rules: MappingRules,
): { [name: string]: unknown } {
  const out: { [name: string]: unknown } = {};
  const byApiName = new Map<string, string>();
  for (const name of Object.keys(block.attributes ?? {})) byApiName.set(apiName(name), name);
  for (const name of Object.keys(block.block_types ?? {})) byApiName.set(apiName(name), name);
  for (const key of Object.keys(value).sort()) {
    const field = value[key];
    if (field == null) continue;
    const name = byApiName.get(key);
    const attribute = name ? ownValue(block.attributes, name) : undefined;
    const blockType = name ? ownValue(block.block_types, name) : undefined;
    if (!name || (rules.resourceOnly.has(name) && path === '')) {
      unknown.push(`${path}${key}`);
    } else if (attribute) {
      out[name] = valueToTerraform(name, field, attribute.type, `${path}${key}`, unknown, rules);
    } else if (blockType) {
      if (isSingleBlock(blockType)) {
        out[name] = isPlainObject(field) ? [blockToTerraform(field, blockType.block, `${path}${key}.`, unknown, rules)] : field;
      } else if (Array.isArray(field)) {
        out[name] = field.map((item, i) => blockToTerraform(asObject(item), blockType.block, `${path}${key}.${i}.`, unknown, rules));
      } else {
        out[name] = field;
      }
    }
  }
  return out;
}

function valueToTerraform(name: string, value: unknown, type: CtyType, path: string, unknown: string[], rules: MappingRules): unknown {
  if (typeof type === 'string') return scalar(value, type);
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    if (rules.singleObjects.has(name)) {
      return isPlainObject(value) ? [valueToTerraform('', value, inner as CtyType, path, unknown, rules)] : value;
    }
    if (!Array.isArray(value)) return value;
    return value.map((item, i) => valueToTerraform('', item, inner as CtyType, `${path}.${i}`, unknown, rules));
  }
  if (kind === 'map') {
    if (!isPlainObject(value)) return value;
    return mapValues(value, inner as string);
  }
  if (kind === 'object') {
    if (!isPlainObject(value)) return value;
    const attributes = inner as { [name: string]: CtyType };
    const byApiName = new Map(Object.keys(attributes).map((n) => [apiName(n), n] as const));
    const out: { [name: string]: unknown } = {};
    for (const key of Object.keys(value).sort()) {
      const terraformName = byApiName.get(key);
      if (!terraformName) {
        unknown.push(`${path}.${key}`);
        continue;
      }
      if (value[key] == null) continue;
      out[terraformName] = valueToTerraform(terraformName, value[key], attributes[terraformName], `${path}.${key}`, unknown, rules);
    }
    return out;
  }
  return value;
}

/**
 * Normalizes a scalar to its cty type: int64 fields come as strings from REST, booleans as strings from some YAML.
 * Anything that does not convert cleanly (an unresolved `${…}` reference, a typo) is kept as it is, for the rules
 * to judge.
 */
export function scalar(value: unknown, type: string): unknown {
  if (type === 'number' && typeof value === 'string') return parseNumericString(value) ?? value;
  if (type === 'bool' && typeof value === 'string' && /^(true|false)$/.test(value)) return value === 'true';
  return value;
}

/** The object of a single nested block, written as an object (`cdk.tf.json`) or a one-element list (state). */
export function firstObject(value: unknown): { [name: string]: unknown } | undefined {
  const item = Array.isArray(value) ? value[0] : value;
  return isPlainObject(item) ? item : undefined;
}

function asObject(value: unknown): { [name: string]: unknown } {
  return isPlainObject(value) ? value : {};
}

function mapValues(value: { [name: string]: unknown }, type: string): { [name: string]: unknown } {
  const out: { [name: string]: unknown } = {};
  // Sorted, as `mapBlock` orders keys.
  if (ownKeysSorted(value)) {
    for (const key in value) if (Object.hasOwn(value, key)) setValue(out, key, scalar(value[key], type));
  } else {
    for (const key of sortedKeys(value)) setValue(out, key, scalar(value[key], type));
  }
  return out;
}

function setValue(out: { [name: string]: unknown }, key: string, value: unknown): void {
  // Map keys are user data (labels): a key `__proto__` is defined, so it stays a key instead of setting the prototype.
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
