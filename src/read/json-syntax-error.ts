import { ParseError, parse as parseTolerantly } from 'jsonc-parser';
import { lineAndColumn } from './text-position';

/** A `JSON.parse` failure, described for a one-line `file:line:col: problem` error. */
export interface JsonSyntaxError {
  /** 1-based line of the first error. */
  readonly line: number;
  /** 1-based column of the first error. */
  readonly column: number;
  /** V8's message without its position and without the echo of the input: `unexpected token 'x'`. */
  readonly problem: string;
}

/**
 * Describes the error `JSON.parse(text)` threw. V8 states a position for most errors but not all ("Unexpected token",
 * "Unexpected end of JSON input"); for those, jsonc-parser (strict: no comments, no trailing commas), run only on this
 * failure path, finds the first error. An input that ends early is reported at the end of its content. A blank token
 * is named (`unexpected token (a line break)`): printed raw it would be lost, or end the one-line error.
 */
export function jsonSyntaxError(text: string, error: unknown): JsonSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const stated = /at position (\d+)/.exec(message);
  const offset = Math.min(stated ? Number(stated[1]) : firstErrorOffset(text), text.trimEnd().length);
  const problem = message
    .replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '')
    .replace(/ ?\(line \d+ column \d+\)/, '')
    .replace(/ (?:in JSON )?at position \d+.*$/s, '')
    .replace(/^(Unexpected|Expected|Bad)\b/, (word) => word.toLowerCase())
    .replace(/^unexpected token '([\s\S])'$/, (whole, token: string) => (BLANKS[token] ? `unexpected token (${BLANKS[token]})` : whole));
  return { ...lineAndColumn(text, offset), problem };
}

/** Tokens V8 quotes raw that would not read in a one-line error (a line break would even end it). */
const BLANKS: Record<string, string> = { '\n': 'a line break', '\r': 'a line break', '\t': 'a tab', ' ': 'a space', '\u2028': 'a line separator', '\u2029': 'a paragraph separator' };

function firstErrorOffset(text: string): number {
  const errors: ParseError[] = [];
  parseTolerantly(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset ?? text.length;
}
