import { Catalog } from '../catalog/catalog';
import { CustomJob } from '../model/custom-job';
import { Job } from '../model/job';
import { parseCustomJobName } from '../model/custom-job-terraform-mapping';
import { CUSTOM_JOB_RESOURCE_TYPE, RESOURCE_TYPE } from '../model/provider-schema';
import { compareReportFindings, ReportFinding, summarize, FindingSummary } from '../report/check-report';
import { compareText } from '../report/compare-text';
import { checkJobWith, ruleContext } from '../rules/engine';
import { Finding } from '../rules/rule';
import { Rule } from '../rules/rule';
import { checkCustomJobWith, customJobRuleContext } from '../rules/vertex/check-custom-job';
import { CustomJobRule } from '../rules/vertex/custom-job-rule';
import { literalJob, literalObject, literalText } from './desired-strings';
import { diffCustomJobs } from './custom-job-diff';
import { customJobResources } from './custom-job-resources';
import { diffJobs, diffMatchingJob } from './job-diff';
import { KNOWN_AT_APPLY, replacingPaths, withTopLevelField } from './replacement';
import { STATE_ONLY_CUSTOM_JOB_ATTRIBUTES, StateOnlyChange, stateOnlyChanges } from './state-only-attributes';
import { jobCost, JobCost } from './job-cost';
import { jobResources, JobResources } from './job-resources';
import {
  ACTIVE_CUSTOM_JOB_STATES,
  ACTIVE_JOB_STATES,
  DesiredCustomJob,
  DesiredJob,
  DesiredResource,
  ENDED_CUSTOM_JOB_STATES,
  ENDED_JOB_STATES,
  PriorCustomJob,
  PriorJob,
  priorJobField,
} from './plan-inputs';
import {
  DEMAND_EXCEEDS_QUOTA,
  DUPLICATE_JOB_ID,
  JOB_ID_EXISTS,
  KNOWN_AFTER_APPLY,
  PlanRule,
  REPLACEMENT_KEEPS_ID,
  UNKNOWN_FIELD,
  WAIT_EXCEEDS_MAX_WAIT,
} from './plan-rules';
import { defaultQuotas, ProjectQuotas } from './project-quotas';
import { RunningHold, runningHolds, ScheduledJob, ScheduleEntry, simulateSchedule } from './schedule';
import { Writable } from '../model/writable';

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

/** Inputs of the plan. */
export interface PlanInputs {
  /** The jobs the synthesized stacks define. */
  readonly desired: readonly DesiredJob[];
  /** The stacks read (including stacks without jobs). */
  readonly stacks: readonly string[];
  /** The jobs of the prior Terraform state(s), matched to stacks. */
  readonly prior?: readonly PriorJob[];
  /** The jobs that exist in the project (a REST list or `gcloud ai-platform jobs list --format=json`). */
  readonly projectJobs?: readonly Job[];
  /** The `google_vertex_ai_custom_job` resources the synthesized stacks define. */
  readonly desiredCustomJobs?: readonly DesiredCustomJob[];
  /** The `google_vertex_ai_custom_job` instances of the prior Terraform state(s), matched to stacks. */
  readonly priorCustomJobs?: readonly PriorCustomJob[];
  /** The custom jobs that exist in the project (`gcloud ai custom-jobs list --format=json`), with their `name`. */
  readonly projectCustomJobs?: readonly CustomJob[];
  readonly catalog?: Catalog;
  readonly quotas?: ProjectQuotas;
  /** `YYYY-MM-DD` for end-of-support checks. */
  readonly today?: string;
  /** The per-job rules to run on every desired job (default: the built-in api and platform rules). */
  readonly rules?: readonly Rule[];
  /** The rules to run on every desired custom job (default: the built-in Vertex AI rules). */
  readonly customJobRules?: readonly CustomJobRule[];
}

