import type { ScalarTag, Tags } from 'yaml';
import { isServerOutput } from '../model/api-schema';
import { Job } from '../model/job';
import { InputFileError, inputFileFailure } from './input-file-error';
import { parseJsonText, parseYamlText } from './parse-document';
import { readInputFile } from './read-input-file';
import { checkSizes, pathText } from './size-limits';
import { isPlainObject } from '../model/plain-object';

/** How much of a job a document holds (see `Completeness` of the rule engine). */
export type JobCompleteness = 'complete' | 'partial';

/** One job read from a file. */
export interface JobInput {
  /** The API job (a gcloud `--config` file has no `jobId`). */
  readonly job: Job;
  readonly completeness: JobCompleteness;
  /** Where it came from: the file, plus `#jobs[2]` or `#[2]` for one job of several. */
  readonly location: string;
}

/** Options for reading job files. */
export interface ReadJobOptions {
  /** Force every job to be treated as complete or partial instead of deciding by the presence of `jobId`. */
  readonly completeness?: JobCompleteness;
}

/**
 * Reads the jobs of a REST or gcloud JSON file (one job, a REST list response `{ "jobs": [...] }`, or an array), a
 * gcloud `describe` YAML, or a gcloud `--config` YAML (`trainingInput:` at the root).
 *
 * YAML is read as YAML 1.1, as gcloud reads it: `True`, `yes` and `on` are booleans, `.95` is a number.
 */
export function readJobFile(file: string, options: ReadJobOptions = {}): JobInput[] {
  return parseJobDocument(readInputFile(file), file, options);
}

/** Parses the text of a job file; `file` is only used in messages and locations. */
export function parseJobDocument(text: string, file: string, options: ReadJobOptions = {}): JobInput[] {
  return jobsOfDocument(parseJobText(text, file), file, options);
}

/**
 * Parses the text of a job file of either service: JSON for a `.json` file, else YAML 1.1 as gcloud reads it. Only
 * `file` names the file in messages.
 */
export function parseJobText(text: string, file: string): unknown {
  return /\.json$/i.test(file) ? parseJsonText(text, inputFileFailure(file)) : parseYaml(text, file);
}

/**
 * YAML 1.1 floats as gcloud's reader (ruamel.yaml, version 1.1) resolves them: the mantissa needs a digit, so `e1`,
 * `E0` and `.` stay strings (the yaml package reads them as NaN), and a leading-dot float takes no sign (`-.5` is a
 * string). Checked against the gcloud SDK's `googlecloudsdk.core.yaml.load`.
 */
function gcloudFloats(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:float' || !(tag.test instanceof RegExp)) return tag;
    const scalar = tag as ScalarTag;
    if (scalar.format === 'EXP') return { ...scalar, test: /^(?:[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)[eE][-+]?[0-9]+$/ };
    if (scalar.format === undefined && scalar.test!.source.endsWith('\\.[0-9_]*$')) return { ...scalar, test: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/ };
    return tag;
  });
}

function parseYaml(text: string, file: string): unknown {
  return parseYamlText(text, inputFileFailure(file), { version: '1.1', customTags: gcloudFloats }).value;
}

/** The ML Engine jobs of a parsed job file: one job, a REST list (`{ "jobs": [...] }`) or an array. */
export function jobsOfDocument(value: unknown, file: string, options: ReadJobOptions = {}): JobInput[] {
  if (Array.isArray(value)) return value.map((item, i) => jobOf(item, `${file}#[${i}]`, file, options));
  if (isPlainObject(value) && Array.isArray(value.jobs) && !('trainingInput' in value) && !('predictionInput' in value)) {
    return value.jobs.map((item, i) => jobOf(item, `${file}#jobs[${i}]`, file, options));
  }
  if (isPlainObject(value) && Object.keys(value).length === 0) return []; // a REST list with no jobs is `{}`
  return [jobOf(value, file, file, options)];
}

function jobOf(value: unknown, location: string, file: string, options: ReadJobOptions): JobInput {
  if (!isPlainObject(value)) {
    throw new InputFileError(file, location === file ? '' : location.slice(file.length + 1), `expected a job object, found ${describe(value)}`);
  }
  if (!('trainingInput' in value) && !('predictionInput' in value) && !('jobId' in value)) {
    throw new InputFileError(file, location === file ? '' : location.slice(file.length + 1), 'no job here: expected trainingInput, predictionInput or jobId at the top level');
  }
  const within = location === file ? '' : location.slice(file.length + 1);
  checkSizes(value, (path, problem) => new InputFileError(file, [within, pathText(path)].filter(Boolean).join('.'), problem));
  const completeness = options.completeness ?? completenessOf(value, file);
  return { job: value as unknown as Job, completeness, location };
}

/**
 * A job without an id is a gcloud `--config` file. So is a YAML file with an id but no server-written field: gcloud's
 * own `--config` help shows a `jobId` in the file, with the module still given by `--module-name`. A JSON file with
 * an id is a REST body; describe or list output (any output-only field) is complete in any format.
 */
function completenessOf(value: Record<string, unknown>, file: string): JobCompleteness {
  if (!('jobId' in value)) return 'partial';
  if (isServerOutput(value)) return 'complete';
  return /\.json$/i.test(file) ? 'complete' : 'partial';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
