import { closestApiField } from '../model/api-schema';
import { Job } from '../model/job';
import { ExportError } from './export-error';
import { toGcloudYaml } from './gcloud-yaml';
import { PreparedApiObject, prepareJob, StringSemantics } from '../read/prepare-job';
import { shellCommandLine } from './shell-quote';
import { isTemplateExpression, mapStrings, unescapeTemplate } from '../read/terraform-templates';
import { isPlainObject } from '../model/plain-object';

/** Options of the exports. */
export interface ExportOptions {
  /** Where the job came from, for messages. */
  readonly location?: string;
  /**
   * How the job's strings are meant: `literal` (REST, gcloud; the default) or `terraform` (HCL, `cdk.tf.json`), whose
   * `$${` escapes are turned back into `${` and whose references are reported.
   */
  readonly strings?: StringSemantics;
}

/** Options of `exportGcloudTraining`. */
export interface GcloudExportOptions extends ExportOptions {
  /** The path the command line gives to `--config`. Default `job.yaml`. */
  readonly configPath?: string;
  /** Adds `--project=…` to the command line. */
  readonly project?: string;
}

/** A training job as a gcloud `--config` file and the command that submits it. */
export interface GcloudTrainingExport {
  /** The `--config` file: `labels` and `trainingInput` (without `region`). */
  readonly configYaml: string;
  /** The command's words: `gcloud ai-platform jobs submit training JOB_ID --region=… --config=…`. */
  readonly argv: string[];
  /** `argv` quoted for a POSIX shell. */
  readonly commandLine: string;
  /** What was left out (output-only and unknown fields) or needs a look (Terraform references). */
  readonly warnings: string[];
}

/** A job as the body of a REST `projects.jobs.create` request. */
export interface RestCreateExport {
  /** The request body, pretty-printed JSON with sorted keys and a final newline. */
  readonly json: string;
  readonly warnings: string[];
}

const CONFIG_HEADER = '# gcloud ai-platform jobs submit training --config file, written by cdktf-gcp-ml-jobs (mljob export).';

/**
 * Exports a training job as a gcloud `--config` YAML file plus the `gcloud ai-platform jobs submit training` command
 * line that submits it.
 *
 * Every value is in exactly one place. The job id is the command's `JOB` argument and the region its `--region`
 * flag, never in the file: ids can never be reused, so the file must be reusable for the next submission with a new
 * id (and a flag would win over the file anyway). Labels stay in the file, not in `--labels`, whose `KEY=VALUE,…`
 * syntax cannot carry every value. Everything else is the file's `trainingInput`, keys sorted. gcloud has no
 * `--config` for batch prediction, so a prediction job is an `ExportError` (export it as a REST body).
 */
export function exportGcloudTraining(job: Job, options: GcloudExportOptions = {}): GcloudTrainingExport {
  const { input, warnings } = exportable(job, options);
  const location = options.location ?? '';
  if (input.predictionInput !== undefined) {
    throw new ExportError(location, 'gcloud has no --config file for batch prediction jobs; export it as a REST body (rest-json)');
  }
  if (typeof input.trainingInput === 'string') {
    // A Terraform reference (or token) in place of the whole block: its fields are known only at apply.
    throw new ExportError(location, `trainingInput is ${JSON.stringify(input.trainingInput)}, not a block: a gcloud --config file needs its fields; export it as a REST body (rest-json)`);
  }
  if (!isPlainObject(input.trainingInput)) throw new ExportError(location, 'not a training job: there is no trainingInput');
  if (typeof input.jobId !== 'string' || !input.jobId) throw new ExportError(location, 'the job has no jobId, which the gcloud command needs');
  if (input.jobId.startsWith('-')) throw new ExportError(location, `jobId ${JSON.stringify(input.jobId)} would be read as a flag`);
  const { region, ...training } = input.trainingInput as unknown as Record<string, unknown>;
  const file: Record<string, unknown> = { trainingInput: training };
  if (input.labels !== undefined) file.labels = input.labels;
  if (region === undefined) warnings.push('trainingInput.region is not set: the command has no --region');
  else if (typeof region !== 'string') throw new ExportError(location, 'trainingInput.region is not a string');
  const argv = [
    'gcloud', 'ai-platform', 'jobs', 'submit', 'training', input.jobId,
    ...(typeof region === 'string' ? [`--region=${region}`] : []),
    `--config=${options.configPath ?? 'job.yaml'}`,
    ...(options.project !== undefined ? [`--project=${options.project}`] : []),
  ];
  return { configYaml: `${CONFIG_HEADER}\n${toGcloudYaml(file)}`, argv, commandLine: shellCommandLine(argv), warnings };
}

/**
 * Exports a job as the body of a REST `projects.jobs.create` request: the job's input fields (output-only fields
 * left out), keys sorted, numbers as JSON numbers (the API also reads int64 fields from numbers).
 */
export function exportRestCreateBody(job: Job, options: ExportOptions = {}): RestCreateExport {
  const { input, warnings } = exportable(job, options);
  return { json: `${JSON.stringify(sortKeys(input), null, 2)}\n`, warnings };
}

/** The job's input fields in canonical API form, and what was left out on the way. */
function exportable(job: Job, options: ExportOptions): { input: Job; warnings: string[] } {
  return exportableObject(prepareJob(job, options.strings ?? 'literal'), options, (field) => {
    const suggestion = closestApiField(field);
    return `${field}: not a field of the API job; left out${suggestion ? `; did you mean ${suggestion}?` : ''}`;
  });
}

/**
 * A prepared API object's input fields as the service receives them (Terraform's `$${` escapes turned back into
 * `${`), and a warning for what was left out on the way: output-only fields, unknown fields (`unknownField` says
 * it), Terraform references and literal `${` text.
 */
export function exportableObject<T>(prepared: PreparedApiObject<T>, options: ExportOptions, unknownField: (field: string) => string): { input: T; warnings: string[] } {
  const strings = options.strings ?? 'literal';
  const warnings = [
    ...Object.keys(prepared.outputOnly).map((field) => `${field}: output only; left out`),
    ...prepared.unknownFields.map(unknownField),
    ...prepared.references.map((r) => `${r.path}: a Terraform reference (${r.value}); exported as the text itself`),
  ];
  const input = strings === 'terraform' ? mapStrings(prepared.input, unescapeTemplate) as T : prepared.input;
  if (strings === 'literal') {
    // Not an error: literal text may hold `${`; said so because it often is an unexpanded shell or Terraform value.
    const literalTemplates: string[] = [];
    collectTemplates(input, '', literalTemplates);
    for (const path of literalTemplates) warnings.push(`${path}: holds "\${" or "%{", exported as literal text`);
  }
  return { input, warnings };
}

function collectTemplates(value: unknown, path: string, into: string[]): void {
  if (typeof value === 'string') {
    if (isTemplateExpression(value)) into.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectTemplates(item, `${path}.${i}`, into));
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) collectTemplates(value[key], path ? `${path}.${key}` : key, into);
  }
}

/** A JSON-like value with every object's keys sorted (keys defined, so `__proto__` stays a key). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    Object.defineProperty(out, key, { value: sortKeys(value[key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
