import * as path from 'path';
import { CustomJobSpec } from '../model/custom-job';
import { isPlainObject } from '../model/plain-object';
import { CustomJobInput, customJobsOfDocument, isCustomJobDocument } from './custom-job-document';
import { customJobFromCommand, GcloudCustomJobCommand, isCustomJobCreateCommand, parseGcloudCustomJobCommand } from './gcloud-custom-job-command';
import { InputFileError } from './input-file-error';
import { parseJobText } from './read-job-file';
import { readInputFile } from './read-input-file';
import { shellCommands, ShellSyntaxError, ShellWord } from './shell-words';
import { checkSizes, pathText } from './size-limits';
import { parseWorkerPoolSpecFlag } from './worker-pool-spec-flag';

/** A line that starts a `gcloud [alpha|beta] ai custom-jobs create` command (a leading `$ ` prompt allowed). */
const CREATE_LINE = /^\s*(?:\$\s+)?gcloud\s+(?:(?:alpha|beta)\s+)?ai\s+custom-jobs\s+create(?:\s|\\|$)/m;
/** A line that is a `--worker-pool-spec` value, with or without the flag name. */
const POOL_LINE = /^(?:--worker-pool-spec[=\s]|["']?(?:machine-type|replica-count|accelerator-type|accelerator-count|container-image-uri|executor-image-uri|python-module)=)/;

/**
 * True for text that holds gcloud command lines rather than a JSON or YAML document: a shell script or README
 * snippet with a `gcloud ai custom-jobs create` command, or text whose first line that is not blank or a comment is a
 * `--worker-pool-spec` value (`machine-type=n1-standard-8,replica-count=1,…`, with or without the flag name).
 */
export function isGcloudText(text: string): boolean {
  if (CREATE_LINE.test(text)) return true;
  for (const raw of text.replace(/^\uFEFF/, '').split('\n', 200)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return POOL_LINE.test(line);
  }
  return false;
}

/**
 * Reads gcloud command lines, as in a README or a CI script: each `gcloud [alpha|beta] ai custom-jobs create`
 * command is one custom job (its `--config` file, relative to this file's folder, read and completed by its flags);
 * the script's other commands (`set -e`, `cd`, …) are not jobs and are passed over. Text of `--worker-pool-spec`
 * values, one per line, is one partial job with those pools. Shell syntax is split, never run: `$VARIABLES` stay as
 * they are written, with a warning.
 */
export function readGcloudText(text: string, file: string): CustomJobInput[] {
  let commands: ShellWord[][];
  try {
    commands = shellCommands(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof ShellSyntaxError) throw new InputFileError(file, `${error.line}:${error.column}`, error.problem);
    throw error;
  }
  commands = commands.map((words) => (words[0]?.text === '$' ? words.slice(1) : words)).filter((words) => words.length > 0);
  if (commands.length === 0) return [];
  const creates = commands.filter((words) => isCustomJobCreateCommand(words.map((word) => word.text)));
  if (creates.length) return creates.map((words, i) => jobOfCommand(words, file, creates.length > 1 ? `#command[${i}]` : ''));
  const gcloud = commands.find((words) => words[0].text === 'gcloud');
  if (gcloud) {
    throw new InputFileError(file, `${gcloud[0].line}:${gcloud[0].column}`,
      `"${gcloud.slice(0, 4).map((word) => word.text).join(' ')}" is not \`gcloud ai custom-jobs create\`; only those commands are read from a text file`);
  }
  return [jobOfPoolLines(commands, file)];
}

function jobOfCommand(words: ShellWord[], file: string, fragment: string): CustomJobInput {
  const at = `${words[0].line}:${words[0].column}`;
  const texts = words.map((word) => word.text);
  const fail = (flag: string, problem: string): InputFileError => new InputFileError(file, at, `${flag}: ${problem}`);
  const command = parseGcloudCustomJobCommand(texts, fail);
  const config = command.configFile === undefined ? undefined : readConfigSpec(path.resolve(path.dirname(file), command.configFile), file, at);
  const job = customJobFromCommand(command, config, fail);
  checkSizes(job.customJob, (path, problem) => new InputFileError(file, at, `${pathText(path)}: ${problem}`));
  return {
    customJob: job.customJob,
    completeness: job.complete ? 'complete' : 'partial',
    location: `${file}${fragment}`,
    ...(job.region !== undefined ? { region: job.region } : {}),
    ...(job.project !== undefined ? { project: job.project } : {}),
    warnings: [...job.warnings, ...variableWarnings(words)],
  };
}

/** Lines of `--worker-pool-spec` values: one partial job, one pool per line. */
function jobOfPoolLines(commands: ShellWord[][], file: string): CustomJobInput {
  const specs: GcloudCustomJobCommand['workerPoolSpecs'] = [];
  for (const words of commands) {
    const at = `${words[0].line}:${words[0].column}`;
    const texts = words.map((word) => word.text);
    const value = texts[0] === '--worker-pool-spec' && texts.length === 2 ? texts[1] : texts.length === 1 ? texts[0].replace(/^--worker-pool-spec=/, '') : undefined;
    if (value === undefined) throw new InputFileError(file, at, 'expected one --worker-pool-spec value on this line (machine-type=…,replica-count=…,…)');
    specs.push(parseWorkerPoolSpecFlag(value, (problem) => new InputFileError(file, at, `--worker-pool-spec: ${problem}`)));
  }
  const command: GcloudCustomJobCommand = { workerPoolSpecs: specs, warnings: [] };
  const first = commands[0][0];
  const job = customJobFromCommand(command, undefined, (flag, problem) => new InputFileError(file, `${first.line}:${first.column}`, `${flag}: ${problem}`));
  checkSizes(job.customJob, (path, problem) => new InputFileError(file, '', `${pathText(path)}: ${problem}`));
  return { customJob: job.customJob, completeness: 'partial', location: file, warnings: [...job.warnings, ...commands.flatMap(variableWarnings)] };
}

/** The `CustomJobSpec` of a `--config` file a command names. */
function readConfigSpec(configFile: string, file: string, at: string): CustomJobSpec {
  const value = parseJobText(readInputFile(configFile), configFile);
  if (!isPlainObject(value) || !isCustomJobDocument(value) || 'jobSpec' in value || 'displayName' in value) {
    throw new InputFileError(file, at, `--config ${configFile}: expected a CustomJobSpec (workerPoolSpecs at the top), as gcloud ai custom-jobs create reads it`);
  }
  return customJobsOfDocument(value, configFile)[0].customJob.jobSpec;
}

/** A warning for each shell variable or command substitution a word holds: mljob never expands or runs them. */
function variableWarnings(words: readonly ShellWord[]): string[] {
  const found = new Set<string>();
  for (const word of words) for (const match of word.text.matchAll(/\$(\{[^}\n]{0,60}\}|\([^)\n]{0,60}\)|[A-Za-z_][A-Za-z0-9_]{0,60})/g)) found.add(match[0]);
  return [...found].map((variable) => `${variable} is shell syntax: mljob does not expand it, the text is kept as it is written`);
}
