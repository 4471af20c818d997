import { Job } from '../model/job';
import { diffJobs } from '../plan/job-diff';
import { attributePath, Diagnostic, errorDiagnostic, warningDiagnostic } from './diagnostics';
import { createBody, jobResourceId, labelsOfJob, withOutputsOf } from './job-values';
import { CallOptions, MlApiError } from './ml-api-client';
import { parseDuration } from './provider-settings';
import { containsUnknown, isObject, TerraformObject, TerraformValue } from './terraform-value';

/** The calls of the ML API that applying needs (an `MlApiClient`, or a fake in tests). */
export interface JobApi {
  createJob(project: string, job: Job, options: CallOptions): Promise<Job>;
  getJob(project: string, jobId: string, options: CallOptions): Promise<Job>;
  patchLabels(project: string, jobId: string, labels: { [key: string]: string }, etag: string | undefined, options: CallOptions): Promise<Job>;
  cancelJob(project: string, jobId: string, options: CallOptions): Promise<void>;
}

/** What an apply or a read returns: the new state (null when the job is gone) and diagnostics. */
export interface StateResult {
  readonly state: TerraformObject | null;
  readonly diagnostics: Diagnostic[];
}

/** The job states in which removing the job cancels it; in any other state the job is only forgotten. */
export const CANCELLABLE_STATES = new Set(['QUEUED', 'PREPARING', 'RUNNING']);

/**
 * Default operation timeouts (the resource's `timeouts` block overrides them), `read` included: the google provider
 * bounds a read's retries by 5 minutes unless the resource has a read timeout (`DefaultRequestTimeout`,
 * hashicorp/terraform-provider-google google/transport/transport.go); terraform-plugin-framework-timeouts leaves the
 * default to the provider (`Value.Read(ctx, defaultTimeout)`).
 */
const DEFAULT_TIMEOUT_MS = 4 * 60_000;

/**
 * ApplyResourceChange. Create: POST `projects.jobs.create`. Update: only labels can change, by PATCH with
 * `updateMask=labels,etag` and the job's etag; other attributes (timeouts, a null that became a zero value) change
 * in state only. Delete: `:cancel` when the job is QUEUED, PREPARING or RUNNING, else forget it.
 *
 * State is never lost: a failed call returns the prior state (nothing changed) or the state of what did happen.
 */
export async function applyJobChange(api: JobApi, prior: TerraformObject | null, planned: TerraformObject | null, signal?: AbortSignal): Promise<StateResult> {
  if (!planned) return prior ? deleteJob(api, prior, signal) : { state: null, diagnostics: [] };
  if (containsUnknownInputs(planned)) {
    return { state: prior, diagnostics: [errorDiagnostic('Unknown values at apply', 'The planned job still has values that are not known; this is a bug in the provider or Terraform, please report it.')] };
  }
  return prior ? updateJob(api, prior, planned, signal) : createJob(api, planned, signal);
}

async function createJob(api: JobApi, planned: TerraformObject, signal: AbortSignal | undefined): Promise<StateResult> {
  const project = planned.project as string;
  const jobId = planned.job_id as string;
  const options = callOptions(planned, 'create', signal);
  const body = createBody(planned);
  let job: Job;
  try {
    job = await api.createJob(project, body, options);
  } catch (error) {
    if (!(error instanceof MlApiError) || error.status !== 409) return { state: null, diagnostics: [apiDiagnostic('create', jobId, error)] };
    // The id exists. If it is this very job (an earlier apply was interrupted after the create, or a retried create
    // went through twice), adopt it; otherwise the id is taken for good.
    let existing: Job;
    try {
      existing = await api.getJob(project, jobId, options);
    } catch (getError) {
      return { state: null, diagnostics: [apiDiagnostic('create', jobId, error), apiDiagnostic('read', jobId, getError)] };
    }
    const diff = diffJobs(body, existing, 'literal');
    if (diff.replacePaths.length) {
      return {
        state: null,
        diagnostics: [errorDiagnostic(
          `Job id ${jobId} is already taken`,
          `Project ${project} already has a job "${jobId}" with a different spec (${diff.replacePaths.join(', ')}); job ids are never reused, even after a job ends. Choose a new job_id, or import the existing job: terraform import <address> ${jobResourceId(project, jobId)}.`,
          attributePath('job_id'),
        )],
      };
    }
    job = existing;
    const diagnostics = [warningDiagnostic(`Adopted the existing job ${jobId}`, `Project ${project} already had job "${jobId}" with exactly this spec (an earlier apply was probably interrupted after creating it); it is now in the state instead of a second job.`, attributePath('job_id'))];
    const state = withOutputsOf({ ...planned, id: jobResourceId(project, jobId) }, job);
    if (!sameLabels(labelsOfJob(job), planned.labels)) {
      const update = await updateLabels(api, { ...state, labels: labelsOfJob(job) }, planned.labels, options);
      return { state: update.state, diagnostics: [...diagnostics, ...update.diagnostics] };
    }
    return { state, diagnostics };
  }
  return { state: withOutputsOf({ ...planned, id: jobResourceId(project, jobId) }, job), diagnostics: [] };
}