/**
 * Plans the jobs: compares the desired jobs with the prior state (and the project's jobs), decides create / update in
 * place (labels only) / replace / delete (cancel or forget) / no-op per job, checks ids across jobs, simulates quotas
 * and the queue, and estimates costs. Vertex AI custom jobs (`google_vertex_ai_custom_job`) take part alike, with
 * their own semantics: no update (any change replaces), and removing one cancels it if active, then deletes it. Pure:
 * no file or network access.
 */
export function buildPlan(inputs: PlanInputs): PlanResult {
  const catalog = inputs.catalog ?? Catalog.default();
  const quotas = inputs.quotas ?? defaultQuotas(catalog);
  const ctx = ruleContext({ catalog, ...(inputs.today ? { today: inputs.today } : {}) });
  const project: ProjectJobs = {
    jobs: new Map((inputs.projectJobs ?? []).map((job) => [job.jobId, job])),
    customJobs: new Map((inputs.projectCustomJobs ?? []).filter((job) => typeof job.name === 'string').map((job) => [job.name as string, job])),
  };
  const findings: ReportFinding[] = [];
  const emit: Emit = (rule, resource, path, message, fix, severity = rule.severity, desired) => {
    findings.push({
      ruleId: rule.id,
      severity,
      resource,
      path,
      message,
      ...(fix ? { fix } : {}),
      source: rule.source,
      ...(desired ? { location: desired.location } : {}),
    });
  };
  const unknownFields = (desired: DesiredResource, type: string): void => {
    for (const field of desired.unknownFields) {
      emit(UNKNOWN_FIELD, desired.resource, field, `${field} is not a field of ${type}.`, 'Remove it, or fix the override that adds it.', undefined, desired);
    }
  };

  const estimator = resourceEstimator(catalog);
  const changes: JobChange[] = [];
  const priorByResource = new Map<string, PriorJob>();
  for (const prior of inputs.prior ?? []) priorByResource.set(`${prior.stack}/${prior.address}`, prior);
  for (const desired of inputs.desired) {
    const prior = priorByResource.get(desired.resource);
    priorByResource.delete(desired.resource);
    changes.push(changeOf(desired, prior, project.jobs));
    // The rules see what the service receives: `$${` in cdk.tf.json is a literal `${`.
    for (const finding of checkJobWith(literalJob(desired.job, desired.strings, desired.escapes), ctx, inputs.rules)) {
      findings.push(reportFinding(finding, desired));
    }
    // The job's resources (queue and cost, below) are worked out now, while the facts the rules just derived from it
    // (its replicas, its accelerators) are still at hand; the estimator keeps them for the job.
    estimator.ofJob(desired.job);
    unknownFields(desired, RESOURCE_TYPE);
  }
  for (const prior of priorByResource.values()) {
    const state = liveState(prior, project.jobs);
    changes.push({
      type: RESOURCE_TYPE,
      resource: `${prior.stack}/${prior.address}`,
      stack: prior.stack,
      address: prior.address,
      action: 'delete',
      prior,
      ...(prior.project ? { project: prior.project } : {}),
      replacePaths: [],
      unknownPaths: [],
      ...(state ? { priorJobState: state } : {}),
      ...cancelOf(state),
    });
  }

  const priorCustomByResource = new Map<string, PriorCustomJob>();
  for (const prior of inputs.priorCustomJobs ?? []) priorCustomByResource.set(`${prior.stack}/${prior.address}`, prior);
  for (const desired of inputs.desiredCustomJobs ?? []) {
    const prior = priorCustomByResource.get(desired.resource);
    priorCustomByResource.delete(desired.resource);
    changes.push(customJobChangeOf(desired, prior, project.customJobs));
    // The Vertex rules see what the service receives, in the job's region (known, or left to the rules as unknown).
    const region = desired.region === undefined ? undefined : literalText(desired.region, desired.strings);
    const customCtx = customJobRuleContext({ ...(region !== undefined ? { location: region } : {}), ...(inputs.today ? { today: inputs.today } : {}), catalog: catalog.vertex });
    for (const finding of checkCustomJobWith(literalObject(desired.customJob, desired.strings, desired.escapes), customCtx, inputs.customJobRules)) {
      findings.push({ ...finding, resource: desired.resource, location: desired.location });
    }
    unknownFields(desired, CUSTOM_JOB_RESOURCE_TYPE);
  }
  for (const prior of priorCustomByResource.values()) {
    const state = liveCustomJobState(prior.customJob, project.customJobs);
    changes.push({
      type: CUSTOM_JOB_RESOURCE_TYPE,
      resource: `${prior.stack}/${prior.address}`,
      stack: prior.stack,
      address: prior.address,
      action: 'delete',
      before: prior.customJob,
      ...(prior.project ? { project: prior.project } : {}),
      ...(prior.region ? { region: prior.region, priorRegion: prior.region } : {}),
      replacePaths: [],
      unknownPaths: [],
      ...(state ? { priorJobState: state } : {}),
      ...customJobCancelOf(state),
    });
  }
  changes.sort((a, b) => compareText(a.resource, b.resource));

  checkIds(changes, project.jobs, emit);
  for (const change of changes) {
    for (const path of change.action === 'create' ? [] : change.unknownPaths) emitKnownAfterApply(change, path, emit);
  }

  const { schedule, running } = simulate(changes, project, estimator, quotas, emit);
  const costs: JobCostLine[] = [];
  for (const change of changes) {
    const resources = estimator.of(change, 'after');
    if (resources) costs.push({ type: change.type, resource: change.resource, stack: change.stack, action: change.action, cost: jobCost(resources, catalog) });
  }

  findings.sort(compareReportFindings);
  return {
    changes,
    findings,
    summary: summarize(findings),
    counts: countsOf(changes),
    schedule,
    running,
    costs,
    stacks: [...inputs.stacks].sort(compareText),
    priceDate: catalog.prices.read,
    ...(quotas.file ? { quotaFile: quotas.file } : {}),
  };
}

