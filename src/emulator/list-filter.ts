import { ApiError } from './api-error';
import { isPlainObject } from '../model/plain-object';

/** A parsed `filter` of `projects.jobs.list`: true for the jobs to keep. */
export type JobPredicate = (job: { readonly [field: string]: unknown }) => boolean;

type Operator = '=' | '!=' | ':' | '<' | '<=' | '>' | '>=';

interface Term {
  readonly negated: boolean;
  readonly path: readonly string[];
  readonly operator: Operator;
  readonly value: string;
}

const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|(!=|<=|>=|=|:|<|>)|([^\s"=:<>!()]+)|(\S))/y;

/**
 * Parses the `filter` of `projects.jobs.list`: terms `FIELD OP VALUE` joined by `AND` (or by spaces), each optionally
 * preceded by `NOT` or `-`. FIELD is a dotted path into the job (`state`, `jobId`, `labels.team`,
 * `trainingInput.region`); OP is `=`, `!=`, `:` (has: a prefix with a trailing `*`, a key of a map), `<`, `<=`, `>`
 * or `>=` (timestamps compare as text). VALUE may be quoted. `OR` and parentheses are not supported by the emulator:
 * they are refused with INVALID_ARGUMENT rather than answered wrongly.
 *
 * @example state=FAILED AND labels.team:vision
 * @example jobId:census* AND createTime>"2024-01-01T00:00:00Z"
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs/list
 */
export function parseJobFilter(filter: string | undefined): JobPredicate {
  if (filter === undefined || filter.trim() === '') return () => true;
  const tokens = tokenize(filter);
  const terms: Term[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].text === 'AND' && !tokens[i].quoted) {
      if (terms.length === 0 || i === tokens.length - 1) throw bad(filter, 'AND needs a term on each side');
      i += 1;
      continue;
    }
    if ((tokens[i].text === 'OR') && !tokens[i].quoted) throw bad(filter, 'OR is not supported by the emulator; use AND');
    let negated = false;
    if ((tokens[i].text === 'NOT' || tokens[i].text === '-') && !tokens[i].quoted) {
      negated = true;
      i += 1;
    }
    const field = tokens[i];
    const operator = tokens[i + 1];
    const value = tokens[i + 2];
    if (!field || field.quoted || field.operator || !operator?.operator || !value || value.operator) {
      throw bad(filter, `expected FIELD OP VALUE at "${tokens.slice(i).map((token) => token.text).join(' ')}"`);
    }
    const minus = !negated && field.text.startsWith('-');
    const path = (minus ? field.text.slice(1) : field.text).split('.');
    if (path.some((name) => name === '')) throw bad(filter, `"${field.text}" is not a field path`);
    terms.push({ negated: negated || minus, path, operator: operator.text as Operator, value: value.text });
    i += 3;
  }
  return (job) => terms.every((term) => matches(job, term) !== term.negated);
}

interface Token {
  readonly text: string;
  readonly quoted: boolean;
  readonly operator: boolean;
}

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < filter.length) {
    if (/^\s*$/.test(filter.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(filter);
    if (!match || match[4] !== undefined) throw bad(filter, `unexpected "${match?.[4] ?? filter.slice(TOKEN.lastIndex)}"`);
    if (match[1] !== undefined) tokens.push({ text: unquote(match[1], filter), quoted: true, operator: false });
    else if (match[2] !== undefined) tokens.push({ text: match[2], quoted: false, operator: true });
    else tokens.push({ text: match[3], quoted: false, operator: false });
  }
  return tokens;
}

function unquote(quoted: string, filter: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    throw bad(filter, `${quoted} is not a valid quoted string`);
  }
}

function matches(job: { readonly [field: string]: unknown }, term: Term): boolean {
  let value: unknown = job;
  for (const name of term.path) {
    // A field that is not there is unset: only != matches it.
    value = isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, name)
      ? (value as { [name: string]: unknown })[name]
      : undefined;
  }
  if (term.operator === ':' && isPlainObject(value)) {
    return Object.prototype.hasOwnProperty.call(value, term.value);
  }
  if (value === undefined || value === null || typeof value === 'object') return term.operator === '!=';
  const actual = String(value);
  const wanted = term.value;
  switch (term.operator) {
    case '=':
    case ':':
      return wanted.endsWith('*') ? actual.startsWith(wanted.slice(0, -1)) : actual === wanted;
    case '!=':
      return actual !== wanted;
    default:
      return compare(actual, wanted, term.operator);
  }
}

function compare(actual: string, wanted: string, operator: '<' | '<=' | '>' | '>='): boolean {
  const numeric = /^-?\d+(\.\d+)?$/.test(actual) && /^-?\d+(\.\d+)?$/.test(wanted);
  const order = numeric ? Math.sign(Number(actual) - Number(wanted)) : actual < wanted ? -1 : actual > wanted ? 1 : 0;
  if (operator === '<') return order < 0;
  if (operator === '<=') return order <= 0;
  if (operator === '>') return order > 0;
  return order >= 0;
}

function bad(filter: string, problem: string): ApiError {
  return new ApiError('INVALID_ARGUMENT', `Invalid filter ${JSON.stringify(filter)}: ${problem}.`, [{ field: 'filter', description: problem }]);
}
