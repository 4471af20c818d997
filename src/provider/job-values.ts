import { outputOnlyJobFields } from '../model/api-schema';
import { Job } from '../model/job';
import { jobSchema } from '../model/provider-schema';
import { apiName, jobFromTerraform, jobToTerraform } from '../model/terraform-mapping';
import { conformBlock, isObject, isUnknown, TerraformObject, TerraformValue, UNKNOWN } from './terraform-value';

/** How an unknown value reaches the model: as an unresolved reference, which the rules and the diff skip. */
const UNKNOWN_REFERENCE = '${unknown}';

/** The Terraform names of the attributes only the service sets (`etag`, `state`, `create_time`, …). */
export function outputOnlyAttributes(): string[] {
  return Object.entries(jobSchema().attributes ?? {})
    .filter(([, attribute]) => attribute.computed && !attribute.optional && !attribute.required)
    .map(([name]) => name);
}

/**
 * The API job of a resource value (config, plan or state), its strings literal (Terraform has evaluated them);
 * unknown values become unresolved references, which the rules skip.
 */
export function jobOfValue(value: TerraformObject): Job {
  return jobFromTerraform(withReferences(value, false) as { [name: string]: unknown }).job;
}

/**
 * The job as `cdk.tf.json` would spell it, for the plan diff's `terraform` string semantics (`diffJobs(desired,
 * prior, 'terraform')`): a literal `${` or `%{` escaped as `$${` and `%%{`, an unknown value as a `${…}` reference.
 */
export function desiredJobOf(value: TerraformObject): Job {
  return jobFromTerraform(withReferences(value, true) as { [name: string]: unknown }).job;
}

/** The API job to send to `projects.jobs.create`: the job without output-only fields. */
export function createBody(value: TerraformObject): Job {
  const job = jobOfValue(value) as unknown as { [name: string]: unknown };
  for (const field of outputOnlyJobFields()) delete job[field];
  return job as unknown as Job;
}

/**
 * A resource value made from an API job: every input and output field mapped through the one schema mapping, plus
 * the resource-only `id`, `project` and `timeouts`.
 */
export function valueOfJob(job: Job, project: string, timeouts: TerraformValue = null): TerraformObject {
  const { attributes } = jobToTerraform(job);
  const value = conformBlock({ ...attributes, id: jobResourceId(project, job.jobId), project, timeouts }, jobSchema());
  return value as TerraformObject;
}

/** Copies the output-only fields of an API job onto a resource value (after create, read or update). */
export function withOutputsOf(value: TerraformObject, job: Job): TerraformObject {
  const fromApi = valueOfJob(job, typeof value.project === 'string' ? value.project : '');
  const out: TerraformObject = { ...value };
  for (const name of outputOnlyAttributes()) out[name] = fromApi[name];
  return out;
}

/** The labels of an API job as a Terraform map value (null when it has none). */
export function labelsOfJob(job: Job): TerraformValue {
  const labels = job.labels;
  if (!labels || !Object.keys(labels).length) return null;
  return valueOfJob({ jobId: job.jobId, labels }, '').labels;
}

/** The resource id Terraform shows: `projects/{project}/jobs/{job_id}`. */
export function jobResourceId(project: string, jobId: string): string {
  return `projects/${project}/jobs/${jobId}`;
}

/** The value with every output-only attribute unknown (a job about to be created). */
export function withUnknownOutputs(value: TerraformObject): TerraformObject {
  const out: TerraformObject = { ...value };
  for (const name of outputOnlyAttributes()) out[name] = UNKNOWN;
  return out;
}

/** True when the value has no input blocks (the state ImportResourceState returns before the first read). */
export function isImportStub(value: TerraformObject): boolean {
  const empty = (v: TerraformValue): boolean => v === null || (Array.isArray(v) && v.length === 0);
  return empty(value.training_input) && empty(value.prediction_input);
}

/** The API field name of a top-level attribute (for messages). */
export function apiFieldOf(attribute: string): string {
  return apiName(attribute);
}

/** The value as the model reads it: unknown values become `${unknown}` references, literal `${` escaped when `escape`. */
export function withReferences(value: TerraformValue, escape: boolean): unknown {
  if (isUnknown(value)) return UNKNOWN_REFERENCE;
  if (escape && typeof value === 'string') return value.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
  if (Array.isArray(value)) return value.map((item) => withReferences(item, escape));
  if (isObject(value)) {
    const out: { [name: string]: unknown } = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: withReferences(value[key] as TerraformValue, escape), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
