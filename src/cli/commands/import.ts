import * as fs from 'fs';
import * as path from 'path';
import { Command } from 'commander';
import { parseGcloudPredictionArgv } from '../../import/gcloud-prediction-argv';
import { GcloudTrainingCommand, parseGcloudTrainingArgv } from '../../import/gcloud-training-argv';
import { applyGcloudTrainingFlags } from '../../import/gcloud-training-flags';
import { COMMAND_LINE as FLAG_ERRORS_AT } from '../../import/gcloud-flag-values';
import { generateTypeScript, ImportedCustomJob, ImportedJob } from '../../import/generate-typescript';
import { InputFileError } from '../../read/input-file-error';
import { readHclJobs } from '../../read/read-hcl-jobs';
import { readJobFile } from '../../read/read-job-file';
import { readInputFile } from '../../read/read-input-file';
import { checkSizes, pathText } from '../../read/size-limits';
import { CustomJobInput } from '../../read/custom-job-document';
import { customJobFromCommand, GcloudCustomJobCommand, isCustomJobCreateCommand, parseGcloudCustomJobCommand } from '../../read/gcloud-custom-job-command';
import { isGcloudText } from '../../read/gcloud-text';
import { readJobDocument } from '../../read/read-job-document';
import { CustomJob } from '../../model/custom-job';
import { CliIo } from '../cli-io';
import { catalogOption, todayOption } from '../options';
import { UsageError } from '../usage-error';
import { writeOutput } from '../write-output';

/** Options of `mljob import`. */
interface ImportOptions {
  out?: string;
  force?: boolean;
  className?: string;
  project?: string;
  today?: string;
  catalog?: string;
}

/** The words that start a gcloud training command among the operands: `gcloud [alpha|beta] ai-platform|ml-engine jobs submit training`. */
const GCLOUD_COMMAND = [['gcloud'], ['ai-platform', 'ml-engine'], ['jobs'], ['submit'], ['training', 'prediction']];
/** Where a job completed by a gcloud command says it came from. */
const COMMAND_LINE = 'gcloud command line';

/**
 * `mljob import FILE… [-- gcloud ai-platform jobs submit training|prediction JOB …]…`: existing jobs as one
 * generated TypeScript stack (L2 constructs plus import blocks that adopt the jobs).
 *
 * A gcloud `--config` file leaves the job id, region, module and more to the command line. Those come from the
 * gcloud command itself, pasted after `--` as the shell splits it; its `--config=FILE` names the file it completes
 * (which need not be listed again). A `--config` file without a command is imported as it is: a partial job whose
 * missing fields are findings in the generated comments.
 */
