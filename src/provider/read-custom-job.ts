import { CustomJob } from '../model/custom-job';
import { apiDiagnostic, StateResult } from './apply-job-change';
import { customJobNameOf, isCustomJobImportStub, valueOfCustomJob, withCustomJobOutputsOf } from './custom-job-values';
import { errorDiagnostic } from './diagnostics';
import { MlApiError } from './ml-api-client';
import { TerraformObject } from './terraform-value';
import { CustomJobApi } from './vertex-api-client';

/** How long one refresh may take with its retries (the resource has no timeouts block). */
const READ_TIMEOUT_MS = 4 * 60_000;

/**
 * ReadResource of a `google_vertex_ai_custom_job`: GET the job by its name. Gone (404, also after a delete outside
 * Terraform): null, so Terraform drops it from state and plans a create. Otherwise the output-only attributes come
 * from the API; the inputs and the id stay as the state has them (a custom job cannot change), except right after an import,
 * when the state has no spec yet and takes the API's.
 */
export async function readCustomJob(api: Pick<CustomJobApi, 'getCustomJob'>, current: TerraformObject, signal?: AbortSignal): Promise<StateResult> {
  const parts = customJobNameOf(current);
  if (!parts) {
    return { state: current, diagnostics: [errorDiagnostic('Incomplete state', 'The state of this custom job has no name (projects/{project}/locations/{location}/customJobs/{id}); import the job again.')] };
  }
  let job: CustomJob;
  try {
    job = await api.getCustomJob(parts.name, { deadline: Date.now() + READ_TIMEOUT_MS, refresh: true, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (error instanceof MlApiError && error.status === 404) return { state: null, diagnostics: [] };
    return { state: current, diagnostics: [apiDiagnostic('read', parts.name, error)] };
  }
  if (isCustomJobImportStub(current)) return { state: valueOfCustomJob(job, parts.project, parts.location), diagnostics: [] };
  // The id stays as the state has it: a configured id lives in the state only, and replacing it on every refresh would
  // plan the same update again and again.
  return { state: { ...withCustomJobOutputsOf(current, job), id: current.id ?? job.name ?? null }, diagnostics: [] };
}
