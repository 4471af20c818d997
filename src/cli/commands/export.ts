import { Command } from 'commander';
import { commentText } from '../../import/codegen/ts-syntax';
import { exportGcloudTraining, exportRestCreateBody } from '../../import/export-job';
import { StringSemantics } from '../../read/prepare-job';
import { isTemplateExpression, unescapeTemplate } from '../../read/terraform-templates';
import { DesiredJob } from '../../plan/plan-inputs';
import { readSynthesized } from '../../plan/read-synthesized';
import { CliIo } from '../cli-io';
import { formatOption } from '../options';
import { UsageError } from '../usage-error';
import { writeFilesInto } from '../write-output';

const FORMATS = ['gcloud-yaml', 'rest-json'] as const;
type Format = (typeof FORMATS)[number];

/** Options of `mljob export`. */
interface ExportOptions {
  format: string;
  out?: string;
  force?: boolean;
  project?: string;
}

/** One file of the export, by its path relative to the output directory (`/`-separated, sanitized). */
interface ExportFile {
  readonly path: string;
  readonly text: string;
}

/** The script of the gcloud commands, at the top of the output directory. */
const SCRIPT = 'submit.sh';
/** File names are cut to this many characters (before the extension and any `-2` suffix). */
const MAX_NAME = 100;

/**
 * `mljob export [INPUT] --format gcloud-yaml|rest-json [--out DIR]`: the synthesized jobs as gcloud `--config` files
 * with a `submit.sh` of their `gcloud ai-platform jobs submit training` commands, or as REST `projects.jobs.create`
 * bodies; one file per job, `<stack>/<jobId>.yaml|json`.
 *
 * With `--out DIR` the files are written there (all or none: an existing file is refused, before anything is
 * written, unless `--force`); without it they are listed on standard output, each after a `# file: <path>` line.
 */
export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('export the synthesized jobs as gcloud --config files plus their submit commands (gcloud-yaml), '
      + 'or as REST projects.jobs.create bodies (rest-json), one file per job: <stack>/<jobId>.yaml|json')
    .argument('[input]', 'a cdktf output directory, a stack directory, a cdk.tf.json or a plan JSON', 'cdktf.out')
    .requiredOption('--format <format>', FORMATS.join('|'))
    .option('--out <dir>', 'write the files into this directory (default: list them on standard output, each after a "# file: <path>" line)')
    .option('--force', 'overwrite files that exist in --out')
    .option('--project <id>', 'the --project of the gcloud commands (default: the resource\'s or the google provider\'s project)')
    .action((input: string, options: ExportOptions) => {
      const format = formatOption(options.format, FORMATS);
      const { jobs } = readSynthesized(input);
      if (!jobs.length) throw new UsageError(`${input}: no google_ml_engine_job resources; nothing to export`);
      const { files, warnings } = exportJobs(jobs, format, options.project);
      if (options.out === undefined || options.out === '-') {
        io.out(files.map((file) => `# file: ${file.path}\n${file.text}`).join(''));
      } else {
        const written = writeFilesInto(options.out, files.map((file) => ({ ...file, ...(file.path === SCRIPT ? { executable: true } : {}) })), options.force);
        for (const file of written) io.out(`${file}\n`);
      }
      for (const warning of warnings) io.err(`mljob: warning: ${commentText(warning)}\n`);
    });
}

/**
 * The files of an export, in the order of the jobs (by stack and address), and what the user should know. Throws a
 * `UsageError` when no job can be exported in the format, and an `ExportError` for a job that cannot be.
 */
