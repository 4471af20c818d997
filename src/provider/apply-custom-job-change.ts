import { CustomJob } from '../model/custom-job';
import { apiDiagnostic, StateResult } from './apply-job-change';
import { createCustomJobBody, customJobNameOf, withCustomJobOutputsOf } from './custom-job-values';
import { errorDiagnostic } from './diagnostics';
import { CallOptions, MlApiError } from './ml-api-client';
import { containsUnknown, TerraformObject } from './terraform-value';
import { CustomJobApi } from './vertex-api-client';

/** States from which a custom job is cancelled before it is deleted. */
export const CANCELLABLE_CUSTOM_JOB_STATES = new Set(['JOB_STATE_QUEUED', 'JOB_STATE_PENDING', 'JOB_STATE_RUNNING', 'JOB_STATE_PAUSED']);
/** States in which a custom job has ended and can be deleted. */
export const ENDED_CUSTOM_JOB_STATES = new Set(['JOB_STATE_SUCCEEDED', 'JOB_STATE_FAILED', 'JOB_STATE_CANCELLED', 'JOB_STATE_EXPIRED', 'JOB_STATE_PARTIALLY_SUCCEEDED']);

/** How long a create may take with its retries, and a delete with the wait for a cancellation to end. */
const CREATE_TIMEOUT_MS = 4 * 60_000;
const DELETE_TIMEOUT_MS = 10 * 60_000;

/** Options of `applyCustomJobChange` (tests shorten the polling). */
export interface CustomJobApplyOptions {
  /** Aborted when Terraform stops the provider. */
  readonly signal?: AbortSignal;
  /** The first wait between reads while a cancellation runs (default 1 s, then 1.5 times longer, at most 10 s). */
  readonly pollMs?: number;
}

/**
 * ApplyResourceChange of a `google_vertex_ai_custom_job`. Create: POST `customJobs.create` (not retried after a 5xx
 * or a lost connection, which may have created the job: the id is the server's, so a retry would make a second job);
 * the state takes the server's `name` as its `id`. Delete: a job that is queued, pending or running is cancelled, the
 * provider waits for it to end (JOB_STATE_CANCELLED), then deletes it; a job already gone is forgotten. There is no
 * update: every change replaces (see `planCustomJobChange`).
 *
 * State is never lost: a failed call returns the prior state (nothing changed) or the state of what did happen.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs
 */
export async function applyCustomJobChange(api: CustomJobApi, prior: TerraformObject | null, planned: TerraformObject | null, options: CustomJobApplyOptions = {}): Promise<StateResult> {
  if (!planned) return prior ? deleteCustomJob(api, prior, options) : { state: null, diagnostics: [] };
  if (['display_name', 'project', 'location', 'labels', 'job_spec', 'encryption_spec'].some((name) => containsUnknown(planned[name]))) {
    return { state: prior, diagnostics: [errorDiagnostic('Unknown values at apply', 'The planned custom job still has values that are not known; this is a bug in the provider or Terraform, please report it.')] };
  }
  if (prior) {
    // Terraform asks for an update only where the plan has none of the job's fields changing.
    const next: TerraformObject = { ...planned };
    for (const name of Object.keys(prior)) if (containsUnknown(next[name])) next[name] = prior[name];
    return { state: next, diagnostics: [] };
  }
  const project = planned.project as string;
  const location = planned.location as string;
  let job: CustomJob;
  try {
    job = await api.createCustomJob(project, location, createCustomJobBody(planned), { deadline: Date.now() + CREATE_TIMEOUT_MS, idempotent: false, ...signalOf(options) });
  } catch (error) {
    return { state: null, diagnostics: [apiDiagnostic('create', `"${String(planned.display_name)}"`, error)] };
  }
  return { state: withCustomJobOutputsOf(planned, job), diagnostics: [] };
}

async function deleteCustomJob(api: CustomJobApi, prior: TerraformObject, options: CustomJobApplyOptions): Promise<StateResult> {
  const parts = customJobNameOf(prior);
  if (!parts) return { state: null, diagnostics: [] }; // never created (no name): nothing to delete
  const { name } = parts;
  const call: CallOptions = { deadline: Date.now() + DELETE_TIMEOUT_MS, ...signalOf(options) };
  let wait = options.pollMs ?? 1000;
  let cancelled = false;
  for (;;) {
    let job: CustomJob;
    try {
      job = await api.getCustomJob(name, call);
    } catch (error) {
      if (error instanceof MlApiError && error.status === 404) return { state: null, diagnostics: [] };
      return { state: prior, diagnostics: [apiDiagnostic('read', name, error)] };
    }
    const state = job.state ?? '';
    if (ENDED_CUSTOM_JOB_STATES.has(state)) break;
    if (CANCELLABLE_CUSTOM_JOB_STATES.has(state) && !cancelled) {
      try {
        await api.cancelCustomJob(name, call);
        cancelled = true;
        continue;
      } catch (error) {
        // A job that ended between the read and the cancel is read again.
        if (!(error instanceof MlApiError && (error.status === 404 || error.code === 'FAILED_PRECONDITION'))) {
          return { state: prior, diagnostics: [apiDiagnostic('cancel', name, error)] };
        }
        continue;
      }
    }
    if (Date.now() + wait >= call.deadline || options.signal?.aborted) {
      return {
        state: prior,
        diagnostics: [errorDiagnostic(`Custom job ${name} has not ended`, `It is ${state} after ${Math.round(DELETE_TIMEOUT_MS / 60_000)} minutes${cancelled ? ' (cancelled by this apply)' : ''}; a custom job can be deleted only once it has ended. It stays in the state: run terraform apply (or destroy) again later.`)],
      };
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(10_000, Math.round(wait * 1.5));
  }
  try {
    await api.deleteCustomJob(name, call);
  } catch (error) {
    if (!(error instanceof MlApiError && error.status === 404)) return { state: prior, diagnostics: [apiDiagnostic('delete', name, error)] };
  }
  return { state: null, diagnostics: [] };
}

function signalOf(options: CustomJobApplyOptions): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}
