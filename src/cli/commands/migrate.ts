import * as path from 'path';
import { Command } from 'commander';
import { commentText } from '../../import/codegen/ts-syntax';
import { exportCustomJobRestBody, exportGcloudCustomJob } from '../../import/export-custom-job';
import { generateTypeScript, ImportedCustomJob } from '../../import/generate-typescript';
import { Catalog } from '../../catalog/catalog';
import { migrateTrainingJob } from '../../migrate/migrate-training-job';
import { MigrationNote } from '../../migrate/migration-note';
import { Job } from '../../model/job';
import { readHclJobs } from '../../read/read-hcl-jobs';
import { readJobDocument } from '../../read/read-job-document';
import { printable } from '../../read/printable';
import { checkCustomJob } from '../../rules/vertex/check-custom-job';
import { CliIo } from '../cli-io';
import { fileNamer, SUBMIT_SCRIPT, submitScript } from '../export-files';
import { catalogOption, formatOption, todayOption } from '../options';
import { UsageError } from '../usage-error';
import { OutputFile, writeFilesInto, writeOutput } from '../write-output';

const TARGETS = ['typescript', 'gcloud-yaml', 'rest-json'] as const;

/** Options of `mljob migrate`. */
interface MigrateOptions {
  to: string;
  out?: string;
  force?: boolean;
  className?: string;
  project?: string;
  today?: string;
  catalog?: string;
}

/** One ML Engine training job, migrated. */
interface Migrated {
  /** Where it came from (`jobs.json#jobs[2]`). */
  readonly location: string;
  /** Its jobId, or the file's name: how files are named. */
  readonly name: string;
  readonly migration: ReturnType<typeof migrateTrainingJob>;
}

/**
 * `mljob migrate FILE… --to typescript|gcloud-yaml|rest-json [--out FILE|DIR]`: ML Engine (AI Platform Training) jobs
 * as Vertex AI custom jobs, through `migrateTrainingJob`: a TypeScript stack of `VertexCustomJob` constructs, gcloud
 * `ai custom-jobs create --config` files with their commands, or REST create bodies. Every field that could not be
 * carried over (maxWaitTime, hyperparameter tuning, …) is reported by name on standard error, with the Vertex AI rule
 * findings of the migrated job; nothing is dropped silently. An existing file is never overwritten without --force.
 */
export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('migrate ML Engine training jobs to Vertex AI custom jobs: TypeScript (VertexCustomJob), gcloud ai custom-jobs --config files, or REST bodies; what cannot be carried over is reported by name')
    .argument('<files...>', 'ML Engine job files: REST/gcloud JSON (a job, a list response, an array), describe YAML, gcloud --config YAML, Terraform .tf/.tf.json')
    .requiredOption('--to <target>', TARGETS.join('|'))
    .option('--out <file|dir>', 'typescript: the file to write; gcloud-yaml and rest-json: the directory of the files (default: standard output)')
    .option('--force', 'overwrite files that exist')
    .option('--class-name <name>', 'typescript: the generated stack class (default MigratedJobsStack)')
    .option('--project <id>', 'the project of the generated stack (typescript) or the --project of the gcloud commands')
    .option('--today <date>', 'the date the rules judge end-of-availability by (YYYY-MM-DD; default: today)')
    .option('--catalog <file>', 'a catalog override file (JSON/YAML) merged over the built-in facts (its vertex section: machines, accelerators, prebuilt containers); format: docs/CATALOG.md')
    .action(async (files: string[], options: MigrateOptions) => {
      const to = formatOption(options.to, TARGETS, '--to');
      const today = todayOption(options.today);
      const catalog = catalogOption(options.catalog);
      const { migrated, skipped } = await migrateFiles(files, catalog);
      if (!migrated.length) throw new UsageError(`migrate: no training jobs in ${files.join(', ')}; nothing to migrate`);
      // The output first: a refusal to overwrite is the one line of a failed run. Then what the user must know.
      writeMigrated(io, migrated, to, options, today, catalog);
      for (const location of skipped) io.err(`mljob: warning: ${printable(location)}: not a training job (a batch prediction job has no Vertex AI custom job equivalent); skipped\n`);
      for (const job of migrated) reportNotes(io, job, today, catalog);
    });
}

