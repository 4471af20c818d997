import { Job } from '../model/job';
import { RESOURCE_TYPE } from '../model/provider-schema';
import { Writable } from '../model/writable';
import { diffJobs, diffMatchingJob } from './job-diff';
import { ACTIVE_JOB_STATES, DesiredJob, ENDED_JOB_STATES, PriorJob, priorJobField } from './plan-inputs';
import { MlEngineJobChange } from './plan-result';
import { knownAtPlan, replacingPaths, withTopLevelField } from './replacement';
import { stateOnlyChanges } from './state-only-attributes';

/**
 * The change of one desired ML Engine job: created when Terraform does not know it; else replaced when a field other
 * than labels differs or is known only at apply (or its project differs); else updated in place for labels or a
 * state-only attribute; else no change.
 */
export function mlEngineJobChange(desired: DesiredJob, prior: PriorJob | undefined, projectJobs: ReadonlyMap<string, Job>): MlEngineJobChange {
  if (!prior && desired.importId !== undefined) return importChange(desired, desired.importId, projectJobs);
  // Built by assignment, in the order of the fields of `JobChange`'s literal: spreads cost more than the diff.
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
function importChange(desired: DesiredJob, id: string, projectJobs: ReadonlyMap<string, Job>): MlEngineJobChange {
  const { project, jobId } = parseJobImportId(id);
  const existing = projectJobs.get(jobId);
  if (existing) {
    const prior: PriorJob = { stack: desired.stack, address: desired.address, job: existing, ...(project ? { project } : {}) };
    return { ...mlEngineJobChange(desired, prior, projectJobs), importing: { id, compared: true } };
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

/** The change of a job of the prior state that the code no longer has: cancelled if still active, else forgotten. */
export function mlEngineJobRemoval(prior: PriorJob, projectJobs: ReadonlyMap<string, Job>): MlEngineJobChange {
  const state = liveState(prior, projectJobs);
  return {
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
  };
}

/** Whether removing the old job cancels it: yes while active, no once ended, if still active when its state is unknown. */
function cancelOf(state: string | undefined): { cancels: boolean; cancelsIfActive: boolean } {
  if (state !== undefined && ACTIVE_JOB_STATES.has(state)) return { cancels: true, cancelsIfActive: false };
  return { cancels: false, cancelsIfActive: state === undefined || !ENDED_JOB_STATES.has(state) };
}

/** The job's state: the project list is newer than the Terraform state, so it wins. */
function liveState(prior: PriorJob, projectJobs: ReadonlyMap<string, Job>): string | undefined {
  // A state that recorded no job state holds "" (the provider's zero value): unknown.
  const listed = projectJobs.size ? projectJobs.get(priorJobField(prior, 'jobId') as string)?.state : undefined;
  if (typeof listed === 'string' && listed) return listed;
  const state = priorJobField(prior, 'state');
  return typeof state === 'string' && state ? state : undefined;
}
