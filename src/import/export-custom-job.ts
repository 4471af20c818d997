import { CustomJob } from '../model/custom-job';
import { isPlainObject } from '../model/plain-object';
import { ExportError } from './export-error';
import { exportableObject, ExportOptions, GcloudExportOptions, sortKeys } from './export-job';
import { toGcloudYaml } from './gcloud-yaml';
import { prepareCustomJob } from '../read/prepare-job';
import { shellCommandLine } from './shell-quote';

/** Options of `exportGcloudCustomJob`. */
export interface GcloudCustomJobExportOptions extends GcloudExportOptions {
  /** The job's region: the command's `--region`. */
  readonly region?: string;
}

/** A custom job as a gcloud `--config` file (its `CustomJobSpec`) and the `gcloud ai custom-jobs create` command. */
export interface GcloudCustomJobExport {
  /** The `--config` file: the job's `jobSpec`, keys sorted. */
  readonly configYaml: string;
  /** The command's words: `gcloud ai custom-jobs create --region=… --display-name=… --config=…`. */
  readonly argv: string[];
  /** `argv` quoted for a POSIX shell. */
  readonly commandLine: string;
  readonly warnings: string[];
}

/** A custom job as the body of a REST `projects.locations.customJobs.create` request. */
export interface CustomJobRestExport {
  /** The request body, pretty-printed JSON with sorted keys and a final newline. */
  readonly json: string;
  readonly warnings: string[];
}

const CONFIG_HEADER = '# gcloud ai custom-jobs create --config file (a CustomJobSpec), written by cdktf-gcp-ml-jobs.';

/**
 * Exports a Vertex AI custom job as a gcloud `--config` YAML file plus the `gcloud ai custom-jobs create` command
 * line that creates it. The file holds the `CustomJobSpec` (`jobSpec`), as gcloud reads it; what a spec cannot
 * hold is a flag: `--display-name`, `--region`, `--labels` (with gcloud's `^;^` delimiter when a value holds a
 * comma) and `--kms-key` (the full key name). The job has no id to give: the service assigns one at each create.
 *
 * @see https://cloud.google.com/sdk/gcloud/reference/ai/custom-jobs/create
 */
export function exportGcloudCustomJob(customJob: CustomJob, options: GcloudCustomJobExportOptions = {}): GcloudCustomJobExport {
  const { input, warnings } = exportable(customJob, options);
  const location = options.location ?? '';
  if (!isPlainObject(input.jobSpec)) throw new ExportError(location, 'the custom job has no jobSpec');
  if (typeof input.displayName !== 'string' || !input.displayName) throw new ExportError(location, 'the custom job has no displayName, which the gcloud command needs');
  if (options.region === undefined) warnings.push('the location (region) is not known: the command has no --region');
  const argv = [
    'gcloud', 'ai', 'custom-jobs', 'create',
    ...(options.region !== undefined ? [`--region=${options.region}`] : []),
    `--display-name=${input.displayName}`,
    `--config=${options.configPath ?? 'job.yaml'}`,
    ...(input.labels && Object.keys(input.labels).length ? [`--labels=${labelsFlag(input.labels, location)}`] : []),
    ...(input.encryptionSpec?.kmsKeyName !== undefined ? [`--kms-key=${input.encryptionSpec.kmsKeyName}`] : []),
    ...(options.project !== undefined ? [`--project=${options.project}`] : []),
  ];
  return { configYaml: `${CONFIG_HEADER}\n${toGcloudYaml(input.jobSpec as unknown as Record<string, unknown>)}`, argv, commandLine: shellCommandLine(argv), warnings };
}

/**
 * Exports a custom job as the body of a REST `projects.locations.customJobs.create` request: its input fields
 * (output-only fields such as `name` and `state` left out), keys sorted, numbers as JSON numbers (the API also reads
 * int64 fields from numbers).
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs/create
 */
export function exportCustomJobRestBody(customJob: CustomJob, options: ExportOptions = {}): CustomJobRestExport {
  const { input, warnings } = exportable(customJob, options);
  return { json: `${JSON.stringify(sortKeys(input), null, 2)}\n`, warnings };
}

/** `--labels` as gcloud's `ArgDict` reads it: `k=v,…`, or `^;^k=v;…` when a key or value holds a comma. */
function labelsFlag(labels: { [key: string]: string }, location: string): string {
  const pairs = Object.keys(labels).sort().map((key) => `${key}=${labels[key]}`);
  for (const delimiter of [',', ';', '|', '@']) {
    if (pairs.every((pair) => !pair.includes(delimiter))) return delimiter === ',' ? pairs.join(',') : `^${delimiter}^${pairs.join(delimiter)}`;
  }
  throw new ExportError(location, 'the labels hold every delimiter gcloud\'s --labels could use; export the job as a REST body (rest-json)');
}

/** The custom job's input fields in canonical API form, and what was left out on the way. */
function exportable(customJob: CustomJob, options: ExportOptions): { input: CustomJob; warnings: string[] } {
  return exportableObject(prepareCustomJob(customJob, options.strings ?? 'literal'), options, (field) => `${field}: not a field of the API custom job; left out`);
}
