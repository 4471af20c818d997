import { CustomJob, CustomJobSpec } from '../model/custom-job';
import { parseCustomJobName } from '../model/custom-job-terraform-mapping';
import { isPlainObject } from '../model/plain-object';
import { InputFileError } from './input-file-error';
import { JobCompleteness } from './read-job-file';
import { checkSizes, pathText } from './size-limits';

/** One Vertex AI custom job read from a file or a command. */
export interface CustomJobInput {
  /** The custom job in its REST shape; a gcloud `--config` file's `CustomJobSpec` is its `jobSpec`. */
  readonly customJob: CustomJob;
  /**
   * `complete` for a REST body, describe or list output, or a command with `--display-name` and `--region`; `partial`
   * for a gcloud `--config` file or `--worker-pool-spec` lines, which leave the rest to the command line.
   */
  readonly completeness: JobCompleteness;
  /** Where it came from: the file, plus `#customJobs[2]`, `#[2]` or `#command[2]` for one job of several. */
  readonly location: string;
  /** The job's region: from its resource `name` (describe output) or `--region`. */
  readonly region?: string;
  /** The job's project, when a command names it (`--project`); a described job's resource name may hold the project number. */
  readonly project?: string;
  /** What the reader left out or could not carry, by name. */
  readonly warnings: string[];
}

/** The fields only an ML Engine job has at its top level. */
const ML_ENGINE_FIELDS = ['jobId', 'trainingInput', 'predictionInput'];
/** The fields that make an object a custom job (`jobSpec`, `displayName`) or a gcloud `--config` spec (`workerPoolSpecs`). */
const CUSTOM_JOB_FIELDS = ['jobSpec', 'displayName', 'workerPoolSpecs'];

/**
 * True for a document of Vertex AI custom jobs: a custom job (REST body, `describe` output), a gcloud `--config`
 * `CustomJobSpec` (`workerPoolSpecs` at the top), a REST list (`{ "customJobs": [...] }`) or an array of custom jobs
 * (`gcloud ai custom-jobs list --format=json`). Decided by content, never by the file name.
 */
export function isCustomJobDocument(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && isCustomJobShaped(value[0]);
  if (isPlainObject(value) && Array.isArray(value.customJobs) && !ML_ENGINE_FIELDS.some((field) => field in value)) return true;
  return isCustomJobShaped(value);
}

function isCustomJobShaped(value: unknown): boolean {
  return isPlainObject(value) && !ML_ENGINE_FIELDS.some((field) => field in value) && CUSTOM_JOB_FIELDS.some((field) => field in value);
}

/**
 * The custom jobs of a parsed document (see `isCustomJobDocument`). A `CustomJobSpec` becomes the `jobSpec` of a
 * partial job; its `workerPoolSpecs` may be one mapping instead of a list, which gcloud reads as a list of one pool
 * (apitools wraps a lone value of a repeated field). The region and project of a described job come from its
 * resource name. Every job passes the size guards; a value that is not a job is one `InputFileError`.
 *
 * @see /usr/lib/google-cloud-sdk/lib/third_party/apitools/base/protorpclite/protojson.py (a repeated field's lone value)
 */
export function customJobsOfDocument(value: unknown, file: string): CustomJobInput[] {
  if (Array.isArray(value)) return value.map((item, i) => customJobOf(item, `#[${i}]`, file));
  if (isPlainObject(value) && Array.isArray(value.customJobs) && !isCustomJobShaped(value)) {
    return value.customJobs.map((item, i) => customJobOf(item, `#customJobs[${i}]`, file));
  }
  return [customJobOf(value, '', file)];
}

function customJobOf(value: unknown, fragment: string, file: string): CustomJobInput {
  const within = fragment.replace(/^#/, '');
  if (!isCustomJobShaped(value)) {
    const problem = isPlainObject(value) && ML_ENGINE_FIELDS.some((field) => field in value)
      ? 'an ML Engine job among Vertex AI custom jobs; keep each kind in its own file'
      : `no custom job here: expected displayName and jobSpec (a REST body or describe output) or workerPoolSpecs (a gcloud --config file), found ${describe(value)}`;
    throw new InputFileError(file, within, problem);
  }
  const body = value as { [name: string]: unknown };
  checkSizes(body, (path, problem) => new InputFileError(file, [within, pathText(path)].filter(Boolean).join('.'), problem));
  const location = `${file}${fragment}`;
  if (!('jobSpec' in body) && !('displayName' in body)) {
    // A gcloud `--config` file: the CustomJobSpec of the job; the display name and region come from the command.
    const pools = body.workerPoolSpecs;
    const spec = { ...body, ...(isPlainObject(pools) ? { workerPoolSpecs: [pools] } : {}) } as unknown as CustomJobSpec;
    return { customJob: { jobSpec: spec } as CustomJob, completeness: 'partial', location, warnings: [] };
  }
  const parts = parseCustomJobName(body.name);
  return {
    customJob: body as unknown as CustomJob,
    completeness: 'complete',
    location,
    ...(parts ? { region: parts.location } : {}),
    warnings: [],
  };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'an object without them';
  return `a ${typeof value}`;
}
