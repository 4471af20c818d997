import { outputOnlyCustomJobFields, outputOnlyJobFields } from '../model/api-schema';
import { CustomJob } from '../model/custom-job';
import { customJobFromTerraform, customJobToTerraform } from '../model/custom-job-terraform-mapping';
import { Job } from '../model/job';
import { jobFromTerraform, jobToTerraform } from '../model/terraform-mapping';
import { isTemplateExpression, looksLikeCdktfToken } from './terraform-templates';
import { isPlainObject } from '../model/plain-object';

/**
 * How the strings of a job are meant: `literal` text (REST, gcloud JSON/YAML) or Terraform templates (HCL,
 * `cdk.tf.json`), where `${…}` is a reference and `$${` an escaped `${`.
 */
export type StringSemantics = 'literal' | 'terraform';

/** One string of a Terraform job that refers to something only Terraform knows. */
export interface TerraformReference {
  /** The API path of the field, e.g. `trainingInput.region`. */
  readonly path: string;
  /** The template, e.g. `${var.region}`. */
  readonly value: string;
}

/** An API object (a job, a custom job) split into what becomes code and what does not. */
export interface PreparedApiObject<T> {
  /** The input fields in the API's canonical form (int64 strings as numbers), without output-only fields. */
  readonly input: T;
  /** The output-only fields the service wrote (`state`, `createTime`, `trainingOutput`, …). */
  readonly outputOnly: { readonly [field: string]: unknown };
  /** API paths of fields the schema does not know, or whose value has the wrong shape; they are left out. */
  readonly unknownFields: string[];
  /** Terraform references and directives (only for `terraform` strings). */
  readonly references: TerraformReference[];
  /**
   * API paths of values or keys that cdktf would take for its own tokens at synth (a `${TfToken[…]}`,
   * `#{TfToken[…]}` or `&{TfToken[…]}` marker, or a number in the range cdktf encodes number tokens in).
   */
  readonly tokenLike: string[];
}

/** An ML Engine job split into what becomes code and what does not. */
export type PreparedJob = PreparedApiObject<Job>;

/** A Vertex AI custom job split into what becomes code and what does not. */
export type PreparedCustomJob = PreparedApiObject<CustomJob>;

/** The one Terraform ↔ API mapping of a resource type, and its output-only fields. */
interface ApiMapping {
  toTerraform(value: object): { attributes: { [name: string]: unknown }; unknownFields: string[] };
  fromTerraform(attributes: { [name: string]: unknown }): object;
  outputOnly(): readonly string[];
}

const JOB_MAPPING: ApiMapping = {
  toTerraform: (value) => jobToTerraform(value as Job),
  fromTerraform: (attributes) => jobFromTerraform(attributes).job,
  outputOnly: outputOnlyJobFields,
};

const CUSTOM_JOB_MAPPING: ApiMapping = {
  toTerraform: (value) => customJobToTerraform(value as CustomJob),
  fromTerraform: (attributes) => customJobFromTerraform(attributes).customJob,
  outputOnly: outputOnlyCustomJobFields,
};

/**
 * Maps a job through the one Terraform ↔ API mapping and back, which normalizes it (REST int64 strings become
 * numbers, `"true"` becomes true) and separates what the schema does not know; then splits off output-only fields.
 */
export function prepareJob(job: Job, strings: StringSemantics): PreparedJob {
  return prepareApiObject(job, strings, JOB_MAPPING);
}

/** `prepareJob` for a Vertex AI custom job, through the `google_vertex_ai_custom_job` mapping. */
export function prepareCustomJob(customJob: CustomJob, strings: StringSemantics): PreparedCustomJob {
  return prepareApiObject(customJob, strings, CUSTOM_JOB_MAPPING);
}

function prepareApiObject<T>(value: T, strings: StringSemantics, mapping: ApiMapping): PreparedApiObject<T> {
  const job = value as unknown as object;
  const { attributes, unknownFields } = mapping.toTerraform(job);
  const canonical = mapping.fromTerraform(attributes) as Record<string, unknown>;
  const outputOnlyNames = new Set(mapping.outputOnly());
  const input: Record<string, unknown> = {};
  const outputOnly: Record<string, unknown> = {};
  for (const key of Object.keys(canonical).sort()) {
    if (outputOnlyNames.has(key)) outputOnly[key] = canonical[key];
    else input[key] = canonical[key];
  }
  const unknown = new Set(unknownFields);
  for (const lost of lostPaths(job, canonical, '')) {
    if (![...unknown].some((u) => lost === u || lost.startsWith(`${u}.`))) unknown.add(`${lost} (not a valid value here)`);
  }
  const references: TerraformReference[] = [];
  const tokenLike: string[] = [];
  walkStrings(input, '', (path, value) => {
    if (strings === 'terraform' && isTemplateExpression(value)) references.push({ path, value });
    if (looksLikeCdktfToken(value)) tokenLike.push(path);
  });
  walkKeysAndNumbers(input, '', (path, value) => {
    if (typeof value === 'number' ? Math.abs(value) >= TOKEN_NUMBER_RANGE : looksLikeCdktfToken(value)) tokenLike.push(path);
  });
  return { input: input as unknown as T, outputOnly, unknownFields: [...unknown].sort(), references, tokenLike };
}

/** Paths that hold a value in `original` but none in `mapped`: dropped by the mapping because of their shape. */
function lostPaths(original: unknown, mapped: unknown, path: string): string[] {
  if (original === null || original === undefined) return [];
  if (mapped === undefined || mapped === null) return [path];
  if (Array.isArray(original) && Array.isArray(mapped)) {
    return original.flatMap((item, i) => lostPaths(item, mapped[i], `${path}.${i}`));
  }
  if (isPlainObject(original) && isPlainObject(mapped)) {
    return Object.keys(original).flatMap((key) => lostPaths(original[key], mapped[key], path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * cdktf encodes a number token as a double near -1.9e289 and resolves any number of that shape at synth (a stray
 * one crashed synth); no field of a job holds a number anywhere near this.
 */
const TOKEN_NUMBER_RANGE = 1e250;

/** Every object key (path of the key) and every number (path of the number) of a JSON-like value. */
function walkKeysAndNumbers(value: unknown, path: string, visit: (path: string, value: string | number) => void): void {
  if (typeof value === 'number') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, i) => walkKeysAndNumbers(item, `${path}.${i}`, visit));
  else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      visit(at, key);
      walkKeysAndNumbers(value[key], at, visit);
    }
  }
}

function walkStrings(value: unknown, path: string, visit: (path: string, value: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, `${path}.${i}`, visit));
  else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) walkStrings(value[key], path ? `${path}.${key}` : key, visit);
  }
}
