import type * as yaml from 'yaml';
import { jsonSyntaxError } from './json-syntax-error';
import { lineAndColumn } from './text-position';
import { checkDepth } from './depth-guard';
import { withinLimits } from './size-limits';
import { checkYamlDocument, checkYamlText } from './yaml-guard';

/** Where in a parsed text a problem is: a 1-based line and column, a path of keys (`trainingInput.args[0]`), or neither (the whole file). */
export interface TextPlace {
  /** 1-based line. */
  readonly line?: number;
  /** 1-based column. */
  readonly column?: number;
  /** The path of keys of the first value in question, when the problem is in the parsed values. */
  readonly path?: string;
}

/** Makes the reader's own one-line error (`InputFileError`, `CatalogFileError`) for a problem at a place of its file. */
export type ParseFailure = (problem: string, place: TextPlace) => Error;

/**
 * Parses JSON text (a leading byte-order mark is ignored). A syntax error is `fail('invalid JSON: …', { line, column })`;
 * nesting past `MAX_DEPTH` is `fail(TOO_DEEP, { path })` with the path of the first value too deep.
 */
export function parseJsonText(text: string, fail: ParseFailure): unknown {
  const value = parseJsonSyntax(text, fail);
  checkDepth(value, (path, problem) => fail(problem, { path }));
  return value;
}

/** A parsed JSON document, and whether all of it is within the size limits (see `parseJsonDocument`). */
export interface JsonDocument {
  readonly value: unknown;
  /** True when every value in it is within `checkSizes`' limits: readers may skip their checks of its parts. */
  readonly sized: boolean;
  /**
   * False when no string in it can hold a Terraform template escape (`$${`, `%%{`): the text has neither, nor a `\u`
   * escape that could spell one. Readers then skip looking for escapes in its values.
   */
  readonly escapes: boolean;
}

/**
 * `parseJsonText` for a large document whose parts are then checked with `checkSizes` (synthesized stacks, states):
 * one walk checks the depth and every size of the whole document, and says so in `sized`, so the parts need no walk
 * of their own. When the walk finds a value past a limit, `checkDepth` runs as in `parseJsonText`, and `sized` is false.
 */
export function parseJsonDocument(text: string, fail: ParseFailure): JsonDocument {
  const value = parseJsonSyntax(text, fail);
  // One search of the text each (a few milliseconds for megabytes) instead of a walk of every string of every job.
  const escapes = text.includes('$${') || text.includes('%%{') || text.includes('\\u');
  if (withinLimits(value)) return { value, sized: true, escapes };
  checkDepth(value, (path, problem) => fail(problem, { path }));
  return { value, sized: false, escapes };
}

function parseJsonSyntax(text: string, fail: ParseFailure): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    const { line, column, problem } = jsonSyntaxError(json, error);
    throw fail(`invalid JSON: ${problem}`, { line, column });
  }
}

/** How to read YAML text: the YAML version (1.2 unless told) and custom tags (how gcloud resolves 1.1 floats). */
export interface YamlTextOptions {
  readonly version?: '1.1' | '1.2';
  readonly customTags?: yaml.SchemaOptions['customTags'];
}

/** A YAML text read: its values, and the document for positions of later problems (`range` of its nodes). */
export interface ParsedYaml {
  readonly value: unknown;
  readonly document: yaml.Document.Parsed;
}

/**
 * Parses YAML text with duplicate keys refused, aliases expanded at most 100 times (no "billion laughs"), and the
 * guards of `yaml-guard` (nesting, entries per collection, list or mapping keys, recursive aliases). A syntax error
 * is `fail('invalid YAML: …', { line, column })`, too many aliases `fail('invalid YAML: …', {})`; what the guards
 * refuse is valid YAML past what mljob reads, said as it is at its line and column.
 */
export function parseYamlText(text: string, fail: ParseFailure, options: YamlTextOptions = {}): ParsedYaml {
  // Loaded for the first YAML file only: `mljob check` of JSON files never needs it.
  const { parseDocument } = require('yaml') as typeof yaml;
  const failAt = (problem: string, offset?: number): Error => fail(problem, offset === undefined ? {} : lineAndColumn(text, offset));
  checkYamlText(text, failAt);
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false, ...options });
  const error = document.errors[0];
  if (error) throw failAt(`invalid YAML: ${yamlProblem(error)}`, error.pos[0]);
  checkYamlDocument(document, failAt);
  try {
    return { value: document.toJS({ maxAliasCount: 100 }), document };
  } catch (error) {
    // yaml refuses documents whose aliases expand past maxAliasCount (a "billion laughs" file).
    throw fail(`invalid YAML: ${(error as Error).message.split('\n')[0]}`, {});
  }
}

/** The first line of yaml's message for `error`, without its position; its advice to call another of its functions is ours to give. */
function yamlProblem(error: yaml.YAMLError): string {
  // `gcloud … list --format=yaml` writes one document per job, separated by `---`.
  if (error.code === 'MULTIPLE_DOCS') return 'a second document starts here; mljob reads one document per file (for a list of jobs, use --format=json)';
  return error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
