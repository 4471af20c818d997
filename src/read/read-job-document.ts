import { CustomJobInput, customJobsOfDocument, isCustomJobDocument } from './custom-job-document';
import { isGcloudText, readGcloudText } from './gcloud-text';
import { JobInput, jobsOfDocument, parseJobText, ReadJobOptions } from './read-job-file';
import { readInputFile } from './read-input-file';

/** The jobs of one file: ML Engine jobs or Vertex AI custom jobs, whichever the file holds. */
export interface JobDocument {
  /** ML Engine (AI Platform Training and Prediction) jobs. */
  readonly jobs: JobInput[];
  /** Vertex AI custom jobs. */
  readonly customJobs: CustomJobInput[];
}

/**
 * Reads a job file of either service, telling the format from its content (bounded read, then one parse):
 *
 * - gcloud command lines (`gcloud ai custom-jobs create …`, or `--worker-pool-spec` values one per line): custom jobs;
 * - JSON (a `.json` file) or YAML: a Vertex AI custom job, list or gcloud `--config` `CustomJobSpec` when the content
 *   has their fields (`jobSpec`, `displayName`, `workerPoolSpecs`, `customJobs`); else ML Engine jobs, as
 *   `readJobFile` reads them.
 *
 * Every failure is one `InputFileError` naming the file, the place and the problem.
 */
export function readJobDocument(file: string, options: ReadJobOptions = {}): JobDocument {
  const text = readInputFile(file);
  if (!/\.json$/i.test(file) && isGcloudText(text)) return { jobs: [], customJobs: completeness(readGcloudText(text, file), options) };
  const value = parseJobText(text, file);
  if (isCustomJobDocument(value)) return { jobs: [], customJobs: completeness(customJobsOfDocument(value, file), options) };
  return { jobs: jobsOfDocument(value, file, options), customJobs: [] };
}

function completeness(jobs: CustomJobInput[], options: ReadJobOptions): CustomJobInput[] {
  return options.completeness === undefined ? jobs : jobs.map((job) => ({ ...job, completeness: options.completeness! }));
}