export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('generate one TypeScript stack (L2 constructs with import blocks) from existing jobs: REST/gcloud JSON, '
      + 'describe YAML, gcloud --config YAML (with its gcloud command after --), Terraform .tf or .tf.json / cdk.tf.json; '
      + 'Vertex AI custom jobs (REST, describe/list, --config CustomJobSpec, scripts of gcloud ai custom-jobs create) as VertexCustomJob')
    .argument('[inputs...]', 'job files (.json, .yaml, .yml), Terraform files (.tf, .tf.json), scripts of gcloud ai custom-jobs create commands; '
      + 'then, after --, gcloud ai-platform jobs submit training|prediction or gcloud ai custom-jobs create commands (each starting with the word gcloud)')
    .option('--out <file|dir>', 'write the code to this file, or into this directory (an existing one, or ending in /) '
      + 'as <class-name>.ts; - (the default): standard output')
    .option('--force', 'overwrite the output file if it exists')
    .option('--class-name <name>', 'the generated stack class (default ImportedJobsStack)')
    .option('--project <id>', 'the default of the stack\'s project prop (without it the prop is required)')
    .option('--today <date>', 'the date the end-of-support rules in the comments compare with (YYYY-MM-DD; default: today)')
    .option('--catalog <file>', 'a catalog override file (JSON/YAML) that the rules in the comments check against; format: docs/CATALOG.md')
    .addHelpText('after', '\nExample:\n  mljob import jobs.json config.yaml --out src/ -- \\\n'
      + '    gcloud ai-platform jobs submit training census_1 --region=us-central1 --config=config.yaml --module-name=trainer.task\n')
    .action(async (inputs: string[], options: ImportOptions) => {
      const today = todayOption(options.today);
      const catalog = options.catalog !== undefined ? catalogOption(options.catalog) : undefined;
      const { files, commands } = splitInputs(inputs);
      if (!files.length && !commands.length) throw new UsageError('import: give the job files, Terraform files or gcloud commands to import');
      const jobs = await importedJobs(files, commands.map((words) => readCommand(words, options.project)));
      if (!jobs.length) throw new UsageError(`import: no jobs in ${[...files, ...(commands.length ? [COMMAND_LINE] : [])].join(', ')}; nothing to import`);
      assertUniqueJobIds(jobs);
      const generated = generateTypeScript(jobs, {
        ...(options.className !== undefined ? { className: options.className } : {}),
        ...(options.project !== undefined ? { project: options.project } : {}),
        ...(today ? { today } : {}),
        ...(catalog ? { catalog } : {}),
      });
      const target = outputFile(options.out, generated.className);
      writeOutput(io, generated.code, target, options.force);
      for (const warning of generated.warnings) io.err(`mljob: warning: ${warning}\n`);
      if (target !== undefined) {
        io.out(`Wrote ${target}: ${jobs.length} ${jobs.length === 1 ? 'job' : 'jobs'} in the stack class ${generated.className}.\n`);
      }
    });
}

/**
 * Two inputs that hold the same job (a list response and a describe of one of its jobs) would give two resources
 * adopting one job, which Terraform refuses at plan time; say so now. Ids are per project.
 */
function assertUniqueJobIds(jobs: ReadonlyArray<ImportedJob | ImportedCustomJob>): void {
  const seen = new Map<string, string>();
  for (const imported of jobs) {
    if ('customJob' in imported) {
      // A custom job's id is its server-assigned resource name; a job without one is new.
      const name = imported.customJob.name;
      if (typeof name !== 'string') continue;
      const first = seen.get(name);
      if (first !== undefined) throw new UsageError(`${imported.location}: custom job ${JSON.stringify(name)} is also in ${first}; import each job once`);
      seen.set(name, imported.location);
      continue;
    }
    const jobId = imported.job.jobId;
    if (typeof jobId !== 'string') continue;
    const key = `${imported.project ?? ''}\u0000${jobId}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new UsageError(`${imported.location}: job ${JSON.stringify(jobId)} is also in ${first}; import each job once (job ids are unique in a project)`);
    }
    seen.set(key, imported.location);
  }
}

/** The operands before the first `gcloud` word are files; each `gcloud` word starts a command. */
function splitInputs(operands: readonly string[]): { files: string[]; commands: string[][] } {
  const files: string[] = [];
  const commands: string[][] = [];
  let userArgs = false; // after a command's own `--`, every word is the job's argument, `gcloud` too
  for (const word of operands) {
    if (word === 'gcloud' && !userArgs) {
      commands.push([word]);
    } else if (commands.length) {
      commands[commands.length - 1].push(word);
      if (word === '--') userArgs = true;
    } else {
      files.push(word);
    }
  }
  return { files, commands };
}

/** One gcloud command, read; `words` as the shell split them. */
type ReadCommand =
  | {
    readonly kind: 'custom-job';
    readonly command: GcloudCustomJobCommand;
    /** The `--config` file, resolved, if any. */
    readonly configFile?: string;
  }
  | {
    readonly kind: 'training';
    readonly command: GcloudTrainingCommand;
    /** The `--config` file, resolved, if any. */
    readonly configFile?: string;
  }
  | {
    readonly kind: 'prediction';
    /** The job it submits (gcloud has no --config for batch prediction: the flags are the whole job). */
    readonly imported: ImportedJob;
  };

/** Reads one gcloud command; `defaultProject` (mljob import --project) names models when the command has no --project. */
function readCommand(words: readonly string[], defaultProject: string | undefined): ReadCommand {
  if (isCustomJobCreateCommand(words)) {
    const command = parseGcloudCustomJobCommand(words, commandLineFailure);
    return { kind: 'custom-job', command, ...(command.configFile !== undefined ? { configFile: path.resolve(command.configFile) } : {}) };
  }
  let i = 0;
  for (const alternatives of GCLOUD_COMMAND) {
    if (i === 1 && (words[i] === 'alpha' || words[i] === 'beta')) i++;
    if (!alternatives.includes(words[i])) {
      throw new UsageError(`${COMMAND_LINE}: "${words.slice(0, i + 1).join(' ')}": only \`gcloud ai-platform jobs submit training|prediction\` and \`gcloud ai custom-jobs create\` commands can be imported`);
    }
    i++;
  }
  if (words[i - 1] === 'prediction') {
    const { job, project, warnings } = parseGcloudPredictionArgv(words, defaultProject);
    return { kind: 'prediction', imported: { job, location: COMMAND_LINE, completeness: 'complete', warnings, ...(project !== undefined ? { project } : {}) } };
  }
  const command = parseGcloudTrainingArgv(words);
  // After a command's own `--`, every word is the job's: a second command there would silently become arguments.
  const userArgs = command.flags.userArgs ?? [];
  const nested = userArgs.findIndex((word, i) => word === 'gcloud' && ['ai-platform', 'ml-engine', 'alpha', 'beta'].includes(userArgs[i + 1]));
  if (nested >= 0) {
    throw new UsageError(`${COMMAND_LINE}: "gcloud ${userArgs.slice(nested + 1, nested + 6).join(' ')}" is among the job arguments of the command before it (after its --); put a command with job arguments last`);
  }
  if (command.flags.jobId === undefined) {
    throw new UsageError(`${COMMAND_LINE}: "${words.join(' ')}": the JOB argument is missing (gcloud ai-platform jobs submit training JOB …)`);
  }
  return { kind: 'training', command, ...(command.configFile !== undefined ? { configFile: path.resolve(command.configFile) } : {}) };
}