/** A rule's finding on a desired job, as the report has it (the same fields in the same order as a spread). */
function reportFinding(finding: Finding, desired: DesiredJob): ReportFinding {
  // Two literal shapes rather than a spread: there is one per finding, thousands per plan.
  return finding.fix === undefined
    ? { ruleId: finding.ruleId, severity: finding.severity, path: finding.path, message: finding.message, source: finding.source, resource: desired.resource, location: desired.location }
    : {
      ruleId: finding.ruleId,
      severity: finding.severity,
      path: finding.path,
      message: finding.message,
      fix: finding.fix,
      source: finding.source,
      resource: desired.resource,
      location: desired.location,
    };
}

/** The jobs that exist in the project: ML Engine jobs by `jobId`, custom jobs by resource `name`. */
interface ProjectJobs {
  readonly jobs: ReadonlyMap<string, Job>;
  readonly customJobs: ReadonlyMap<string, CustomJob>;
}

/** The resources jobs of either type take, each worked out once per job object and kept for one plan. */
interface ResourceEstimator {
  /** The resources of one side of a change (`before` or `after`), if that side has a job. */
  of(change: JobChange, side: 'before' | 'after'): JobResources | undefined;
  /** The resources of an ML Engine job. */
  ofJob(job: Job): JobResources;
  /** The resources of a custom job in `region`. */
  ofCustomJob(job: CustomJob, region: string | undefined): JobResources;
}

function resourceEstimator(catalog: Catalog): ResourceEstimator {
  // The queue and the cost both ask for a job's resources: worked out once, kept in a map that dies with the plan
  // (a weak map's entry per job is one more ephemeron for every garbage collection to trace).
  const jobs = new Map<Job, JobResources>();
  const ofJob = (job: Job): JobResources => {
    let resources = jobs.get(job);
    if (!resources) {
      resources = jobResources(job, catalog);
      jobs.set(job, resources);
    }
    return resources;
  };
  const custom = new Map<CustomJob, JobResources>();
  const ofCustomJob = (job: CustomJob, region: string | undefined): JobResources => {
    let resources = custom.get(job);
    if (!resources) {
      resources = customJobResources(job, region, catalog);
      custom.set(job, resources);
    }
    return resources;
  };
  return {
    of: (change, side) => {
      if (change.type === RESOURCE_TYPE) {
        const job = side === 'before' ? change.prior?.job : change.after;
        return job ? ofJob(job) : undefined;
      }
      const job = change[side];
      return job ? ofCustomJob(job, change.region) : undefined;
    },
    ofJob,
    ofCustomJob,
  };
}

