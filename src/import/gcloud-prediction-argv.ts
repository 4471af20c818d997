import { Job } from '../model/job';
import { COMMAND_LINE, afterCommandWords, keyValueFlag, splitFlag, wholeNumberFlag } from './gcloud-flag-values';
import { InputFileError } from '../read/input-file-error';

/** A `gcloud ai-platform jobs submit prediction` command line, read into the job it submits. */
export interface GcloudPredictionCommand {
  /** The job: `jobId`, `labels` and `predictionInput`, as gcloud builds the request body. */
  readonly job: Job;
  /** `--project`, when the command names it. */
  readonly project?: string;
  /** Flags that were ignored. */
  readonly warnings: string[];
}

/** gcloud's `--data-format` choices and the API enum values they send. */
const DATA_FORMATS: { readonly [choice: string]: string } = { 'text': 'TEXT', 'tf-record': 'TF_RECORD', 'tf-record-gzip': 'TF_RECORD_GZIP' };
const VALUE_FLAGS = new Set([
  'data-format', 'input-paths', 'output-path', 'region', 'model', 'model-dir', 'version', 'batch-size', 'labels',
  'max-worker-count', 'runtime-version', 'signature-name', 'accelerator-count', 'accelerator-type', 'project',
]);
/** Flags that change how gcloud runs, not the job. */
const NO_VALUE_FLAGS = new Set(['async', 'quiet', 'log-http', 'no-user-output-enabled', 'user-output-enabled']);

/**
 * Reads the words of a `gcloud ai-platform jobs submit prediction JOB …` command (as a shell would split them; the
 * leading command words are optional) into the job gcloud submits. `--model` and `--version` become the resource
 * names gcloud sends (`projects/{project}/models/{model}[/versions/{version}]`), with the command's `--project`, else
 * `defaultProject` (gcloud would take its configured project); without either, that is an error.
 *
 * @see https://cloud.google.com/sdk/gcloud/reference/ai-platform/jobs/submit/prediction
 */
export function parseGcloudPredictionArgv(argv: readonly string[], defaultProject?: string): GcloudPredictionCommand {
  let i = afterCommandWords(argv, 'prediction');
  const values: { [flag: string]: string } = {};
  const warnings: string[] = [];
  let jobId: string | undefined;
  for (; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith('--')) {
      if (jobId !== undefined) throw new InputFileError(COMMAND_LINE, word, `a second JOB argument (the first was ${jobId})`);
      jobId = word;
      continue;
    }
    const [name, inlineValue] = splitFlag(word.slice(2));
    if (NO_VALUE_FLAGS.has(name)) continue;
    const value = inlineValue ?? argv[++i];
    if (value === undefined) throw new InputFileError(COMMAND_LINE, `--${name}`, 'the flag needs a value');
    if (VALUE_FLAGS.has(name)) values[name] = value;
    else warnings.push(`--${name}: not a flag that sets a job field; ignored`);
  }
  if (jobId === undefined) throw new InputFileError(COMMAND_LINE, 'JOB', 'the JOB argument is missing (gcloud ai-platform jobs submit prediction JOB …)');
  for (const required of ['data-format', 'input-paths', 'output-path', 'region']) {
    if (values[required] === undefined) throw new InputFileError(COMMAND_LINE, `--${required}`, 'the flag is required');
  }
  const dataFormat = DATA_FORMATS[values['data-format'].toLowerCase()];
  if (!dataFormat) throw new InputFileError(COMMAND_LINE, '--data-format', `"${values['data-format']}" is not one of ${Object.keys(DATA_FORMATS).join(', ')}`);
  if ((values.model === undefined) === (values['model-dir'] === undefined)) throw new InputFileError(COMMAND_LINE, '--model', 'give exactly one of --model and --model-dir');
  if (values.version !== undefined && values.model === undefined) throw new InputFileError(COMMAND_LINE, '--version', '--version needs --model');

  const project = values.project ?? defaultProject;
  let model: { [field: string]: string } = {};
  if (values.model !== undefined) {
    // gcloud parses --model and --version as resources: a full name stays, a short one goes into the project.
    const fullVersion = values.version?.startsWith('projects/') ? values.version : undefined;
    const fullModel = values.model.startsWith('projects/') ? values.model : undefined;
    if (project === undefined && !fullVersion && !fullModel) {
      throw new InputFileError(COMMAND_LINE, '--model', 'gcloud names the model in its configured project; pass --project (to the gcloud command or to mljob import)');
    }
    const modelName = fullModel ?? `projects/${project}/models/${values.model}`;
    model = values.version !== undefined ? { versionName: fullVersion ?? `${modelName}/versions/${values.version}` } : { modelName };
  } else {
    model = { uri: values['model-dir'] };
  }
  const predictionInput: { [field: string]: unknown } = {
    dataFormat,
    inputPaths: values['input-paths'].split(','),
    outputPath: values['output-path'],
    region: values.region,
    ...model,
    ...(values['batch-size'] !== undefined ? { batchSize: wholeNumberFlag('batch-size', values['batch-size']) } : {}),
    ...(values['max-worker-count'] !== undefined ? { maxWorkerCount: wholeNumberFlag('max-worker-count', values['max-worker-count']) } : {}),
    ...(values['runtime-version'] !== undefined ? { runtimeVersion: values['runtime-version'] } : {}),
    ...(values['signature-name'] !== undefined ? { signatureName: values['signature-name'] } : {}),
  };
  // As gcloud does: an accelerator only with --accelerator-type (`nvidia-tesla-t4` → NVIDIA_TESLA_T4).
  if (values['accelerator-type'] !== undefined) {
    predictionInput.accelerator = {
      type: values['accelerator-type'].toUpperCase().replace(/-/g, '_'),
      ...(values['accelerator-count'] !== undefined ? { count: wholeNumberFlag('accelerator-count', values['accelerator-count']) } : {}),
    };
  } else if (values['accelerator-count'] !== undefined) {
    warnings.push('--accelerator-count without --accelerator-type: gcloud sends no accelerator; ignored');
  }
  const job: { [field: string]: unknown } = { jobId, ...(values.labels !== undefined ? { labels: keyValueFlag('labels', values.labels) } : {}), predictionInput };
  return { job: job as unknown as Job, ...(values.project !== undefined ? { project: values.project } : {}), warnings };
}