/**
 * The jobs of every input, in the order given: each file's jobs in the file's order; a `--config` file that commands
 * complete gives one job per command, at the file's place (or after the files, when it is not listed).
 */
async function importedJobs(files: readonly string[], commands: readonly ReadCommand[]): Promise<Array<ImportedJob | ImportedCustomJob>> {
  const jobs: Array<ImportedJob | ImportedCustomJob> = [];
  const placed = new Set<ReadCommand>();
  for (const file of files) {
    const completing = commands.filter((c) => c.kind !== 'prediction' && c.configFile !== undefined && c.configFile === path.resolve(file));
    if (completing.length) {
      for (const c of completing) {
        jobs.push(completedJob(c));
        placed.add(c);
      }
    } else {
      jobs.push(...(await readInput(file)).map((imported) => ({ ...imported, location: relativeLocation(imported.location, file) })));
    }
  }
  for (const c of commands) if (!placed.has(c)) jobs.push(completedJob(c));
  return jobs;
}

/**
 * A location (`<file>` or `<file>#jobs[2]`) with the file relative to the working directory: generated code is
 * committed, so it must not carry the absolute paths of the machine that ran the import.
 */
function relativeLocation(location: string, file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return location.startsWith(file) && relative ? `${relative.split(path.sep).join('/')}${location.slice(file.length)}` : location;
}

function readInput(file: string): Array<ImportedJob | ImportedCustomJob> | Promise<ImportedJob[]> {
  if (/\.tf(\.json)?$/i.test(file)) return readHclJobs(file);
  // Any other name: a file of gcloud commands (a script, a README snippet) is told by its content.
  if (!/\.(json|ya?ml)$/i.test(file) && !isGcloudText(readInputFile(file))) {
    throw new UsageError(`${file}: cannot tell the kind of input from its name; expected .tf, .tf.json, .json, .yaml or .yml, or a script of gcloud ai custom-jobs create commands (a gcloud command, after --, starts with the word gcloud)`);
  }
  const document = readJobDocument(file);
  return [...document.jobs, ...document.customJobs.map(importedCustomJob)];
}