function changeOf(desired: DesiredJob, prior: PriorJob | undefined, projectJobs: ReadonlyMap<string, Job>): MlEngineJobChange {
  // Built by assignment, in the order of the fields of `JobChange`'s literal: spreads cost more than the diff.
  if (!prior && desired.importId !== undefined) return importChangeOf(desired, desired.importId, projectJobs);
  const change: Writable<MlEngineJobChange> = { type: RESOURCE_TYPE, resource: desired.resource, stack: desired.stack, address: desired.address, after: desired.job } as MlEngineJobChange;
  if (desired.project) change.project = desired.project;
  change.desired = desired;
  if (!prior) {
    change.action = 'create';
    change.replacePaths = [];
    change.unknownPaths = [];
    change.cancels = false;
    change.cancelsIfActive = false;
    return change;
  }
  // Most jobs match their state: decided on the state's attributes when it has them, without mapping the prior job.
  const fieldDiff = (prior.attributes && diffMatchingJob(desired.raw, desired.job, prior.attributes, desired.strings)) || diffJobs(desired.job, prior.job, desired.strings);
  const diff = withTopLevelField(fieldDiff, 'project', knownAtPlan(desired.project, desired.strings), prior.project || undefined);
  // What the mljobs provider marks requires_replace, so what Terraform replaces: known differences and unknown values.
  const replacePaths = replacingPaths(diff);
  const state = liveState(prior, projectJobs);
  change.prior = prior;
  change.unknownPaths = diff.unknownPaths;
  if (state) change.priorJobState = state;
  if (replacePaths.length) {
    change.action = 'replace';
    change.replacePaths = replacePaths;
    const cancel = cancelOf(state);
    change.cancels = cancel.cancels;
    change.cancelsIfActive = cancel.cancelsIfActive;
    return change;
  }
  // Terraform updates in place for a state-only attribute too (a timeouts change): the state changes, the API is not called.
  const stateOnly = stateOnlyChanges(desired.raw, prior.stateOnly ?? {}, desired.strings);
  change.action = diff.labelsChanged || stateOnly.length ? 'update' : 'no-op';
  change.replacePaths = [];
  change.cancels = false;
  change.cancelsIfActive = false;
  if (stateOnly.length) change.stateOnlyChanges = stateOnly;
  return change;
}

/**
 * The change of a job that an `import` block adopts and no state has: Terraform imports the existing job, then plans
 * against it. With the job in the project's list, the plan does the same (update, replace or no change, plus the
 * import); without it, the import is all the plan can tell, and `terraform plan` shows any difference.
 */
function importChangeOf(desired: DesiredJob, id: string, projectJobs: ReadonlyMap<string, Job>): MlEngineJobChange {
  const { project, jobId } = parseJobImportId(id);
  const existing = projectJobs.get(jobId);
  if (existing) {
    const prior: PriorJob = { stack: desired.stack, address: desired.address, job: existing, ...(project ? { project } : {}) };
    return { ...changeOf(desired, prior, projectJobs), importing: { id, compared: true } };
  }
  return {
    type: RESOURCE_TYPE,
    resource: desired.resource,
    stack: desired.stack,
    address: desired.address,
    after: desired.job,
    ...(desired.project ? { project: desired.project } : {}),
    desired,
    action: 'no-op',
    replacePaths: [],
    unknownPaths: [],
    cancels: false,
    cancelsIfActive: false,
    importing: { id, compared: false },
  };
}

/**
 * The project and job id of an ML Engine job's import id, in the forms the google provider accepts:
 * `projects/{project}/jobs/{jobId}`, `{project}/{jobId}` or `{jobId}`.
 */