async function updateJob(api: JobApi, prior: TerraformObject, planned: TerraformObject, signal: AbortSignal | undefined): Promise<StateResult> {
  const options = callOptions(planned, 'update', signal);
  // Output-only values stay as read; the next refresh brings the job's newer state.
  const next: TerraformObject = { ...planned };
  for (const name of Object.keys(prior)) if (containsUnknown(next[name])) next[name] = prior[name];
  if (sameLabels(prior.labels, planned.labels)) return { state: next, diagnostics: [] };
  return updateLabels(api, { ...next, labels: prior.labels, etag: prior.etag }, planned.labels, options);
}

/**
 * PATCHes the labels to the planned ones. `current` is the state as it stands (with the labels the job has now); on
 * failure it is returned unchanged, on success with the new labels and etag.
 */
async function updateLabels(api: JobApi, current: TerraformObject, labels: TerraformValue, options: CallOptions): Promise<StateResult> {
  const project = current.project as string;
  const jobId = current.job_id as string;
  const wanted = (isObject(labels) ? labels : {}) as { [key: string]: string };
  try {
    const job = await api.patchLabels(project, jobId, wanted, typeof current.etag === 'string' ? current.etag : undefined, options);
    return { state: { ...current, labels, etag: job.etag ?? null }, diagnostics: [] };
  } catch (error) {
    const stale = error instanceof MlApiError && (error.code === 'ABORTED' || error.code === 'FAILED_PRECONDITION' || error.status === 409 || error.status === 412);
    const diagnostic = stale
      ? errorDiagnostic(`Labels of job ${jobId} not updated: the job changed since it was read`, `${(error as Error).message}\n\nThe etag in the state is stale (someone changed the job's labels). Run terraform apply again: the refresh reads the new etag.`, attributePath('labels'))
      : apiDiagnostic('update the labels of', jobId, error);
    return { state: current, diagnostics: [diagnostic] };
  }
}

async function deleteJob(api: JobApi, prior: TerraformObject, signal: AbortSignal | undefined): Promise<StateResult> {
  const project = prior.project as string;
  const jobId = prior.job_id as string;
  const options = callOptions(prior, 'delete', signal);
  let job: Job;
  try {
    job = await api.getJob(project, jobId, options);
  } catch (error) {
    if (error instanceof MlApiError && error.status === 404) return { state: null, diagnostics: [] };
    return { state: prior, diagnostics: [apiDiagnostic('read', jobId, error)] };
  }
  if (!CANCELLABLE_STATES.has(job.state ?? '')) return { state: null, diagnostics: [] };
  try {
    await api.cancelJob(project, jobId, options);
  } catch (error) {
    // A job that ended between the read and the cancel needs no cancel.
    if (error instanceof MlApiError && (error.status === 404 || error.code === 'FAILED_PRECONDITION')) return { state: null, diagnostics: [] };
    return { state: prior, diagnostics: [apiDiagnostic('cancel', jobId, error)] };
  }
  return { state: null, diagnostics: [] };
}

/** The error diagnostic of a failed API call. */
export function apiDiagnostic(action: string, jobId: string, error: unknown): Diagnostic {
  const message = (error as Error).message ?? String(error);
  if (error instanceof MlApiError && error.status === 400) return errorDiagnostic(`The API rejected job ${jobId}`, `${message}\n\nFix the job's configuration (mljob check explains most of these before apply).`);
  if (error instanceof MlApiError && (error.status === 401 || error.status === 403)) return errorDiagnostic(`Not allowed to ${action} job ${jobId}`, message);
  return errorDiagnostic(`Could not ${action} job ${jobId}`, message);
}

/**
 * The call limits of an operation: its `timeouts` entry (default 4 minutes) from now. For `read`, `value` is the state:
 * ReadResource receives no configuration, so a `read` timeout takes effect once an apply has written it to the state,
 * as in the plugin SDK and the framework.
 */
export function callOptions(value: TerraformObject, operation: 'create' | 'update' | 'delete' | 'read', signal: AbortSignal | undefined): CallOptions {
  const timeouts = value.timeouts;
  const configured = isObject(timeouts) && typeof timeouts[operation] === 'string' ? parseDuration(timeouts[operation] as string) : undefined;
  return { deadline: Date.now() + (configured ?? DEFAULT_TIMEOUT_MS), ...(signal ? { signal } : {}) };
}

function containsUnknownInputs(value: TerraformObject): boolean {
  return ['job_id', 'project', 'labels', 'training_input', 'prediction_input'].some((name) => containsUnknown(value[name]));
}

function sameLabels(a: TerraformValue, b: TerraformValue): boolean {
  const left = isObject(a) ? a : {};
  const right = isObject(b) ? b : {};
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && left[key] === right[key]);
}
