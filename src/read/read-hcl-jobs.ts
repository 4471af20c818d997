import { parse as parseHcl } from '@cdktf/hcl2json';
import { RESOURCE_TYPE } from '../model/provider-schema';
import { jobFromTerraform } from '../model/terraform-mapping';
import { checkDepth } from './depth-guard';
import { oneLine } from './error-line';
import { InputFileError, inputFileFailure } from './input-file-error';
import { parseJsonText } from './parse-document';
import { prepareJob, TerraformReference } from './prepare-job';
import { readInputFile } from './read-input-file';
import { checkSizes, pathText } from './size-limits';
import { JobInput } from './read-job-file';
import { isPlainObject } from '../model/plain-object';

/** One `google_ml_engine_job` read from Terraform configuration. */
export interface HclJobInput extends JobInput {
  /** The resource address, `google_ml_engine_job.<name>`. */
  readonly address: string;
  /** Attributes and blocks the schema does not know (Terraform names, dotted); they are not in `job`. */
  readonly unknownFields: string[];
  /** Strings that interpolate (`${var.region}`) or hold directives: kept as `${…}` text, never literal values. */
  readonly references: TerraformReference[];
  /** Meta-arguments and other things of the resource that are not part of the job. */
  readonly warnings: string[];
  /** The `project` argument, if it is a string. */
  readonly project?: string;
  /** The `timeouts` block, if set. */
  readonly timeouts?: { readonly [name: string]: unknown };
  /** Strings are Terraform templates: `${…}` is a reference, `$${` an escaped `${`. */
  readonly strings: 'terraform';
}

/** Terraform meta-arguments: they shape how Terraform manages the resource, not the job. */
const META_ARGUMENTS: { readonly [name: string]: string } = {
  count: 'count makes one block stand for several jobs; it was read as one',
  for_each: 'for_each makes one block stand for several jobs; it was read as one',
  depends_on: 'depends_on is not part of the job; left out',
  lifecycle: 'lifecycle is not part of the job; left out (add it back with an escape hatch if you need it)',
  provider: 'provider is not part of the job; left out',
  provisioner: 'provisioner is not part of the job; left out',
  connection: 'connection is not part of the job; left out',
};

/**
 * Reads the `google_ml_engine_job` resources of a Terraform file: HCL (`.tf`, parsed with `@cdktf/hcl2json`) or
 * Terraform JSON (`.tf.json`, including cdktf's `cdk.tf.json`), in the order of their resource names. Other
 * resources are ignored.
 */
export async function readHclJobs(file: string): Promise<HclJobInput[]> {
  return parseHclJobs(readInputFile(file), file);
}

/**
 * Parses Terraform configuration text; `file` names it in messages and locations (and a `.json` ending selects
 * Terraform JSON syntax). Errors are one `InputFileError` line: `file:line:column: invalid HCL: …` for syntax, or
 * `file: google_ml_engine_job.<name>: …` for a resource that is not a job.
 *
 * Each resource goes through the one Terraform → API mapping (`jobFromTerraform`). Nothing is dropped silently:
 * unknown attributes, meta-arguments and `dynamic` blocks are reported, and `${…}` references are listed (they stay
 * `${…}` strings in the job, which the rules treat as unknown values).
 */
export async function parseHclJobs(text: string, file: string): Promise<HclJobInput[]> {
  const config = /\.json$/i.test(file) ? parseTerraformJson(text, file) : await parseHclText(text, file);
  const resources = (config.resource as Record<string, unknown> | undefined)?.[RESOURCE_TYPE];
  if (resources === undefined) return [];
  if (!isPlainObject(resources)) throw new InputFileError(file, `resource.${RESOURCE_TYPE}`, 'expected resource blocks');
  // In resource-name order: hcl2json does not keep the file's order, so neither syntax does.
  return Object.keys(resources).sort().map((name) => jobOf(name, resources[name], file));
}

function jobOf(name: string, value: unknown, file: string): HclJobInput {
  const address = `${RESOURCE_TYPE}.${name}`;
  // HCL gives each block as a list of bodies; Terraform JSON as the body itself.
  const bodies = Array.isArray(value) ? value : [value];
  if (bodies.length !== 1) throw new InputFileError(file, address, `declared ${bodies.length} times; a resource name must be unique`);
  const body = bodies[0];
  if (!isPlainObject(body)) throw new InputFileError(file, address, 'expected a block of arguments');
  checkSizes(body, (path, problem) => new InputFileError(file, `${address}.${pathText(path)}`, problem));
  const warnings: string[] = [];
  for (const key of Object.keys(body).sort()) {
    if (Object.hasOwn(META_ARGUMENTS, key)) warnings.push(`${key}: ${META_ARGUMENTS[key]}`);
  }
  const mapped = jobFromTerraform(body);
  const unknownFields = mapped.unknownFields.map((path) => (/(^|\.)dynamic$/.test(path) ? `${path} (dynamic blocks cannot be imported; write the blocks out)` : path));
  const project = typeof mapped.project === 'string' ? mapped.project : undefined;
  if (mapped.project !== undefined && project === undefined) unknownFields.push('project (not a string)');
  const references = prepareJob(mapped.job, 'terraform').references;
  if (project !== undefined && project.includes('${')) references.push({ path: 'project', value: project });
  return {
    job: mapped.job,
    completeness: typeof mapped.job.jobId === 'string' ? 'complete' : 'partial',
    location: `${file}#${address}`,
    address,
    unknownFields,
    references,
    warnings,
    ...(project !== undefined ? { project } : {}),
    ...(mapped.timeouts ? { timeouts: mapped.timeouts } : {}),
    strings: 'terraform',
  };
}

/** The name hcl2json is given: fixed, so its messages can be located without parsing the user's file name. */
const HCL_NAME = 'input.tf';

async function parseHclText(text: string, file: string): Promise<Record<string, unknown>> {
  let config: Record<string, unknown>;
  try {
    config = await parseHcl(HCL_NAME, text) as Record<string, unknown>;
  } catch (error) {
    // e.g. `parse config: [input.tf:2,7-3,1: Invalid expression; Expected the start of an expression, …]`
    const message = String((error as Error).message ?? error);
    const located = /input\.tf:(\d+),(\d+)(?:-\d+(?:,\d+)?)?: ([^\]]*)/.exec(message);
    // Later diagnostics of the same message name the fixed name too: shown as line:col of the user's file.
    const problem = (text: string): string => oneLine(text).replace(/input\.tf:(\d+),(\d+)(?:-\d+(?:,\d+)?)?/g, '$1:$2');
    if (located) throw new InputFileError(file, `${located[1]}:${located[2]}`, `invalid HCL: ${problem(located[3])}`);
    throw new InputFileError(file, '', `invalid HCL: ${problem(message.replace(/^parse config: /, ''))}`);
  }
  checkDepth(config, (location, problem) => new InputFileError(file, location, problem));
  return config;
}

function parseTerraformJson(text: string, file: string): Record<string, unknown> {
  const value = parseJsonText(text, inputFileFailure(file));
  if (!isPlainObject(value)) throw new InputFileError(file, '', 'expected a Terraform JSON object');
  return value;
}