function parseJobImportId(id: string): { project?: string; jobId: string } {
  const parts = id.split('/');
  if (parts.length === 4 && parts[0] === 'projects' && parts[2] === 'jobs') return { project: parts[1], jobId: parts[3] };
  if (parts.length === 2) return { project: parts[0], jobId: parts[1] };
  return { jobId: parts[parts.length - 1] };
}

/** A desired top-level string (`project`, `location`) as `withTopLevelField` takes it: the literal, or known at apply. */
function knownAtPlan(value: string | undefined, strings: DesiredResource['strings']): string | typeof KNOWN_AT_APPLY | undefined {
  if (!value) return undefined;
  return literalText(value, strings) ?? KNOWN_AT_APPLY;
}

/**
 * The change of one custom job: created when Terraform does not know it; else replaced when any input field differs
 * (labels too: the REST resource has no patch method), or its project or location; else no change.
 */
function customJobChangeOf(desired: DesiredCustomJob, prior: PriorCustomJob | undefined, projectJobs: ReadonlyMap<string, CustomJob>): CustomJobChange {
  const region = desired.region ?? prior?.region;
  const base = {
    type: CUSTOM_JOB_RESOURCE_TYPE,
    resource: desired.resource,
    stack: desired.stack,
    address: desired.address,
    after: desired.customJob,
    ...(desired.project ? { project: desired.project } : {}),
    ...(region !== undefined ? { region } : {}),
    desired,
  } as const;
  if (!prior && desired.importId !== undefined) {
    const existing = importedCustomJob(desired.importId, projectJobs);
    if (!existing) return { ...base, action: 'no-op', replacePaths: [], unknownPaths: [], cancels: false, cancelsIfActive: false, importing: { id: desired.importId, compared: false } };
    const imported: PriorCustomJob = { stack: desired.stack, address: desired.address, customJob: existing.job, region: existing.location };
    return { ...customJobChangeOf(desired, imported, projectJobs), importing: { id: desired.importId, compared: true } };
  }
  if (!prior) return { ...base, action: 'create', replacePaths: [], unknownPaths: [], cancels: false, cancelsIfActive: false };
  let diff = diffCustomJobs(desired.customJob, prior.customJob, desired.strings);
  diff = withTopLevelField(diff, 'project', knownAtPlan(desired.project, desired.strings), prior.project || undefined);
  diff = withTopLevelField(diff, 'location', knownAtPlan(desired.region, desired.strings), prior.region);
  // What the mljobs provider marks requires_replace, so what Terraform replaces: known differences and unknown values.
  const replacePaths = replacingPaths(diff);
  const unknownPaths = diff.unknownPaths;
  const state = liveCustomJobState(prior.customJob, projectJobs);
  const common = {
    ...base,
    before: prior.customJob,
    ...(prior.region !== undefined ? { priorRegion: prior.region } : {}),
    unknownPaths,
    ...(state ? { priorJobState: state } : {}),
  };
  if (replacePaths.length) return { ...common, action: 'replace', replacePaths, ...customJobCancelOf(state) };
  // Terraform updates in place, in its state alone, for a state-only attribute (a configured id).
  const stateOnly = stateOnlyChanges(desired.raw, prior.stateOnly ?? {}, desired.strings, STATE_ONLY_CUSTOM_JOB_ATTRIBUTES);
  if (stateOnly.length) return { ...common, action: 'update', replacePaths: [], cancels: false, cancelsIfActive: false, stateOnlyChanges: stateOnly };
  return { ...common, action: 'no-op', replacePaths: [], cancels: false, cancelsIfActive: false };
}

/**
 * The custom job of the project's list that an import id names, with its location: the id's forms are
 * `projects/{project}/locations/{location}/customJobs/{id}`, `{project}/{location}/{id}`, `{location}/{id}` and `{id}`.
 * Matched on location and id only: the list names the project by number, an import id usually by its id.
 */
