import { CustomJob } from './custom-job';
import { customJobSchema } from './provider-schema';
import { blockToTerraform, MappingRules, resourceFromTerraform } from './terraform-mapping';

/**
 * The two-way mapping between a `google_vertex_ai_custom_job` in Terraform JSON (snake_case, nested blocks as objects
 * or one-element lists) and the Vertex AI REST `CustomJob` (camelCase, int64 as numbers or strings on input).
 *
 * The same schema-driven mapping as `google_ml_engine_job` (`terraform-mapping.ts`): it is derived from
 * `schema/google_vertex_ai_custom_job.json`, so a field added to the schema maps with no change here. Every Terraform
 * name is the plain snake_case of its API name. Only what the schema cannot say is listed below.
 */

/** Computed attributes that Terraform keeps as a list of one object but the API returns as one object. */
export const CUSTOM_JOB_SINGLE_OBJECT_ATTRIBUTES: ReadonlySet<string> = new Set(['error']);

/**
 * Top-level Terraform fields that are not part of the API object: `project` and `location` are in the URL
 * (`projects/{project}/locations/{location}/customJobs`), `id` is Terraform's.
 */
export const CUSTOM_JOB_RESOURCE_ONLY_FIELDS: ReadonlySet<string> = new Set(['id', 'project', 'location']);

const RULES: MappingRules = { singleObjects: CUSTOM_JOB_SINGLE_OBJECT_ATTRIBUTES, resourceOnly: CUSTOM_JOB_RESOURCE_ONLY_FIELDS };

/** `projects/{project}/locations/{location}/customJobs/{id}`, the resource name the server assigns. */
const RESOURCE_NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/customJobs\/([^/]+)$/;

/** The result of reading one Terraform `google_vertex_ai_custom_job` block. */
export interface CustomJobFromTerraform {
  /** The API custom job. */
  readonly customJob: CustomJob;
  /** The `project` argument, if set. */
  readonly project?: unknown;
  /** The `location` argument, if set. */
  readonly location?: unknown;
  /** Paths (Terraform names, dotted) of fields the schema does not know; they are not mapped. */
  readonly unknownFields: string[];
}

/** The result of turning an API custom job into Terraform arguments. */
export interface CustomJobToTerraform {
  /** Terraform arguments, nested blocks as one-element lists. */
  readonly attributes: { [name: string]: unknown };
  /** The project of the job's resource name, when it has one. */
  readonly project?: string;
  /** The location of the job's resource name, when it has one. */
  readonly location?: string;
  /** Paths (API names, dotted) of fields the schema does not know; they are not mapped. */
  readonly unknownFields: string[];
}

/** The parts of a custom job resource name, or undefined when `name` is not one. */
export function parseCustomJobName(name: unknown): { project: string; location: string; id: string } | undefined {
  const match = typeof name === 'string' ? RESOURCE_NAME.exec(name) : null;
  return match ? { project: match[1], location: match[2], id: match[3] } : undefined;
}

/** Maps one `google_vertex_ai_custom_job` (from `cdk.tf.json`, a Terraform state or HCL as JSON) to the API custom job. */
export function customJobFromTerraform(resource: { [name: string]: unknown }): CustomJobFromTerraform {
  const unknownFields: string[] = [];
  const customJob = resourceFromTerraform(resource, customJobSchema(), unknownFields, RULES) as unknown as CustomJob;
  return {
    customJob,
    ...(resource.project != null ? { project: resource.project } : {}),
    ...(resource.location != null ? { location: resource.location } : {}),
    unknownFields,
  };
}

/**
 * Maps an API custom job (a REST body or a describe response) to Terraform arguments of `google_vertex_ai_custom_job`.
 * The project and location come from the resource name, when the job has one.
 */
export function customJobToTerraform(customJob: CustomJob | { [name: string]: unknown }): CustomJobToTerraform {
  const unknownFields: string[] = [];
  const body = customJob as { [name: string]: unknown };
  const attributes = blockToTerraform(body, customJobSchema(), '', unknownFields, RULES);
  const parts = parseCustomJobName(body.name);
  return { attributes, ...(parts ? { project: parts.project, location: parts.location } : {}), unknownFields };
}
