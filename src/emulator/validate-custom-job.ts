import { CustomJob } from '../model/custom-job';
import { isPlainObject } from '../model/plain-object';
import { ApiError, FieldViolation } from './api-error';
import { validateLabels } from './validate-job';

/** The fields of a `CustomJob` that only the service sets: a create ignores them, as the service does. */
const OUTPUT_ONLY = ['name', 'state', 'createTime', 'startTime', 'endTime', 'updateTime', 'error', 'webAccessUris', 'satisfiesPzs', 'satisfiesPzi'];

/**
 * Checks the body of `projects.locations.customJobs.create` for what the API itself requires (the proto's REQUIRED
 * fields and the `task` oneof of a worker pool) and returns the job without output-only fields, `replicaCount` as the
 * string an int64 is in JSON. Only what the reference states is refused: the platform limits are the rules' business
 * (`mljob check`), and a config the service accepts must not fail here.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs
 */
export function validateNewCustomJob(body: unknown): CustomJob {
  if (!isObject(body)) throw new ApiError('INVALID_ARGUMENT', 'Invalid JSON payload received. Expected a CustomJob object.');
  const violations: FieldViolation[] = [];
  const bad = (field: string, description: string): void => {
    violations.push({ field, description });
  };
  const { displayName, jobSpec, labels } = body;
  if (typeof displayName !== 'string' || displayName.trim() === '') bad('displayName', 'displayName is required.');
  else if ([...displayName].length > 128) bad('displayName', `displayName is ${[...displayName].length} characters long; the limit is 128.`);
  if (!isObject(jobSpec)) {
    bad('jobSpec', 'jobSpec is required.');
  } else if (!Array.isArray(jobSpec.workerPoolSpecs) || jobSpec.workerPoolSpecs.length === 0) {
    bad('jobSpec.workerPoolSpecs', 'workerPoolSpecs is required: at least the primary pool.');
  } else {
    jobSpec.workerPoolSpecs.forEach((pool: unknown, i: number) => checkPool(pool, `jobSpec.workerPoolSpecs[${i}]`, i === 0, bad));
  }
  if (violations.length > 0) {
    const more = violations.length > 1 ? ` (and ${violations.length - 1} more: see details)` : '';
    throw new ApiError('INVALID_ARGUMENT', `Field: ${violations[0].field} Error: ${violations[0].description}${more}`, violations);
  }
  const job: { [field: string]: unknown } = { ...body };
  for (const field of OUTPUT_ONLY) delete job[field];
  const checkedLabels = validateLabels(labels);
  if (Object.keys(checkedLabels).length > 0) job.labels = { ...checkedLabels };
  else delete job.labels;
  const spec = job.jobSpec as { [field: string]: unknown };
  job.jobSpec = {
    ...spec,
    workerPoolSpecs: (spec.workerPoolSpecs as unknown[]).map((pool) => {
      const { replicaCount, ...rest } = pool as { [field: string]: unknown };
      return replicaCount === undefined || replicaCount === null ? rest : { ...rest, replicaCount: String(replicaCount) };
    }),
  };
  return job as unknown as CustomJob;
}

function checkPool(pool: unknown, at: string, primary: boolean, bad: (field: string, description: string) => void): void {
  if (!isObject(pool)) return bad(at, 'a worker pool must be an object.');
  if (Object.keys(pool).length === 0) {
    // An empty pool keeps the positions of the pools after it; the primary pool cannot be one.
    if (primary) bad(at, 'the primary worker pool (index 0) cannot be empty.');
    return;
  }
  const container = pool.containerSpec;
  const python = pool.pythonPackageSpec;
  if (container !== undefined && python !== undefined) bad(at, 'set one of containerSpec and pythonPackageSpec, not both.');
  if (container === undefined && python === undefined) bad(at, 'set containerSpec or pythonPackageSpec: the task the pool runs.');
  if (container !== undefined && (!isObject(container) || typeof container.imageUri !== 'string' || container.imageUri === '')) bad(`${at}.containerSpec.imageUri`, 'imageUri is required.');
  if (python !== undefined) {
    if (!isObject(python)) return bad(`${at}.pythonPackageSpec`, 'pythonPackageSpec must be an object.');
    if (typeof python.executorImageUri !== 'string' || python.executorImageUri === '') bad(`${at}.pythonPackageSpec.executorImageUri`, 'executorImageUri is required.');
    if (!Array.isArray(python.packageUris) || python.packageUris.length === 0) bad(`${at}.pythonPackageSpec.packageUris`, 'packageUris is required.');
    if (typeof python.pythonModule !== 'string' || python.pythonModule === '') bad(`${at}.pythonPackageSpec.pythonModule`, 'pythonModule is required.');
  }
  const replicas = pool.replicaCount;
  if (replicas !== undefined && replicas !== null && !/^\d+$/.test(String(replicas))) bad(`${at}.replicaCount`, `replicaCount is ${JSON.stringify(replicas)}; give a whole number.`);
}

function isObject(value: unknown): value is { [name: string]: any } {
  return isPlainObject(value);
}
