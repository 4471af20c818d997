import { StringSemantics } from '../import/prepare-job';
import { Job } from '../model/job';
import { FindingLocation } from '../report/check-report';

/** One `google_ml_engine_job` of the synthesized stacks: what the code wants to exist. */
export interface DesiredJob {
  /** The stack name (the cdktf stack, or the file's name for a lone `cdk.tf.json` or plan). */
  readonly stack: string;
  /** The Terraform address inside the stack: `google_ml_engine_job.<name>`. */
  readonly address: string;
  /** `<stack>/<address>`: how reports name the job. */
  readonly resource: string;
  /** The construct path cdktf recorded (`stack/construct/Resource`), if any. */
  readonly constructPath?: string;
  /** The job in API terms (references stay `${…}` strings: unknown values). */
  readonly job: Job;
  /** The `project` argument of the resource or of the stack's google provider, if known. */
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
}

/** The states a job can be in that still use, or wait for, resources: cancelling them frees their place. */
export const ACTIVE_JOB_STATES: ReadonlySet<string> = new Set(['QUEUED', 'PREPARING', 'RUNNING']);

/** The states of a job that has ended or is being cancelled: there is nothing left to cancel. */
export const ENDED_JOB_STATES: ReadonlySet<string> = new Set(['SUCCEEDED', 'FAILED', 'CANCELLING', 'CANCELLED']);