function importedCustomJob(importId: string, projectJobs: ReadonlyMap<string, CustomJob>): { job: CustomJob; location: string } | undefined {
  if (!projectJobs.size) return undefined;
  const parts = importId.split('/');
  const id = parts[parts.length - 1];
  const location = parts.length === 6 ? parts[3] : parts.length >= 2 ? parts[parts.length - 2] : undefined;
  for (const [name, job] of projectJobs) {
    const parsed = parseCustomJobName(name);
    if (parsed && parsed.id === id && (location === undefined || parsed.location === location)) return { job, location: parsed.location };
  }
  return undefined;
}

/** Whether removing the old job cancels it: yes while active, no once ended, if still active when its state is unknown. */
function cancelOf(state: string | undefined): { cancels: boolean; cancelsIfActive: boolean } {
  if (state !== undefined && ACTIVE_JOB_STATES.has(state)) return { cancels: true, cancelsIfActive: false };
  return { cancels: false, cancelsIfActive: state === undefined || !ENDED_JOB_STATES.has(state) };
}

/** `cancelOf` for a custom job's `JobState`. */
function customJobCancelOf(state: string | undefined): { cancels: boolean; cancelsIfActive: boolean } {
  if (state !== undefined && ACTIVE_CUSTOM_JOB_STATES.has(state)) return { cancels: true, cancelsIfActive: false };
  return { cancels: false, cancelsIfActive: state === undefined || !ENDED_CUSTOM_JOB_STATES.has(state) };
}

/** The job's state: the project list is newer than the Terraform state, so it wins. */
function liveState(prior: PriorJob, projectJobs: ReadonlyMap<string, Job>): string | undefined {
  // A state that recorded no job state holds "" (the provider's zero value): unknown.
  const listed = projectJobs.size ? projectJobs.get(priorJobField(prior, 'jobId') as string)?.state : undefined;
  if (typeof listed === 'string' && listed) return listed;
  const state = priorJobField(prior, 'state');
  return typeof state === 'string' && state ? state : undefined;
}

/** `liveState` of a custom job, found in the project list by its resource `name`. */
function liveCustomJobState(job: CustomJob, projectJobs: ReadonlyMap<string, CustomJob>): string | undefined {
  const listed = typeof job.name === 'string' ? projectJobs.get(job.name)?.state : undefined;
  if (typeof listed === 'string' && listed) return listed;
  return typeof job.state === 'string' && job.state ? job.state : undefined;
}

type Emit = (rule: PlanRule, resource: string, path: string, message: string, fix?: string, severity?: PlanRule['severity'], desired?: DesiredResource) => void;

/**
 * MLJ-PLAN-004: a field known only at apply replaces the job (see `replacingPaths`). Not a violation: the plan says what
 * Terraform does and why. A replacement that keeps its id is MLJ-PLAN-003 (`checkIds`).
 */
function emitKnownAfterApply(change: JobChange, path: string, emit: Emit): void {
  emit(
    KNOWN_AFTER_APPLY,
    change.resource,
    path,
    `${path} is known only at apply; Terraform will replace the job (it cannot tell whether the value changes).`,
    'To keep the job, let Terraform know the value at plan: apply the resource it refers to first.',
    undefined,
    change.desired,
  );
}

/**
 * Ids across jobs: duplicates in the plan, ids taken in the project, replacements that keep their id. Custom jobs have
 * server-assigned ids, so none of this applies to them.
 */
