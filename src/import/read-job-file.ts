import type * as yaml from 'yaml';
import type { ScalarTag, Tags } from 'yaml';
import { isServerOutput } from '../model/api-schema';
import { Job } from '../model/job';
import { jsonSyntaxError } from '../model/json-syntax-error';
import { lineAndColumn } from '../model/text-position';
import { checkDepth } from './depth-guard';
import { InputFileError } from './input-file-error';
import { readInputFile } from './read-input-file';
import { checkSizes, pathText, withinLimits } from './size-limits';
import { checkYamlDocument, checkYamlText } from './yaml-guard';

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
  const value = /\.json$/i.test(file) ? parseJson(text, file) : parseYaml(text, file);
  return jobsOf(value, file, options);
}

/**
 * Parses JSON text (a leading byte-order mark is ignored); a syntax error becomes an `InputFileError` with the line
 * and column, and so does nesting past `MAX_DEPTH` (with the path of the first value too deep).
 */
export function parseJson(text: string, file: string): unknown {
  const value = parseJsonText(text, file);
  checkDepth(value, (location, problem) => new InputFileError(file, location, problem));
  return value;
}

/** A parsed JSON document, and whether it is within every size limit (see `parseJsonDocument`). */
export interface JsonDocument {
  readonly value: unknown;
  /** True when every value in it is within `checkSizes`' limits: readers may skip their checks of its parts. */
  readonly sized: boolean;
}

/**
 * `parseJson` for a large document whose parts are then checked with `checkSizes` (synthesized stacks, states): one
 * walk checks the depth and every size of the whole document, and says so in `sized`, so the parts need no walk of
 * their own. When the walk finds a value past a limit, `checkDepth` runs as in `parseJson`, and `sized` is false.
 */
export function parseJsonDocument(text: string, file: string): JsonDocument {
  const value = parseJsonText(text, file);
  if (withinLimits(value)) return { value, sized: true };
  checkDepth(value, (location, problem) => new InputFileError(file, location, problem));
  return { value, sized: false };
}

function parseJsonText(text: string, file: string): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (error) {
    const { line, column, problem } = jsonSyntaxError(json, error);
    throw new InputFileError(file, `${line}:${column}`, `invalid JSON: ${problem}`);
  }
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
  // Loaded for the first YAML file only: `mljob check` of JSON files never needs it.
  const { parseDocument } = require('yaml') as typeof yaml;
  const fail = (problem: string, offset?: number): InputFileError => {
    if (offset === undefined) return new InputFileError(file, '', problem);
    const { line, column } = lineAndColumn(text, offset);
    return new InputFileError(file, `${line}:${column}`, problem);
  };
  checkYamlText(text, fail);
  const document = parseDocument(text, { version: '1.1', prettyErrors: false, uniqueKeys: true, customTags: gcloudFloats });
  const error = document.errors[0];
  if (error) throw fail(`invalid YAML: ${error.message.split('\n')[0]}`, error.pos[0]);
  checkYamlDocument(document, fail);
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml refuses documents whose aliases expand past maxAliasCount (a "billion laughs" file).
    throw new InputFileError(file, '', `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function jobsOf(value: unknown, file: string, options: ReadJobOptions): JobInput[] {
  if (Array.isArray(value)) return value.map((item, i) => jobOf(item, `${file}#[${i}]`, file, options));
  if (isObject(value) && Array.isArray(value.jobs) && !('trainingInput' in value) && !('predictionInput' in value)) {
    return value.jobs.map((item, i) => jobOf(item, `${file}#jobs[${i}]`, file, options));
  }
  if (isObject(value) && Object.keys(value).length === 0) return []; // a REST list with no jobs is `{}`
  return [jobOf(value, file, file, options)];
}

function jobOf(value: unknown, location: string, file: string, options: ReadJobOptions): JobInput {
  if (!isObject(value)) {
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


function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
