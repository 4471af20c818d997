import { CustomJob } from '../model/custom-job';
import { parseCustomJobName } from '../model/custom-job-terraform-mapping';
import { CUSTOM_JOB_RESOURCE_TYPE } from '../model/provider-schema';
import { diffCustomJobs } from './custom-job-diff';
import { ACTIVE_CUSTOM_JOB_STATES, DesiredCustomJob, ENDED_CUSTOM_JOB_STATES, PriorCustomJob } from './plan-inputs';
import { CustomJobChange } from './plan-result';
import { knownAtPlan, replacingPaths, withTopLevelField } from './replacement';
import { STATE_ONLY_CUSTOM_JOB_ATTRIBUTES, stateOnlyChanges } from './state-only-attributes';

/**
 * The change of one custom job: created when Terraform does not know it; else replaced when any input field differs
 * (labels too: the REST resource has no patch method), or its project or location; else no change.
 */
export function customJobChange(desired: DesiredCustomJob, prior: PriorCustomJob | undefined, projectJobs: ReadonlyMap<string, CustomJob>): CustomJobChange {
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
    return { ...customJobChange(desired, imported, projectJobs), importing: { id: desired.importId, compared: true } };
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

/** The change of a custom job of the prior state that the code no longer has: cancelled if still active, then deleted. */
export function customJobRemoval(prior: PriorCustomJob, projectJobs: ReadonlyMap<string, CustomJob>): CustomJobChange {
  const state = liveCustomJobState(prior.customJob, projectJobs);
  return {
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
  };
}

/** `cancelOf` for a custom job's `JobState`. */
function customJobCancelOf(state: string | undefined): { cancels: boolean; cancelsIfActive: boolean } {
  if (state !== undefined && ACTIVE_CUSTOM_JOB_STATES.has(state)) return { cancels: true, cancelsIfActive: false };
  return { cancels: false, cancelsIfActive: state === undefined || !ENDED_CUSTOM_JOB_STATES.has(state) };
}

/** `liveState` of a custom job, found in the project list by its resource `name`. */
function liveCustomJobState(job: CustomJob, projectJobs: ReadonlyMap<string, CustomJob>): string | undefined {
  const listed = typeof job.name === 'string' ? projectJobs.get(job.name)?.state : undefined;
  if (typeof listed === 'string' && listed) return listed;
  return typeof job.state === 'string' && job.state ? job.state : undefined;
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