/** A custom job read from a file, as `generateTypeScript` takes it. */
function importedCustomJob(read: CustomJobInput): ImportedCustomJob {
  return {
    customJob: read.customJob,
    location: read.location,
    completeness: read.completeness,
    ...(read.region !== undefined ? { region: read.region } : {}),
    ...(read.project !== undefined ? { project: read.project } : {}),
    warnings: read.warnings,
  };
}

/** A flag problem of a gcloud command pasted after `--`: one line naming the flag, as the training commands' are. */
function commandLineFailure(flag: string, problem: string): InputFileError {
  return new InputFileError(FLAG_ERRORS_AT, flag, problem);
}

/** The job a gcloud command submits: for training, its `--config` file (if any) completed by its flags. */
function completedJob(read: ReadCommand): ImportedJob | ImportedCustomJob {
  if (read.kind === 'prediction') return read.imported;
  if (read.kind === 'custom-job') return completedCustomJob(read.command);
  const { command } = read;
  const configName = command.configFile;
  let fileJob: ImportedJob['job'] | undefined;
  if (configName !== undefined) {
    const read = readJobFile(configName);
    if (read.length !== 1) throw new UsageError(`${configName}: a --config file holds one job; this one holds ${read.length}`);
    fileJob = read[0].job;
  }
  const { job, overridden, warnings } = applyGcloudTrainingFlags(fileJob, command.flags);
  return {
    job,
    location: configName !== undefined ? `${relativeLocation(configName, configName)} + ${COMMAND_LINE}` : COMMAND_LINE,
    completeness: 'complete',
    warnings: [
      ...command.warnings,
      ...warnings,
      ...overridden.map((field) => `${field}: the command line's flag replaces the value in the --config file`),
    ],
    ...(command.project !== undefined ? { project: command.project } : {}),
  };
}

/**
 * The file `--out` names: undefined for standard output; for a directory (an existing one, or a name ending in a
 * separator), `<class-name>.ts` in it. The name comes from the sanitized class identifier only, never from job data.
 */
function outputFile(out: string | undefined, className: string): string | undefined {
  if (out === undefined || out === '-') return undefined;
  if (!/[\\/]$/.test(out) && !isDirectory(out)) return out;
  const name = `${kebabCase(className)}.ts`;
  const file = path.join(out, name);
  // The class name is an identifier ([A-Za-z0-9_]), so this holds; checked because the name is user input.
  if (path.dirname(path.resolve(file)) !== path.resolve(out)) throw new UsageError(`--out ${out}: cannot derive a file name from the class name`);
  return file;
}

/** `ImportedJobsStack` → `imported-jobs-stack`; only `[a-z0-9-]`, never empty. */
function kebabCase(identifier: string): string {
  const kebab = identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return kebab || 'imported-jobs-stack';
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The custom job a `gcloud ai custom-jobs create` command creates: its `--config` spec (if any) completed by its flags. */
function completedCustomJob(command: GcloudCustomJobCommand): ImportedCustomJob {
  const configName = command.configFile;
  let spec: CustomJob['jobSpec'] | undefined;
  if (configName !== undefined) {
    const read = readJobDocument(configName).customJobs;
    if (read.length !== 1 || read[0].completeness !== 'partial') {
      throw new UsageError(`${configName}: a --config file of gcloud ai custom-jobs create holds one CustomJobSpec (workerPoolSpecs at the top)`);
    }
    spec = read[0].customJob.jobSpec;
  }
  const job = customJobFromCommand(command, spec, commandLineFailure);
  checkSizes(job.customJob, (path, problem) => new InputFileError(FLAG_ERRORS_AT, pathText(path), problem));
  return {
    customJob: job.customJob,
    location: configName !== undefined ? `${relativeLocation(configName, configName)} + ${COMMAND_LINE}` : COMMAND_LINE,
    completeness: job.complete ? 'complete' : 'partial',
    ...(job.region !== undefined ? { region: job.region } : {}),
    ...(job.project !== undefined ? { project: job.project } : {}),
    warnings: job.warnings,
  };
}