function exportJobs(jobs: readonly DesiredJob[], format: Format, project?: string): { files: ExportFile[]; warnings: string[] } {
  const files: ExportFile[] = [];
  const warnings: string[] = [];
  const commands: string[] = [];
  const claim = fileNamer([SCRIPT]);
  for (const desired of jobs) {
    const strings = desired.strings;
    const jobId = typeof desired.job.jobId === 'string' ? text(desired.job.jobId, strings) : undefined;
    const name = jobId ?? desired.address.slice(desired.address.lastIndexOf('.') + 1);
    if (format === 'gcloud-yaml' && desired.job.predictionInput !== undefined && desired.job.trainingInput === undefined) {
      warnings.push(`${desired.resource}: batch prediction job ${name} skipped: gcloud has no --config file for batch prediction; export it with --format rest-json`);
      continue;
    }
    const file = claim(desired.stack, name, format === 'gcloud-yaml' ? '.yaml' : '.json');
    if (file.renamed) warnings.push(`${desired.resource}: ${file.renamed}`);
    const location = desired.resource;
    if (format === 'gcloud-yaml') {
      const projectId = project ?? projectOf(desired, strings, warnings);
      const exported = exportGcloudTraining(desired.job, { location, strings, configPath: file.path, ...(projectId !== undefined ? { project: projectId } : {}) });
      files.push({ path: file.path, text: exported.configYaml });
      commands.push(`# ${commentText(desired.resource)}`, exported.commandLine);
      warnings.push(...exported.warnings.map((w) => `${location}: ${w}`));
    } else {
      const exported = exportRestCreateBody(desired.job, { location, strings });
      files.push({ path: file.path, text: exported.json });
      warnings.push(...exported.warnings.map((w) => `${location}: ${w}`));
    }
  }
  if (!files.length) {
    throw new UsageError(`nothing to export: the ${jobs.length === 1 ? 'job is a batch prediction job' : `${jobs.length} jobs are batch prediction jobs`}, `
      + 'which gcloud cannot submit from a --config file; use --format rest-json');
  }
  if (format === 'gcloud-yaml') files.push({ path: SCRIPT, text: submitScript(commands) });
  return { files, warnings };
}

/** `submit.sh`: one `gcloud … submit training` command per job, with `--config` paths relative to the script. */
function submitScript(commands: readonly string[]): string {
  return [
    '#!/bin/sh',
    '# Submits the training jobs exported by cdktf-gcp-ml-jobs (mljob export), one command per job. A job id can be',
    '# used only once: give a job a new id (the word after "training") to submit it again.',
    'set -e',
    'cd "$(dirname "$0")"',
    ...commands,
    '',
  ].join('\n');
}


function text(value: string, strings: StringSemantics): string {
  return strings === 'terraform' ? unescapeTemplate(value) : value;
}

/** The job's project as literal text; a Terraform reference is left out of the command, with a warning. */
function projectOf(desired: DesiredJob, strings: StringSemantics, warnings: string[]): string | undefined {
  if (desired.project === undefined) return undefined;
  if (strings === 'terraform' && isTemplateExpression(desired.project)) {
    warnings.push(`${desired.resource}: the project is a Terraform reference (${desired.project}); the command has no --project (pass --project)`);
    return undefined;
  }
  return text(desired.project, strings);
}

/** A file name made from untrusted text: only `[A-Za-z0-9_.-]`, no `..`, no leading `.` or `-`, never empty. */
function safeFileName(name: string, fallback = 'job'): string {
  const safe = name
    .replace(/[^A-Za-z0-9_.-]/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^[.-]/, '_')
    .slice(0, MAX_NAME);
  // Windows reserves these names in every folder, whatever the extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(safe)) return `${safe}_`;
  return safe || fallback;
}

/** A claimed file: its path and, when its name was taken, what it was renamed to. */
interface ClaimedFile {
  readonly path: string;
  readonly renamed?: string;
}

/**
 * Hands out unique `<stack>/<name><ext>` paths, first come first served; names that differ only in case count as
 * the same (case-insensitive file systems), and a taken name gets `-2`, `-3`, ….
 */
function fileNamer(reserved: readonly string[]): (stack: string, name: string, ext: string) => ClaimedFile {
  const takenTop = new Set(reserved.map((r) => r.toLowerCase()));
  const stackDirs = new Map<string, string>();
  const takenIn = new Map<string, Set<string>>();
  const unique = (base: string, suffix: string, taken: Set<string>): string => {
    let candidate = `${base}${suffix}`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}${suffix}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  return (stack, name, ext) => {
    let dir = stackDirs.get(stack);
    if (dir === undefined) {
      dir = unique(safeFileName(stack, 'stack'), '', takenTop);
      stackDirs.set(stack, dir);
      takenIn.set(dir, new Set());
    }
    const wanted = `${safeFileName(name)}${ext}`;
    const file = unique(safeFileName(name), ext, takenIn.get(dir)!);
    return { path: `${dir}/${file}`, ...(file !== wanted ? { renamed: `the file name ${dir}/${wanted} is taken; written as ${dir}/${file}` } : {}) };
  };
}

