import { Job } from '../model/job';
import { apiDiagnostic, callOptions, JobApi, StateResult } from './apply-job-change';
import { errorDiagnostic } from './diagnostics';
import { isImportStub, labelsOfJob, valueOfJob, withOutputsOf } from './job-values';
import { MlApiError } from './ml-api-client';
import { isObject, TerraformObject } from './terraform-value';

/**
 * ReadResource: GET the job (through the process's `JobReader`, which serves many reads from one listing). Gone (404): null, so Terraform drops it from state and plans a create. Otherwise the
 * output-only attributes and the labels come from the API; the other inputs stay as the state has them (a job's
 * spec cannot change, and the state keeps the config's spelling of it), except right after an import, when the state
 * has no spec yet and takes the API's.
 */
export async function readJob(api: Pick<JobApi, 'getJob'>, current: TerraformObject, signal?: AbortSignal): Promise<StateResult> {
  const project = current.project;
  const jobId = current.job_id;
  if (typeof project !== 'string' || typeof jobId !== 'string') {
    return { state: current, diagnostics: [errorDiagnostic('Incomplete state', 'The state of this job has no project or job_id; import the job again.')] };
  }
  let job: Job;
  try {
    // A refresh read: bounded by timeouts.read as the state has it (ReadResource gets no configuration), and by the
    // endpoint's read breaker (`ReadBreaker`) once another read has kept failing for its whole timeout.
    job = await api.getJob(project, jobId, { ...callOptions(current, 'read', signal), refresh: true });
  } catch (error) {
    if (error instanceof MlApiError && error.status === 404) return { state: null, diagnostics: [] };
    return { state: current, diagnostics: [apiDiagnostic('read', jobId, error)] };
  }
  if (isImportStub(current)) return { state: valueOfJob(job, project, current.timeouts), diagnostics: [] };
  const state = withOutputsOf(current, job);
  const labels = labelsOfJob(job);
  // No labels on either side stays as the state spells it (null or {}), so an empty map in code plans no change.
  const noLabels = labels === null && (current.labels === null || (isObject(current.labels) && !Object.keys(current.labels).length));
  return { state: { ...state, labels: noLabels ? current.labels : labels }, diagnostics: [] };
}