function checkIds(changes: readonly JobChange[], projectJobs: ReadonlyMap<string, Job>, emit: Emit): void {
  // By project, then by id: no key string per job, and a list only for an id that more than one job has.
  const byProject = new Map<string, Map<string, JobChange | JobChange[]>>();
  for (const change of changes) {
    const id = knownJobId(change);
    if (change.action === 'delete' || id === undefined) continue;
    const project = change.project ?? '';
    let byId = byProject.get(project);
    if (!byId) byProject.set(project, (byId = new Map()));
    const seen = byId.get(id);
    if (seen === undefined) byId.set(id, change);
    else if (Array.isArray(seen)) seen.push(change);
    else byId.set(id, [seen, change]);
  }
  const groups: JobChange[][] = [];
  for (const byId of byProject.values()) for (const seen of byId.values()) if (Array.isArray(seen)) groups.push(seen);
  for (const group of groups) {
    for (const change of group) {
      const others = group.filter((other) => other !== change).map((other) => other.resource).join(', ');
      emit(DUPLICATE_JOB_ID, change.resource, 'jobId', `jobId "${knownJobId(change)}" is also the id of ${others}.`, 'Give each job its own id.', undefined, change.desired);
    }
  }
  for (const change of changes) {
    const id = knownJobId(change);
    if (id === undefined || change.type !== RESOURCE_TYPE) continue;
    if (change.action === 'replace' && change.prior && priorJobField(change.prior, 'jobId') === id) {
      const changed = change.replacePaths.filter((path) => !change.unknownPaths.includes(path));
      if (changed.length) {
        emit(
          REPLACEMENT_KEEPS_ID,
          change.resource,
          'jobId',
          `The spec changes (${changed.join(', ')}) but jobId stays "${id}"; the service never reuses a job id.`,
          'Change jobId with the spec, or let the L2 construct derive it.',
          undefined,
          change.desired,
        );
      } else {
        // Replaced only for values known at apply: a derived id hashes a reference as written, so the id stays.
        const unknown = change.unknownPaths.join(', ');
        emit(
          REPLACEMENT_KEEPS_ID,
          change.resource,
          'jobId',
          `Terraform will replace the job (${unknown} ${change.unknownPaths.length > 1 ? 'are' : 'is'} known only at apply) but jobId stays "${id}" ` +
            '(a derived id hashes a reference as written, not its value); the service never reuses a job id, so the create fails with ALREADY_EXISTS.',
          'Give the job a new id (jobIdSalt on the L2 construct, or jobId), or let Terraform know the value at plan: apply the resource it refers to first.',
          undefined,
          change.desired,
        );
      }
    } else if ((change.action === 'create' || change.action === 'replace') && projectJobs.has(id)) {
      const existing = projectJobs.get(id);
      emit(
        JOB_ID_EXISTS,
        change.resource,
        'jobId',
        `jobId "${id}" already exists in the project (${existing?.state ?? 'state unknown'}); ids are never reusable.`,
        `Import the existing job (projects/{project}/jobs/${id}) or choose a new id.`,
        undefined,
        change.desired,
      );
    }
  }
}

/** The desired ML Engine job id as the service receives it, or undefined when it is not known before apply (or the job is a custom job). */
function knownJobId(change: JobChange): string | undefined {
  if (change.type !== RESOURCE_TYPE) return undefined;
  const id = change.after?.jobId;
  if (typeof id !== 'string') return undefined;
  return change.desired ? literalText(id, change.desired.strings) : id;
}

