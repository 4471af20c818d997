import { StringSemantics } from '../read/prepare-job';
import { apiCustomJobShape, outputOnlyCustomJobFields } from '../model/api-schema';
import { CustomJob } from '../model/custom-job';
import { diffFields, FieldDiff } from './job-diff';

const OUTPUT_ONLY = new Set(outputOnlyCustomJobFields());

/**
 * Compares the input fields of a desired Vertex AI custom job with the job Terraform knows, by the schema types of
 * `google_vertex_ai_custom_job` (as `diffJobs` compares ML Engine jobs). A custom job cannot be changed: the REST
 * resource has create, get, list, cancel and delete, no patch, so every difference, `labels` included, replaces the
 * job. Output-only fields (`name`, `state`, times, `error`, `webAccessUris`) are left out; `project` and `location`
 * are compared by the caller.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs (the methods)
 * @see shared/seeds/003 (the REST resource: cancel, create, delete, get, list)
 */
export function diffCustomJobs(desired: CustomJob, prior: CustomJob, strings: StringSemantics): FieldDiff {
  return diffFields(desired, prior, apiCustomJobShape(), (key) => OUTPUT_ONLY.has(key), strings);
}
