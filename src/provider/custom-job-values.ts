import { CustomJob } from '../model/custom-job';
import { customJobFromTerraform, customJobToTerraform, parseCustomJobName } from '../model/custom-job-terraform-mapping';
import { outputOnlyCustomJobFields } from '../model/api-schema';
import { customJobSchema, isSingleBlock, SchemaBlock } from '../model/provider-schema';
import { withReferences } from './job-values';
import { conformBlock, isUnknown, TerraformObject, TerraformValue, UNKNOWN } from './terraform-value';

/** The Terraform type of a Vertex AI custom job. */
export const CUSTOM_JOB_TYPE = 'google_vertex_ai_custom_job';

/** The Terraform names of the attributes only the service sets (`name`, `state`, the times, `error`, `web_access_uris`). */
export function customJobOutputAttributes(): string[] {
  return Object.entries(customJobSchema().attributes ?? {})
    .filter(([, attribute]) => attribute.computed && !attribute.optional && !attribute.required)
    .map(([name]) => name);
}

/** The API custom job of a resource value, its strings literal; unknown values become references, which the rules skip. */
export function customJobOfValue(value: TerraformObject): CustomJob {
  return customJobFromTerraform(withReferences(value, false) as { [name: string]: unknown }).customJob;
}

/** The custom job as `cdk.tf.json` would spell it, for the plan diff's `terraform` string semantics. */
export function desiredCustomJobOf(value: TerraformObject): CustomJob {
  return customJobFromTerraform(withReferences(value, true) as { [name: string]: unknown }).customJob;
}

/**
 * The body of `projects.locations.customJobs.create`: the job without output-only fields, and without the empty lists
 * of blocks the configuration does not have (Terraform sends an absent `env` block as `[]`; the body leaves it out, as
 * the configuration does).
 */
export function createCustomJobBody(value: TerraformObject): CustomJob {
  const job = customJobOfValue(withoutEmptyBlockLists(value, customJobSchema()) as TerraformObject) as unknown as { [name: string]: unknown };
  for (const field of outputOnlyCustomJobFields()) delete job[field];
  return job as unknown as CustomJob;
}

/** `value` without the `[]` of its repeated blocks (`env`), at every depth: an empty list of blocks is an absent block. */
function withoutEmptyBlockLists(value: TerraformValue, block: SchemaBlock): TerraformValue {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || isUnknown(value)) return value;
  const out: TerraformObject = { ...(value as TerraformObject) };
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const item = out[name];
    if (Array.isArray(item) && item.length === 0 && !isSingleBlock(blockType)) delete out[name];
    else if (Array.isArray(item)) out[name] = item.map((element) => withoutEmptyBlockLists(element, blockType.block));
    else out[name] = withoutEmptyBlockLists(item, blockType.block);
  }
  return out;
}

/** A resource value made from an API custom job (after an import): every field mapped, `id` = the job's name. */
export function valueOfCustomJob(job: CustomJob, project: string, location: string): TerraformObject {
  const { attributes } = customJobToTerraform(job);
  return conformBlock({ ...attributes, id: job.name ?? null, project, location }, customJobSchema()) as TerraformObject;
}

/** Copies the output-only fields of an API custom job onto a resource value; `id` becomes the job's name. */
export function withCustomJobOutputsOf(value: TerraformObject, job: CustomJob): TerraformObject {
  const fromApi = valueOfCustomJob(job, typeof value.project === 'string' ? value.project : '', typeof value.location === 'string' ? value.location : '');
  const out: TerraformObject = { ...value, id: job.name ?? value.id ?? null };
  for (const name of customJobOutputAttributes()) out[name] = fromApi[name];
  return out;
}

/** The value with every output-only attribute and the id unknown (a job about to be created: the server names it). */
export function withUnknownCustomJobOutputs(value: TerraformObject): TerraformObject {
  const out: TerraformObject = { ...value, id: UNKNOWN };
  for (const name of customJobOutputAttributes()) out[name] = UNKNOWN;
  return out;
}

/** True when the value has no job spec yet (the state ImportResourceState returns before the first read). */
export function isCustomJobImportStub(value: TerraformObject): boolean {
  const spec: TerraformValue = value.job_spec;
  return spec === null || (Array.isArray(spec) && spec.length === 0);
}

/** The parts of the job's resource name in a state (`name`, else `id`), or undefined. */
export function customJobNameOf(value: TerraformObject): { project: string; location: string; id: string; name: string } | undefined {
  for (const candidate of [value.name, value.id]) {
    const parts = parseCustomJobName(candidate);
    if (parts) return { ...parts, name: candidate as string };
  }
  return undefined;
}
