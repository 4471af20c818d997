import { Catalog } from '../catalog/catalog';
import { Job } from '../model/job';
import { compareReportFindings, ReportFinding, summarize, FindingSummary } from '../report/check-report';
import { compareText } from '../report/compare-text';
import { checkJobWith, ruleContext } from '../rules/engine';
import { Finding } from '../rules/rule';
import { Rule } from '../rules/rule';
import { literalJob, literalText } from './desired-strings';
import { diffJobs } from './job-diff';
import { jobCost, JobCost } from './job-cost';
import { jobResources } from './job-resources';
import { ACTIVE_JOB_STATES, DesiredJob, ENDED_JOB_STATES, PriorJob } from './plan-inputs';
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

/** What applying the plan does to one job. */
export type PlanAction = 'create' | 'update' | 'replace' | 'delete' | 'no-op';

/** The planned change of one job. */
export interface JobChange {
  /** `<stack>/<address>`. */
  readonly resource: string;
  readonly stack: string;
  readonly address: string;
  readonly action: PlanAction;
  /** The job as Terraform knows it (update, replace, delete, no-op). */
  readonly before?: Job;
  /** The job as the code wants it (create, update, replace, no-op). */
  readonly after?: Job;
  /** `project` of the job, when known. */
  readonly project?: string;
  /** API paths whose change forces the replacement, sorted. */
  readonly replacePaths: string[];
  /** API paths whose desired value is known only after apply, sorted. */
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
  /** The desired job's synthesized resource, for locations. */
  readonly desired?: DesiredJob;
}

/** The worst-case cost of one job of the plan. */
export interface JobCostLine {
  readonly resource: string;
  readonly stack: string;
  readonly action: PlanAction;
  readonly cost: JobCost;
}

/** The counts of the summary line. */
export interface PlanCounts {
  readonly add: number;
  readonly change: number;
  readonly replace: number;
  /** Jobs removed from the code that are still active: they are cancelled (a cancel inside a replace is not counted). */
  readonly cancel: number;
  /** Jobs removed from the code whose state is unknown: they are cancelled if still active. */
  readonly cancelIfActive: number;
  /** Jobs removed from the code that already ended: Terraform forgets them, nothing is called. */
  readonly forget: number;
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
  readonly catalog?: Catalog;
  readonly quotas?: ProjectQuotas;
  /** `YYYY-MM-DD` for end-of-support checks. */
  readonly today?: string;
  /** The per-job rules to run on every desired job (default: the built-in api and platform rules). */
  readonly rules?: readonly Rule[];
}

/**
 * Plans the jobs: compares the desired jobs with the prior state (and the project's jobs), decides create / update in
 * place (labels only) / replace / delete (cancel or forget) / no-op per job, checks ids across jobs, simulates quotas
 * and the queue, and estimates costs. Pure: no file or network access.
 */