/** Writes the migrated jobs in the `--to` form: to `--out` (a file, or a directory of files) or standard output. */
function writeMigrated(io: CliIo, migrated: readonly Migrated[], to: (typeof TARGETS)[number], options: MigrateOptions, today: string | undefined, catalog: Catalog): void {
  if (to === 'typescript') {
    const generated = generateTypeScript(migrated.map(importedOf), {
      className: options.className ?? 'MigratedJobsStack',
      purpose: 'migrate',
      catalog,
      ...(options.project !== undefined ? { project: options.project } : {}),
      ...(today ? { today } : {}),
    });
    writeOutput(io, generated.code, options.out, options.force);
    if (options.out !== undefined && options.out !== '-') io.out(`Wrote ${options.out}: ${migrated.length} ${migrated.length === 1 ? 'job' : 'jobs'} in the stack class ${generated.className}.\n`);
    return;
  }
  const outputFiles = exportFiles(migrated, to, options.project);
  if (options.out === undefined || options.out === '-') {
    io.out(outputFiles.map((file) => `# file: ${file.path}\n${file.text}`).join(''));
  } else {
    for (const written of writeFilesInto(options.out, outputFiles, options.force)) io.out(`${written}\n`);
  }
}

/** The training jobs of the files, migrated with the catalog's Vertex facts, in input order, and where the skipped batch prediction jobs are. */
async function migrateFiles(files: readonly string[], catalog: Catalog): Promise<{ migrated: Migrated[]; skipped: string[] }> {
  const migrated: Migrated[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    for (const { job, location } of await readMlEngineJobs(file)) {
      if (job.trainingInput === undefined) {
        skipped.push(location);
        continue;
      }
      const name = typeof job.jobId === 'string' && job.jobId ? job.jobId : path.basename(file).replace(/\.[^.]*$/, '') || 'job';
      migrated.push({ location, name, migration: migrateTrainingJob(job, catalog.vertex) });
    }
  }
  return { migrated, skipped };
}

async function readMlEngineJobs(file: string): Promise<Array<{ job: Job; location: string }>> {
  if (/\.tf(\.json)?$/i.test(file)) return (await readHclJobs(file)).map((imported) => ({ job: imported.job, location: imported.location }));
  const document = readJobDocument(file);
  if (document.customJobs.length) throw new UsageError(`${file}: already Vertex AI custom jobs; mljob migrate reads ML Engine jobs (mljob import and export read custom jobs)`);
  return document.jobs.map((read) => ({ job: read.job, location: read.location }));
}

/** Every migration note and every Vertex rule finding (not info) of the migrated job, one line each on standard error. */
function reportNotes(io: CliIo, job: Migrated, today: string | undefined, catalog: Catalog): void {
  for (const note of job.migration.notes) io.err(`mljob: ${noteLabel(note)}: ${printable(`${job.location}: ${note.field}: ${note.message}`)}\n`);
  const findings = checkCustomJob(job.migration.customJob, {
    catalog: catalog.vertex,
    ...(job.migration.location !== undefined ? { location: job.migration.location } : {}),
    ...(today ? { today } : {}),
  });
  for (const finding of findings.filter((f) => f.severity !== 'info')) {
    io.err(`mljob: ${finding.severity}: ${printable(`${job.location}: ${finding.ruleId} ${finding.path}: ${finding.message}`)}\n`);
  }
}

/** `not carried over` for a dropped field; `missing` and `changed` as they are. */
function noteLabel(note: MigrationNote): string {
  return note.outcome === 'dropped' ? 'not carried over' : note.outcome;
}

function importedOf(job: Migrated): ImportedCustomJob {
  return {
    customJob: job.migration.customJob,
    location: job.location,
    ...(job.migration.location !== undefined ? { region: job.migration.location } : {}),
    completeness: 'complete',
    warnings: job.migration.notes.filter((note) => note.outcome !== 'changed').map((note) => `${note.outcome === 'dropped' ? 'not carried over' : note.outcome}: ${note.field}: ${note.message}`),
  };
}

/** The files of `--to gcloud-yaml` (one `--config` file per job and `submit.sh`) or `--to rest-json` (one body per job). */
function exportFiles(migrated: readonly Migrated[], to: 'gcloud-yaml' | 'rest-json', project: string | undefined): OutputFile[] {
  const claim = fileNamer([SUBMIT_SCRIPT]);
  const files: OutputFile[] = [];
  const commands: string[] = [];
  for (const job of migrated) {
    const file = claim(undefined, job.name, to === 'gcloud-yaml' ? '.yaml' : '.json');
    if (to === 'gcloud-yaml') {
      const exported = exportGcloudCustomJob(job.migration.customJob, {
        location: job.location,
        configPath: file.path,
        ...(job.migration.location !== undefined ? { region: job.migration.location } : {}),
        ...(project !== undefined ? { project } : {}),
      });
      files.push({ path: file.path, text: exported.configYaml });
      commands.push(`# ${commentText(job.location)}`, exported.commandLine);
    } else {
      files.push({ path: file.path, text: exportCustomJobRestBody(job.migration.customJob, { location: job.location }).json });
    }
  }
  if (to === 'gcloud-yaml') files.push({ path: SUBMIT_SCRIPT, text: submitScript(commands), executable: true });
  return files;
}
