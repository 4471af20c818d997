import * as fs from 'fs';
import * as path from 'path';
import { InputFileError } from '../read/input-file-error';
import { readInputFile } from '../read/read-input-file';
import { JobCompleteness } from '../read/read-job-file';
import { CustomJob } from '../model/custom-job';
import { Job } from '../model/job';
import { CONFIG_FILE_NAMES } from '../policy/config';
import { FindingLocation } from '../report/check-report';
import { literalJob, literalObject, literalText } from '../plan/desired-strings';
import { inputErrnoMessage, readSynthesized } from '../plan/read-synthesized';
import { readJobDocument } from '../read/read-job-document';

/** One job to check, from whatever input held it. */
export interface CheckSubject {
  /** How reports name it: `<stack>/<address>` for synthesized jobs, `<file>` or `<file>#jobs[2]` for job files. */
  readonly resource: string;
  readonly job: Job;
  readonly completeness: JobCompleteness;
  readonly location: FindingLocation;
  /** The synthesized resource block, when the job came from Terraform JSON (metadata such as suppressions). */
  readonly raw?: { readonly [name: string]: unknown };
}

/** One Vertex AI custom job to check, from whatever input held it. */
export interface CustomJobCheckSubject {
  /** How reports name it: `<stack>/<address>` for synthesized jobs, `<file>` or `<file>#customJobs[2]` for job files. */
  readonly resource: string;
  readonly customJob: CustomJob;
  /** The job's region, when the input names it. */
  readonly region?: string;
  readonly completeness: JobCompleteness;
  readonly location: FindingLocation;
  /** The synthesized resource block, when the job came from Terraform JSON (metadata such as suppressions). */
  readonly raw?: { readonly [name: string]: unknown };
  /** What the reader left out, by name. */
  readonly warnings: string[];
}

/** Options of `readCheckSubjects`. */
export interface CheckInputOptions {
  /** Overrides the completeness of job files (`--complete` / `--partial`). */
  readonly completeness?: JobCompleteness;
}

/**
 * Reads every job of the inputs: a cdktf output directory (`manifest.json`), a stack directory, a `cdk.tf.json`, a
 * Terraform plan JSON, a job file (REST/gcloud JSON, `describe` YAML, gcloud `--config` YAML, of ML Engine or Vertex
 * AI, or gcloud `ai custom-jobs create` command lines), or a folder of job files. Synthesized jobs are complete; job
 * files are complete when they carry a `jobId` (a custom job: a display name and spec, or a full command), else
 * partial. ML Engine jobs come first, then Vertex AI custom jobs, each in input order.
 */
export function readCheckSubjects(inputs: readonly string[], options: CheckInputOptions = {}): CheckSubject[] {
  return readAllCheckSubjects(inputs, options).jobs;
}

/** The ML Engine jobs and the Vertex AI custom jobs of the inputs (see `readCheckSubjects`). */
export function readAllCheckSubjects(inputs: readonly string[], options: CheckInputOptions = {}): { jobs: CheckSubject[]; customJobs: CustomJobCheckSubject[] } {
  const subjects: CheckSubject[] = [];
  const customJobs: CustomJobCheckSubject[] = [];
  for (const input of inputs.flatMap(jobFilesOfFolder)) {
    if (isSynthesizedInput(input)) {
      const synthesized = readSynthesized(input);
      for (const job of synthesized.jobs) {
        // The rules see what the service receives: `$${` in cdk.tf.json is a literal `${`.
        subjects.push({ resource: job.resource, job: literalJob(job.job, job.strings, job.escapes), completeness: options.completeness ?? 'complete', location: job.location, raw: job.raw });
      }
      for (const job of synthesized.customJobs) {
        const region = job.region === undefined ? undefined : literalText(job.region, job.strings);
        customJobs.push({
          resource: job.resource,
          customJob: literalObject(job.customJob, job.strings, job.escapes),
          ...(region !== undefined ? { region } : {}),
          completeness: options.completeness ?? 'complete',
          location: job.location,
          raw: job.raw,
          warnings: [],
        });
      }
      continue;
    }
    const document = readJobDocument(input, options.completeness ? { completeness: options.completeness } : {});
    for (const read of document.customJobs) {
      const pointer = read.location.slice(input.length);
      customJobs.push({
        resource: read.location,
        customJob: read.customJob,
        ...(read.region !== undefined ? { region: read.region } : {}),
        completeness: read.completeness,
        location: { file: input, ...(/^#(customJobs)?\[\d+\]$/.test(pointer) ? { pointer: jsonPointer(pointer) } : {}) },
        warnings: read.warnings,
      });
    }
    for (const read of document.jobs) {
      const pointer = read.location.slice(input.length);
      subjects.push({
        resource: read.location,
        job: read.job,
        completeness: read.completeness,
        location: { file: input, ...(pointer ? { pointer: jsonPointer(pointer) } : {}) },
      });
    }
  }
  return { jobs: subjects, customJobs };
}

/**
 * A folder that holds no synthesized output (no `manifest.json`, no `cdk.tf.json`) is a folder of job files, such as
 * a repository's `configs/`: its `.json`, `.yaml` and `.yml` files, not recursively, in name order. Anything else is
 * itself.
 */
function jobFilesOfFolder(input: string): string[] {
  let entries: fs.Dirent[];
  try {
    if (!fs.statSync(input).isDirectory()) return [input];
    if (fs.existsSync(path.join(input, 'manifest.json')) || fs.existsSync(path.join(input, 'cdk.tf.json'))) return [input];
    entries = fs.readdirSync(input, { withFileTypes: true });
  } catch {
    return [input]; // reported by the reader, with its reason
  }
  // The policy configuration that sits beside the job files is not a job.
  const files = entries.filter((e) => e.isFile() && /\.(json|ya?ml)$/i.test(e.name) && !/\.tf\.json$/i.test(e.name) && !CONFIG_FILE_NAMES.includes(e.name)).map((e) => e.name).sort();
  if (files.length === 0) return [input]; // "no stacks here", as before
  return files.map((name) => path.join(input, name));
}

/** Directories, `cdk.tf.json` files and JSON with Terraform's top-level keys are synthesized output. */
function isSynthesizedInput(input: string): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch (error) {
    throw new InputFileError(input, '', inputErrnoMessage(input, error));
  }
  if (stat.isDirectory()) return true;
  // A device or a FIFO would never end or would block (`check /dev/zero`); the reader says so in one line.
  if (!stat.isFile()) readInputFile(input);
  if (/\.tf\.json$/i.test(input)) return true;
  if (/\.tf$/i.test(input)) throw new InputFileError(input, '', 'mljob check reads synthesized JSON and job files, not HCL; synthesize first (cdktf synth), or turn it into code with mljob import');
  if (path.extname(input).toLowerCase() !== '.json') return false;
  // Peek at the start only: a plan or synthesized stack names Terraform's own top-level keys early.
  const head = readHead(input);
  return /^\s*\{\s*"(\/\/|format_version|terraform|resource|provider|data|locals|variable|output|module)"/.test(head);
}

function readHead(file: string): string {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(file, '', code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? (error as Error).message})`);
  }
  try {
    const buffer = Buffer.alloc(512);
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** `#jobs[2]` → `/jobs/2`; `#[2]` → `/2`. */
function jsonPointer(fragment: string): string {
  return fragment.replace(/^#/, '/').replace(/\[(\d+)\]/g, '/$1').replace(/\/\//g, '/');
}
