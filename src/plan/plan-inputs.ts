import { StringSemantics } from '../read/prepare-job';
import { CustomJob } from '../model/custom-job';
import { Job } from '../model/job';
import { jobAttributeName } from '../model/terraform-mapping';
import { FindingLocation } from '../report/check-report';

/** What every job resource of the synthesized stacks has, whatever its type. */
export interface DesiredResource {
  /** The stack name (the cdktf stack, or the file's name for a lone `cdk.tf.json` or plan). */
  readonly stack: string;
  /** The Terraform address inside the stack: `google_ml_engine_job.<name>` or `google_vertex_ai_custom_job.<name>`. */
  readonly address: string;
  /** `<stack>/<address>`: how reports name the job. */
  readonly resource: string;
  /** The construct path cdktf recorded (`stack/construct/Resource`), if any. */
  readonly constructPath?: string;
  /**
   * The id of the stack's `import` block that targets the resource (`projects/p/jobs/census_1`), if any: with no
   * state of it, Terraform imports the existing job rather than create one.
   */
  readonly importId?: string;
  /** The `project` argument of the resource or of the stack's provider, if known. */
  readonly project?: string;
  /** Terraform fields the schema does not know (dotted Terraform paths). */
  readonly unknownFields: string[];
  /** Where the resource is: the synthesized file and a JSON pointer, or the construct's source line. */
  readonly location: FindingLocation;
  /** The resource's block as synthesized (for metadata such as suppressions). */
  readonly raw: { readonly [name: string]: unknown };
  /**
   * How its strings are meant: `terraform` in synthesized configuration (`$${` is an escaped `${`, `${…}` a
   * reference), `literal` in a plan's planned values (Terraform has evaluated them).
   */
  readonly strings: StringSemantics;
  /**
   * False when no string of the resource holds a template escape (`$${`, `%%{`): its job holds the literal text
   * already. Absent or true when one may.
   */
  readonly escapes?: boolean;
}

/** One `google_ml_engine_job` of the synthesized stacks: what the code wants to exist. */
export interface DesiredJob extends DesiredResource {
  /** The job in API terms (references stay `${…}` strings: unknown values). */
  readonly job: Job;
}

/** One `google_vertex_ai_custom_job` of the synthesized stacks: what the code wants to exist. */
export interface DesiredCustomJob extends DesiredResource {
  /** The custom job in API terms (references stay `${…}` strings: unknown values). */
  readonly customJob: CustomJob;
  /** The `location` (region) argument of the resource, or the `region` of its provider, if set. */
  readonly region?: string;
}

/** One `google_ml_engine_job` of a prior Terraform state: what Terraform believes exists. */
export interface PriorJob {
  /** The stack whose state holds it ('' when the state was not matched to a stack). */
  readonly stack: string;
  /** The Terraform address: `google_ml_engine_job.<name>`. */
  readonly address: string;
  /** The job in API terms, with the output-only fields the state recorded (`state`, `createTime`, …). */
  readonly job: Job;
  /** The `project` attribute, if recorded. */
  readonly project?: string;
  /**
   * The state-only attributes the state recorded (`id`, `timeouts`: see `STATE_ONLY_JOB_ATTRIBUTES`), by name; absent
   * or null when unset.
   */
  readonly stateOnly?: { readonly [name: string]: unknown };
  /**
   * The instance's attributes as the state holds them (Terraform names, nested blocks as lists), when read from a
   * state: `job` is their mapping. The plan compares them with the desired block as they are, and reads `job` only
   * for a job that differs or that it shows, so most jobs of a state are never mapped.
   */
  readonly attributes?: { readonly [name: string]: unknown };
}

/**
 * Fields of a prior job as its mapped `job` has them, read from the state's attributes when it has them: the job is
 * not mapped for them. `jobId`, `state` and `labels` map to the attribute's own value (a string, a map of strings).
 */
export function priorJobField<K extends 'jobId' | 'state' | 'labels'>(prior: PriorJob, field: K): Job[K] | undefined {
  if (!prior.attributes) return prior.job[field];
  priorAttributes ??= { jobId: attributeOf('jobId'), state: attributeOf('state'), labels: attributeOf('labels') };
  const value = prior.attributes[priorAttributes[field]];
  return value == null ? undefined : (value as Job[K]);
}

/** The attribute names of the fields `priorJobField` reads, found once in the mapping (the one snake_case ↔ camelCase map). */
let priorAttributes: { readonly jobId: string; readonly state: string; readonly labels: string } | undefined;

function attributeOf(api: string): string {
  const name = jobAttributeName(api);
  if (name === undefined) throw new Error(`the google_ml_engine_job mapping has no field ${api}`);
  return name;
}

/** One `google_vertex_ai_custom_job` of a prior Terraform state: what Terraform believes exists. */
export interface PriorCustomJob {
  /** The stack whose state holds it ('' when the state was not matched to a stack). */
  readonly stack: string;
  /** The Terraform address: `google_vertex_ai_custom_job.<name>`. */
  readonly address: string;
  /** The custom job in API terms, with the output-only fields the state recorded (`name`, `state`, `createTime`, …). */
  readonly customJob: CustomJob;
  /** The `project` attribute, if recorded. */
  readonly project?: string;
  /** The `location` attribute, if recorded. */
  readonly region?: string;
  /** The state-only attributes the state recorded (`id`: see `STATE_ONLY_CUSTOM_JOB_ATTRIBUTES`), by name. */
  readonly stateOnly?: { readonly [name: string]: unknown };
}

/** The states a job can be in that still use, or wait for, resources: cancelling them frees their place. */
export const ACTIVE_JOB_STATES: ReadonlySet<string> = new Set(['QUEUED', 'PREPARING', 'RUNNING']);

/** The states of a job that has ended or is being cancelled: there is nothing left to cancel. */
export const ENDED_JOB_STATES: ReadonlySet<string> = new Set(['SUCCEEDED', 'FAILED', 'CANCELLING', 'CANCELLED']);

/**
 * The states of a Vertex AI custom job that still uses, waits for or may take up resources again: applying cancels
 * such a job before it deletes it. A paused job can be resumed, an updating one goes back to running.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/JobState
 */
export const ACTIVE_CUSTOM_JOB_STATES: ReadonlySet<string> = new Set(['JOB_STATE_QUEUED', 'JOB_STATE_PENDING', 'JOB_STATE_RUNNING', 'JOB_STATE_PAUSED', 'JOB_STATE_UPDATING']);

/**
 * The states of a Vertex AI custom job that has ended or is being cancelled: nothing is left to cancel, applying only
 * deletes it. From `JOB_STATE_CANCELLING` a job only goes to succeeded, failed or cancelled.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/JobState
 */
export const ENDED_CUSTOM_JOB_STATES: ReadonlySet<string> = new Set([
  'JOB_STATE_SUCCEEDED',
  'JOB_STATE_FAILED',
  'JOB_STATE_CANCELLING',
  'JOB_STATE_CANCELLED',
  'JOB_STATE_EXPIRED',
  'JOB_STATE_PARTIALLY_SUCCEEDED',
]);

/** The jobs that exist in the project: ML Engine jobs by `jobId`, custom jobs by resource `name`. */
export interface ProjectJobs {
  readonly jobs: ReadonlyMap<string, Job>;
  readonly customJobs: ReadonlyMap<string, CustomJob>;
}