/** Quotas and the queue: the new jobs (create, replace) queue behind the jobs that stay active. */
function simulate(
  changes: readonly JobChange[],
  project: ProjectJobs,
  estimator: ResourceEstimator,
  quotas: ProjectQuotas,
  emit: Emit,
): { schedule: ScheduleEntry[]; running: RunningHold[] } {
  const running: ScheduledJob[] = [];
  // The jobs of the plan that the project list has too, so they are not counted twice: only with a project list.
  const managed = project.jobs.size ? new Set<string>() : undefined;
  const managedCustom = project.customJobs.size ? new Set<string>() : undefined;
  for (const change of changes) {
    if (managed && change.type === RESOURCE_TYPE && change.prior) managed.add(priorJobField(change.prior, 'jobId') as string);
    if (managedCustom && change.type === CUSTOM_JOB_RESOURCE_TYPE && typeof change.before?.name === 'string') managedCustom.add(change.before.name);
    const stays = change.action === 'no-op' || change.action === 'update';
    const active = change.type === RESOURCE_TYPE ? ACTIVE_JOB_STATES : ACTIVE_CUSTOM_JOB_STATES;
    const resources = stays && change.priorJobState && active.has(change.priorJobState) ? estimator.of(change, 'before') : undefined;
    if (resources) running.push({ resource: change.resource, resources });
  }
  for (const job of project.jobs.values()) {
    if (!managed?.has(job.jobId) && typeof job.state === 'string' && ACTIVE_JOB_STATES.has(job.state)) {
      running.push({ resource: `project job ${job.jobId}`, resources: estimator.ofJob(job) });
    }
  }
  for (const [name, job] of project.customJobs) {
    if (!managedCustom?.has(name) && typeof job.state === 'string' && ACTIVE_CUSTOM_JOB_STATES.has(job.state)) {
      running.push({ resource: `project custom job ${name}`, resources: estimator.ofCustomJob(job, parseCustomJobName(name)?.location) });
    }
  }
  const queued: ScheduledJob[] = [];
  // The queued changes by resource, to attribute the schedule's findings: only those, not every change of the plan.
  const changeOfResource = new Map<string, JobChange>();
  for (const change of changes) {
    if (change.action !== 'create' && change.action !== 'replace') continue;
    const resources = estimator.of(change, 'after');
    if (resources) {
      queued.push({ resource: change.resource, resources });
      changeOfResource.set(change.resource, change);
    }
  }
  const schedule = simulateSchedule(running, queued, quotas);
  for (const entry of schedule) {
    const change = changeOfResource.get(entry.resource);
    const desired = change?.desired;
    const custom = change?.type === CUSTOM_JOB_RESOURCE_TYPE;
    for (const excess of entry.exceeds) {
      const source = excess.fromUser ? 'your quota file' : "the catalog's default quota (unconfirmed)";
      emit(
        DEMAND_EXCEEDS_QUOTA,
        entry.resource,
        custom ? 'jobSpec.workerPoolSpecs' : 'trainingInput',
        `The job needs ${excess.demand} ${excess.quota} at once; ${source} allows ${excess.limit}, so it can never start.`,
        excess.fromUser
          ? custom ? 'Use fewer or smaller replicas, or request more quota.' : 'Use fewer or smaller replicas or fewer parallel trials, or request more quota.'
          : 'Pass your project\'s quotas with --quotas FILE, or make the job smaller.',
        excess.fromUser ? 'error' : 'warning',
        desired,
      );
    }
    if (entry.worstCaseStart !== undefined && entry.maxWaitSeconds !== undefined && entry.worstCaseStart > entry.maxWaitSeconds) {
      emit(
        WAIT_EXCEEDS_MAX_WAIT,
        entry.resource,
        'trainingInput.scheduling.maxWaitTime',
        `In the worst case the job starts after ${hours(entry.worstCaseStart)}, waiting behind ${entry.waitsBehind.join(', ') || 'earlier jobs'}; ` +
          `its maxWaitTime is ${hours(entry.maxWaitSeconds)}, so it may be cancelled unstarted.`,
        'Raise scheduling.maxWaitTime, raise the job\'s priority, lower earlier jobs\' maxRunningTime, or ask for more quota.',
        undefined,
        desired,
      );
    }
  }
  return { schedule, running: runningHolds(running, quotas) };
}

function countsOf(changes: readonly JobChange[]): PlanCounts {
  const count = (action: PlanAction): number => changes.filter((change) => change.action === action).length;
  const removed = changes.filter((change) => change.action === 'delete');
  const ended = removed.filter((change) => !change.cancels && !change.cancelsIfActive);
  return {
    import: changes.filter((change) => change.importing).length,
    add: count('create'),
    change: count('update'),
    replace: count('replace'),
    // A replace cancels its old job inside the replace block: the counts match the blocks shown.
    cancel: removed.filter((change) => change.cancels).length,
    cancelIfActive: removed.filter((change) => change.cancelsIfActive).length,
    forget: ended.filter((change) => change.type === RESOURCE_TYPE).length,
    destroy: ended.filter((change) => change.type === CUSTOM_JOB_RESOURCE_TYPE).length,
    // An import that changes nothing is counted as an import only.
    noop: changes.filter((change) => change.action === 'no-op' && !change.importing).length,
  };
}

/** `90000` → `25h`, `5400` → `1.5h`. */
export function hours(seconds: number): string {
  const value = Math.round((seconds / 3600) * 100) / 100;
  return `${value}h`;
}
