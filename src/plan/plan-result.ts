import { CustomJob } from '../model/custom-job';
import { Job } from '../model/job';
import { CUSTOM_JOB_RESOURCE_TYPE, RESOURCE_TYPE } from '../model/provider-schema';
import { FindingSummary, ReportFinding } from '../report/check-report';
import { JobCost } from './job-cost';
import { DesiredCustomJob, DesiredJob, PriorJob } from './plan-inputs';
import { RunningHold, ScheduleEntry } from './schedule';
import { StateOnlyChange } from './state-only-attributes';

/** What applying the plan does to one job. */
export type PlanAction = 'create' | 'update' | 'replace' | 'delete' | 'no-op';

/** What the planned change of a job of either resource type says. */
export interface JobChangeBase {
  /** `<stack>/<address>`. */
  readonly resource: string;
  readonly stack: string;
  readonly address: string;
  readonly action: PlanAction;
  /** `project` of the job, when known. */
  readonly project?: string;
  /**
   * API paths that force the replacement, sorted: known differences, and the `unknownPaths` (Terraform cannot prove a
   * value known only at apply unchanged, so it replaces; see `replacingPaths`).
   */
  readonly replacePaths: string[];
  /** API paths whose desired value is known only at apply, sorted: each replaces the job (they are in `replacePaths`). */
  readonly unknownPaths: string[];
  /** The state of the old job, as the project list or the state recorded it (`RUNNING`, `SUCCEEDED`, …). */
  readonly priorJobState?: string;
  /** True when the old job is still queued or running, so applying cancels it first. */
  readonly cancels: boolean;
  /**
   * True when the old job's state is unknown (the state did not record it and no `--jobs` list has the job): applying
   * cancels it if it is still active.
   */
  readonly cancelsIfActive: boolean;
  /**
   * Set when Terraform imports the job: an `import` block targets it and no state has it. `id` is the import block's;
   * `compared` is true when the project's job list (`--jobs`) has the job, so the action compares it with the code as
   * for a job of the state. Otherwise the action is a no-op: `terraform plan` reads the job and shows any difference.
   */
  readonly importing?: { readonly id: string; readonly compared: boolean };
}

/** The planned change of one `google_ml_engine_job`. */
export interface MlEngineJobChange extends JobChangeBase {
  readonly type: typeof RESOURCE_TYPE;
  /** The job as Terraform knows it (update, replace, delete, no-op): its `job` is the job before the change. */
  readonly prior?: PriorJob;
  /** The job as the code wants it (create, update, replace, no-op). */
  readonly after?: Job;
  /** The desired job's synthesized resource, for locations. */
  readonly desired?: DesiredJob;
  /**
   * Update: the state-only attributes (`timeouts`) the configuration changes. Terraform writes them to the state and
   * calls no API; with no label change, that is the whole update.
   */
  readonly stateOnlyChanges?: StateOnlyChange[];
}

/**
 * The planned change of one `google_vertex_ai_custom_job`. Its id is assigned by the server and it cannot be changed,
 * so there is no update of the job: any change replaces it, and removing it (or replacing it) cancels the old job if
 * it is still active, then deletes it. Only a state-only attribute (a configured `id`) is updated in place, in
 * Terraform's state alone.
 */
export interface CustomJobChange extends JobChangeBase {
  readonly type: typeof CUSTOM_JOB_RESOURCE_TYPE;
  /** The custom job as Terraform knows it (replace, delete, no-op). */
  readonly before?: CustomJob;
  /** The custom job as the code wants it (create, replace, no-op). */
  readonly after?: CustomJob;
  /** The job's `location`, when known: the desired one, else the recorded one. */
  readonly region?: string;
  /** The old job's `location`, as the state recorded it. */
  readonly priorRegion?: string;
  /** The desired job's synthesized resource, for locations. */
  readonly desired?: DesiredCustomJob;
  /** Update: the state-only attributes (a configured `id`) the configuration changes; Terraform calls no API for them. */
  readonly stateOnlyChanges?: StateOnlyChange[];
}

/** The planned change of one job, of either resource type. */
export type JobChange = MlEngineJobChange | CustomJobChange;

/** The worst-case cost of one job of the plan. */
export interface JobCostLine {
  /** The job's resource type. */
  readonly type: JobChange['type'];
  readonly resource: string;
  readonly stack: string;
  readonly action: PlanAction;
  readonly cost: JobCost;
}

/** The counts of the summary line. */
export interface PlanCounts {
  /** Jobs an `import` block adopts (Terraform imports them; an import that also changes the job counts here and there). */
  readonly import: number;
  readonly add: number;
  readonly change: number;
  readonly replace: number;
  /** Jobs removed from the code that are still active: they are cancelled (a cancel inside a replace is not counted). */
  readonly cancel: number;
  /** Jobs removed from the code whose state is unknown: they are cancelled if still active. */
  readonly cancelIfActive: number;
  /** Jobs removed from the code that already ended: Terraform forgets them, nothing is called. */
  readonly forget: number;
  /** Vertex AI custom jobs removed from the code that already ended: they are deleted (active ones count as cancel). */
  readonly destroy: number;
  readonly noop: number;
}

/** Everything `mljob plan` reports. */
export interface PlanResult {
  /** One change per job, sorted by resource. */
  readonly changes: JobChange[];
  /** Rule findings of the desired jobs and of the plan as a whole, in report order. */
  readonly findings: ReportFinding[];
  readonly summary: FindingSummary;
  readonly counts: PlanCounts;
  /** The new jobs in queue order. */
  readonly schedule: ScheduleEntry[];
  /** The jobs that already run and hold quota while the new jobs queue, sorted. */
  readonly running: RunningHold[];
  /** Cost of every desired job. */
  readonly costs: JobCostLine[];
  /** The stacks read, sorted. */
  readonly stacks: string[];
  /** The date of the catalog's prices (`read`), shown beside every cost. */
  readonly priceDate: string;
  /** Whether the quotas came (partly) from the user's quota file. */
  readonly quotaFile?: string;
}
