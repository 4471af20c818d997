import { Command } from 'commander';
import { commentText } from '../../import/codegen/ts-syntax';
import { exportCustomJobRestBody, exportGcloudCustomJob } from '../../import/export-custom-job';
import { exportGcloudTraining, exportRestCreateBody } from '../../import/export-job';
import { StringSemantics } from '../../read/prepare-job';
import { isTemplateExpression, unescapeTemplate } from '../../read/terraform-templates';
import { DesiredCustomJob, DesiredJob, DesiredResource } from '../../plan/plan-inputs';
import { readSynthesized } from '../../plan/read-synthesized';
import { CliIo } from '../cli-io';
import { formatOption } from '../options';
import { UsageError } from '../usage-error';
import { fileNamer, SUBMIT_SCRIPT as SCRIPT, submitScript } from '../export-files';
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

/**
 * `mljob export [INPUT] --format gcloud-yaml|rest-json [--out DIR]`: the synthesized jobs as gcloud `--config` files
 * with a `submit.sh` of their `gcloud ai-platform jobs submit training` commands, or as REST `projects.jobs.create`
 * bodies; one file per job, `<stack>/<jobId>.yaml|json`. Vertex AI custom jobs become `gcloud ai custom-jobs create`
 * `--config` files (their `CustomJobSpec`) and commands, or `projects.locations.customJobs.create` bodies,
 * `<stack>/<resource name>.yaml|json`.
 *
 * With `--out DIR` the files are written there (all or none: an existing file is refused, before anything is
 * written, unless `--force`); without it they are listed on standard output, each after a `# file: <path>` line.
 */
export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('export the synthesized jobs as gcloud --config files plus their submit commands (gcloud-yaml), '
      + 'or as REST create bodies (rest-json), one file per job: <stack>/<jobId>.yaml|json (Vertex AI custom jobs: '
      + 'gcloud ai custom-jobs create, <stack>/<resource name>.yaml|json)')
    .argument('[input]', 'a cdktf output directory, a stack directory, a cdk.tf.json or a plan JSON', 'cdktf.out')
    .requiredOption('--format <format>', FORMATS.join('|'))
    .option('--out <dir>', 'write the files into this directory (default: list them on standard output, each after a "# file: <path>" line)')
    .option('--force', 'overwrite files that exist in --out')
    .option('--project <id>', 'the --project of the gcloud commands (default: the resource\'s or the google provider\'s project)')
    .action((input: string, options: ExportOptions) => {
      const format = formatOption(options.format, FORMATS);
      const { jobs, customJobs } = readSynthesized(input);
      if (!jobs.length && !customJobs.length) throw new UsageError(`${input}: no google_ml_engine_job or google_vertex_ai_custom_job resources; nothing to export`);
      const { files, warnings } = exportJobs(jobs, customJobs, format, options.project);
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
function exportJobs(jobs: readonly DesiredJob[], customJobs: readonly DesiredCustomJob[], format: Format, project?: string): { files: ExportFile[]; warnings: string[] } {
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
  for (const desired of customJobs) {
    const strings = desired.strings;
    const name = desired.address.slice(desired.address.lastIndexOf('.') + 1);
    const file = claim(desired.stack, name, format === 'gcloud-yaml' ? '.yaml' : '.json');
    if (file.renamed) warnings.push(`${desired.resource}: ${file.renamed}`);
    const location = desired.resource;
    if (format === 'gcloud-yaml') {
      const projectId = project ?? projectOf(desired, strings, warnings);
      const region = regionOf(desired, warnings);
      const exported = exportGcloudCustomJob(desired.customJob, {
        location, strings, configPath: file.path, ...(region !== undefined ? { region } : {}), ...(projectId !== undefined ? { project: projectId } : {}),
      });
      files.push({ path: file.path, text: exported.configYaml });
      commands.push(`# ${commentText(desired.resource)}`, exported.commandLine);
      warnings.push(...exported.warnings.map((w) => `${location}: ${w}`));
    } else {
      const exported = exportCustomJobRestBody(desired.customJob, { location, strings });
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

function text(value: string, strings: StringSemantics): string {
  return strings === 'terraform' ? unescapeTemplate(value) : value;
}

/** The job's project as literal text; a Terraform reference is left out of the command, with a warning. */
function projectOf(desired: DesiredResource, strings: StringSemantics, warnings: string[]): string | undefined {
  if (desired.project === undefined) return undefined;
  if (strings === 'terraform' && isTemplateExpression(desired.project)) {
    warnings.push(`${desired.resource}: the project is a Terraform reference (${desired.project}); the command has no --project (pass --project)`);
    return undefined;
  }
  return text(desired.project, strings);
}

/** A custom job's location as literal text; a Terraform reference is left out of the command, with a warning. */
function regionOf(desired: DesiredCustomJob, warnings: string[]): string | undefined {
  if (desired.region === undefined) return undefined;
  if (desired.strings === 'terraform' && isTemplateExpression(desired.region)) {
    warnings.push(`${desired.resource}: the location is a Terraform reference (${desired.region}); the command has no --region`);
    return undefined;
  }
  return text(desired.region, desired.strings);
}
