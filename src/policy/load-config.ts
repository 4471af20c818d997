import * as path from 'path';
import type { Document } from 'yaml';
import { isMap, isPair, isScalar } from 'yaml';
import { z } from '../zod';
import { InputFileError, inputFileFailure } from '../read/input-file-error';
import { parseYamlText } from '../read/parse-document';
import { readInputFile } from '../read/read-input-file';
import { checkSizes } from '../read/size-limits';
import { lineAndColumn } from '../read/text-position';
import { ConfigPosition, PolicyConfig } from './config';
import { POLICY_PACK_NAMES } from './packs/all-packs';

/** Reads and validates a configuration file. Throws `InputFileError` (`file:line:col: problem`) when it is not valid. */
export function loadConfig(file: string): PolicyConfig {
  return parseConfig(readInputFile(file), file);
}

/**
 * Validates the text of a configuration file. `file` names it in errors and resolves relative plugin paths.
 * Throws `InputFileError` on the first problem.
 */
export function parseConfig(text: string, file: string): PolicyConfig {
  const { value: read, document: doc } = parseYamlText(text, inputFileFailure(file));
  const value = read ?? {};
  // Before validation, which would describe each of a million bad entries.
  checkSizes(value, (entryPath, problem) => {
    const { line, column } = positionOf(doc, text, entryPath);
    return new InputFileError(file, `${line}:${column}`, problem);
  });
  const parsed = CONFIG.safeParse(value);
  if (!parsed.success) throw issueError(file, doc, text, parsed.error.issues);
  const data = parsed.data;
  const at = (entryPath: ReadonlyArray<string | number>, key = false): ConfigPosition => positionOf(doc, text, entryPath, key);

  const packs = data.packs ?? [];
  packs.forEach((pack, i) => {
    if (!KNOWN_PACKS.includes(pack)) {
      const { line, column } = at(['packs', i]);
      throw new InputFileError(file, `${line}:${column}`, `unknown pack "${pack}"; the packs are ${KNOWN_PACKS.join(', ')}`);
    }
  });
  const positions: { [entryPath: string]: ConfigPosition } = {};
  packs.forEach((_, i) => (positions[`packs[${i}]`] = at(['packs', i])));
  for (const [ruleId, settings] of Object.entries(data.rules ?? {})) {
    positions[`rules.${ruleId}`] = at(['rules', ruleId], true);
    for (const name of Object.keys(settings.parameters ?? {})) {
      positions[`rules.${ruleId}.parameters.${name}`] = at(['rules', ruleId, 'parameters', name], true);
    }
  }
  (data.plugins ?? []).forEach((_, i) => (positions[`plugins[${i}]`] = at(['plugins', i])));
  (data.suppressions ?? []).forEach((_, i) => (positions[`suppressions[${i}]`] = at(['suppressions', i])));

  const base = path.dirname(path.resolve(file));
  return {
    file,
    packs,
    failOn: data.failOn ?? 'error',
    rules: data.rules ?? {},
    plugins: (data.plugins ?? []).map((plugin) => path.resolve(base, plugin)),
    suppressions: (data.suppressions ?? []).map((s) => ({
      rule: s.rule,
      resource: s.resource,
      ...(s.reason !== undefined ? { reason: s.reason } : {}),
      ...(s.expires !== undefined ? { expires: s.expires } : {}),
    })),
    positions,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation (internal; zod never leaves this module).

const KNOWN_PACKS = POLICY_PACK_NAMES;

function expecting(what: string) {
  return { error: (issue: { input: unknown }) => (issue.input === undefined ? 'required' : `expected ${what}`) };
}

/** The longest resource glob of a suppression. */
const MAX_GLOB_LENGTH = 4096;

const text = z.string(expecting('a string')).min(1, { error: 'expected a non-empty string' });
const day = z
  .string(expecting('a date YYYY-MM-DD'))
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDay(value), {
    error: 'expected a date YYYY-MM-DD',
  });

/** True when `YYYY-MM-DD` names a day of the calendar: not month 13 (an invalid Date, which toISOString throws on), nor 02-30. */
function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const RULE_SETTINGS = z.strictObject(
  {
    severity: z.enum(['error', 'warning', 'info', 'off'], expecting('error, warning, info or off')).optional(),
    parameters: z.record(z.string(), z.unknown(), expecting('a mapping of parameter names to values')).optional(),
  },
  expecting('a mapping with severity and/or parameters'),
);

const SUPPRESSION = z.strictObject(
  {
    rule: text,
    // picomatch refuses globs past 65,536 characters (an internal error here before); resource names are far shorter.
    resource: text.max(MAX_GLOB_LENGTH, { error: `expected a glob of at most ${MAX_GLOB_LENGTH} characters` }),
    // A missing or empty reason is allowed here: it is reported as finding MLJ-POL-001, not as a broken file.
    reason: z.string(expecting('a string')).optional(),
    expires: day.optional(),
  },
  expecting('a mapping with rule, resource, reason and expires'),
);

const CONFIG = z.strictObject(
  {
    packs: z.array(text, expecting('a list of pack names')).optional(),
    failOn: z.enum(['error', 'warning', 'info', 'never'], expecting('error, warning, info or never')).optional(),
    rules: z.record(text, RULE_SETTINGS, expecting('a mapping of rule ids to settings')).optional(),
    plugins: z.array(text, expecting('a list of module paths')).optional(),
    suppressions: z.array(SUPPRESSION, expecting('a list of suppressions')).optional(),
  },
  expecting('a mapping with packs, failOn, rules, plugins or suppressions'),
);

/** The first zod issue as a one-line error at its position in the file. */
function issueError(file: string, doc: Document, text: string, issues: readonly z.core.$ZodIssue[]): InputFileError {
  const issue = issues[0];
  const entryPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  let problem = issue.message;
  let position = positionOf(doc, text, entryPath);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    problem = `unknown field "${key}"${entryPath.length === 0 ? '; expected packs, failOn, rules, plugins or suppressions' : ''}`;
    position = positionOf(doc, text, [...entryPath, key], true);
  } else if (problem === 'required') {
    problem = `${String(entryPath[entryPath.length - 1])} is required`;
  }
  if (issues.length > 1) problem += ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})`;
  return new InputFileError(file, `${position.line}:${position.column}`, problem);
}

/**
 * The position of the node at `entryPath` (its key when `key` is set), or of the closest existing parent: a missing
 * field is reported where its mapping starts.
 */
function positionOf(doc: Document, text: string, entryPath: ReadonlyArray<string | number>, key = false): ConfigPosition {
  for (let length = entryPath.length; length >= 0; length--) {
    const parentPath = entryPath.slice(0, Math.max(0, length - 1));
    const last = entryPath[length - 1];
    if (key && length === entryPath.length && length > 0) {
      const parent = doc.getIn(parentPath, true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(last));
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return lineAndColumn(text, range[0]);
      }
    }
    const node = length === 0 ? doc.contents : doc.getIn(entryPath.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineAndColumn(text, range[0]);
  }
  return { line: 1, column: 1 };
}