export function buildPlan(inputs: PlanInputs): PlanResult {
  const catalog = inputs.catalog ?? Catalog.default();
  const quotas = inputs.quotas ?? defaultQuotas(catalog);
  const ctx = ruleContext({ catalog, ...(inputs.today ? { today: inputs.today } : {}) });
  const projectJobs = new Map((inputs.projectJobs ?? []).map((job) => [job.jobId, job]));
  const findings: ReportFinding[] = [];
  const emit = (rule: PlanRule, resource: string, path: string, message: string, fix?: string, severity = rule.severity, desired?: DesiredJob): void => {
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

  const priorByResource = new Map<string, PriorJob>();
  for (const prior of inputs.prior ?? []) priorByResource.set(`${prior.stack}/${prior.address}`, prior);

  const changes: JobChange[] = [];
  for (const desired of inputs.desired) {
    const prior = priorByResource.get(desired.resource);
    priorByResource.delete(desired.resource);
    changes.push(changeOf(desired, prior, projectJobs));
    // The rules see what the service receives: `$${` in cdk.tf.json is a literal `${`.
    for (const finding of checkJobWith(literalJob(desired.job, desired.strings), ctx, inputs.rules)) {
      findings.push(reportFinding(finding, desired));
    }
    for (const field of desired.unknownFields) {
      emit(UNKNOWN_FIELD, desired.resource, field, `${field} is not a field of google_ml_engine_job.`, 'Remove it, or fix the override that adds it.', undefined, desired);
    }
  }
  for (const prior of priorByResource.values()) {
    const state = liveState(prior.job, projectJobs);
    changes.push({
      resource: `${prior.stack}/${prior.address}`,
      stack: prior.stack,
      address: prior.address,
      action: 'delete',
      before: prior.job,
      ...(prior.project ? { project: prior.project } : {}),
      replacePaths: [],
      unknownPaths: [],
      ...(state ? { priorJobState: state } : {}),
      ...cancelOf(state),
    });
  }
  changes.sort((a, b) => compareText(a.resource, b.resource));

  checkIds(changes, projectJobs, emit);
  for (const change of changes) {
    for (const path of change.action === 'create' ? [] : change.unknownPaths) emitKnownAfterApply(change, path, emit);
  }

  const { schedule, running } = simulate(changes, projectJobs, catalog, quotas, emit);
  const costs = changes
    .filter((change) => change.after)
    .map((change) => ({ resource: change.resource, stack: change.stack, action: change.action, cost: jobCost(jobResources(change.after as Job, catalog), catalog) }));

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

function changeOf(desired: DesiredJob, prior: PriorJob | undefined, projectJobs: Map<string, Job>): JobChange {
  // Built by assignment, in the order of the fields of `JobChange`'s literal: spreads cost more than the diff.
  const change: Writable<JobChange> = { resource: desired.resource, stack: desired.stack, address: desired.address, after: desired.job } as JobChange;
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
  const diff = diffJobs(desired.job, prior.job, desired.strings);
  const replacePaths = diff.replacePaths;
  if (desired.project && prior.project && desired.project !== prior.project) replacePaths.push('project');
  if (replacePaths.length > 1) replacePaths.sort(compareText);
  const state = liveState(prior.job, projectJobs);
  change.before = prior.job;
  change.unknownPaths = diff.unknownPaths.length > 1 ? diff.unknownPaths.sort(compareText) : diff.unknownPaths;
  if (state) change.priorJobState = state;
  if (replacePaths.length) {
    change.action = 'replace';
    change.replacePaths = replacePaths;
    const cancel = cancelOf(state);
    change.cancels = cancel.cancels;
    change.cancelsIfActive = cancel.cancelsIfActive;
    return change;
  }
  change.action = diff.labelsChanged ? 'update' : 'no-op';
  change.replacePaths = [];
  change.cancels = false;
  change.cancelsIfActive = false;
  return change;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Whether removing the old job cancels it: yes while active, no once ended, if still active when its state is unknown. */
function cancelOf(state: string | undefined): { cancels: boolean; cancelsIfActive: boolean } {
  if (state !== undefined && ACTIVE_JOB_STATES.has(state)) return { cancels: true, cancelsIfActive: false };
  return { cancels: false, cancelsIfActive: state === undefined || !ENDED_JOB_STATES.has(state) };
}

/** The job's state: the project list is newer than the Terraform state, so it wins. */
function liveState(job: Job, projectJobs: Map<string, Job>): string | undefined {
  // A state that recorded no job state holds "" (the provider's zero value): unknown.
  const listed = projectJobs.get(job.jobId)?.state;
  if (typeof listed === 'string' && listed) return listed;
  return typeof job.state === 'string' && job.state ? job.state : undefined;
}

type Emit = (rule: PlanRule, resource: string, path: string, message: string, fix?: string, severity?: PlanRule['severity'], desired?: DesiredJob) => void;

/**
 * MLJ-PLAN-004. When the job keeps its id, a changed referenced value replaces it under the same id: a derived id
 * hashes the reference as written (`${…}`), not its value, so the create fails with ALREADY_EXISTS.
 */
function emitKnownAfterApply(change: JobChange, path: string, emit: Emit): void {
  const id = knownJobId(change);
  const keepsId = id !== undefined && change.before?.jobId === id;
  const message = keepsId
    ? `${path} is known only after apply; if its value differs from the running job's, apply replaces the job under the same jobId "${id}" ` +
      '(a derived id hashes the reference, not its value), and the create fails with ALREADY_EXISTS.'
    : `${path} is known only after apply; if its value differs from the running job's, apply replaces the job.`;
  const fix = keepsId ? 'When the referenced value changes, change jobIdSalt (L2 constructs) or jobId so the new job gets a new id.' : undefined;
  emit(KNOWN_AFTER_APPLY, change.resource, path, message, fix, undefined, change.desired);
}

/** Ids across jobs: duplicates in the plan, ids taken in the project, replacements that keep their id. */
function checkIds(changes: readonly JobChange[], projectJobs: Map<string, Job>, emit: Emit): void {
  const byId = new Map<string, JobChange[]>();
  for (const change of changes) {
    const id = knownJobId(change);
    if (change.action === 'delete' || id === undefined) continue;
    const key = `${change.project ?? ''}\u0000${id}`;
    byId.set(key, [...(byId.get(key) ?? []), change]);
  }
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const change of group) {
      const others = group.filter((other) => other !== change).map((other) => other.resource).join(', ');
      emit(DUPLICATE_JOB_ID, change.resource, 'jobId', `jobId "${knownJobId(change)}" is also the id of ${others}.`, 'Give each job its own id.', undefined, change.desired);
    }
  }
  for (const change of changes) {
    const id = knownJobId(change);
    if (id === undefined) continue;
    if (change.action === 'replace' && change.before?.jobId === id) {
      emit(
        REPLACEMENT_KEEPS_ID,
        change.resource,
        'jobId',
        `The spec changes (${change.replacePaths.join(', ')}) but jobId stays "${id}"; the service never reuses a job id.`,
        'Change jobId with the spec, or let the L2 construct derive it.',
        undefined,
        change.desired,
      );
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

/** The desired job id as the service receives it, or undefined when it is not known before apply. */
function knownJobId(change: JobChange): string | undefined {
  const id = change.after?.jobId;
  if (typeof id !== 'string') return undefined;
  return change.desired ? literalText(id, change.desired.strings) : id;
}

/** Quotas and the queue: the new jobs (create, replace) queue behind the jobs that stay active. */
function simulate(changes: readonly JobChange[], projectJobs: Map<string, Job>, catalog: Catalog, quotas: ProjectQuotas, emit: Emit): { schedule: ScheduleEntry[]; running: RunningHold[] } {
  const running: ScheduledJob[] = [];
  const managed = new Set<string>();
  for (const change of changes) {
    if (change.before) managed.add(change.before.jobId);
    const stays = change.action === 'no-op' || change.action === 'update';
    if (stays && change.before && change.priorJobState && ACTIVE_JOB_STATES.has(change.priorJobState)) {
      running.push({ resource: change.resource, resources: jobResources(change.before, catalog) });
    }
  }
  for (const job of projectJobs.values()) {
    if (!managed.has(job.jobId) && typeof job.state === 'string' && ACTIVE_JOB_STATES.has(job.state)) {
      running.push({ resource: `project job ${job.jobId}`, resources: jobResources(job, catalog) });
    }
  }
  const queued = changes
    .filter((change) => (change.action === 'create' || change.action === 'replace') && change.after)
    .map((change) => ({ resource: change.resource, resources: jobResources(change.after as Job, catalog) }));
  const schedule = simulateSchedule(running, queued, quotas);
  const desiredOf = new Map(changes.map((change) => [change.resource, change.desired]));
  for (const entry of schedule) {
    const desired = desiredOf.get(entry.resource);
    for (const excess of entry.exceeds) {
      const source = excess.fromUser ? 'your quota file' : "the catalog's default quota (unconfirmed)";
      emit(
        DEMAND_EXCEEDS_QUOTA,
        entry.resource,
        'trainingInput',
        `The job needs ${excess.demand} ${excess.quota} at once; ${source} allows ${excess.limit}, so it can never start.`,
        excess.fromUser ? 'Use fewer or smaller replicas or fewer parallel trials, or request more quota.' : 'Pass your project\'s quotas with --quotas FILE, or make the job smaller.',
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
  return {
    add: count('create'),
    change: count('update'),
    replace: count('replace'),
    // A replace cancels its old job inside the replace block: the counts match the blocks shown.
    cancel: changes.filter((change) => change.action === 'delete' && change.cancels).length,
    cancelIfActive: changes.filter((change) => change.action === 'delete' && change.cancelsIfActive).length,
    forget: changes.filter((change) => change.action === 'delete' && !change.cancels && !change.cancelsIfActive).length,
    noop: count('no-op'),
  };
}

/** `90000` → `25h`, `5400` → `1.5h`. */
export function hours(seconds: number): string {
  const value = Math.round((seconds / 3600) * 100) / 100;
  return `${value}h`;
}
