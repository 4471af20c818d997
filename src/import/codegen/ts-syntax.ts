/**
 * The only ways untrusted text (job values, file names, finding messages) enters generated TypeScript: as an escaped
 * string literal, as a property key, or as the text of a `//` line comment. Nothing else of the input is ever pasted
 * into code; identifiers are made by `identifiers.ts` from a fixed alphabet.
 */

// Code points that must never appear raw in generated source: controls (including U+2028/U+2029, which end a `//`
// comment and, before ES2019, a string), format characters (bidi overrides: "Trojan Source"), surrogates, private
// use, unassigned, and every separator but the plain space.
// Lone surrogates too: the `u` flag reads them as code points.
const UNSAFE_CHARACTERS = /[\p{C}\p{Z}]/gu;

/** What a string literal escapes: the simple escapes and every unsafe character. */
const LITERAL_ESCAPES = /[\\'\n\r\t\b\f\v]|[\p{C}\p{Z}]/gu;

const SIMPLE_ESCAPES: { readonly [ch: string]: string } = {
  '\\': '\\\\',
  '\'': '\\\'',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

/** A single-quoted TypeScript string literal whose value is exactly `value`. */
export function stringLiteral(value: string): string {
  // One replace: linear without the garbage of a string grown a character at a time (a 10 MB value took seconds).
  return `'${value.replace(LITERAL_ESCAPES, (ch) => SIMPLE_ESCAPES[ch] ?? (ch === ' ' ? ch : unicodeEscape(ch)))}'`;
}

/** A TypeScript numeric expression for `value` (non-finite numbers as `Number.*` constants). */
export function numberLiteral(value: number): string {
  if (Number.isNaN(value)) return 'Number.NaN';
  if (value === Infinity) return 'Number.POSITIVE_INFINITY';
  if (value === -Infinity) return 'Number.NEGATIVE_INFINITY';
  return String(value); // -0 prints as 0, which is what JSON makes of it anyway
}

const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object literal key for `key`: bare when it is an identifier name, else a string literal. */
export function propertyKey(key: string): string {
  // `__proto__: x` (bare or quoted) sets the prototype instead of a property; only a computed key defines it.
  if (key === '__proto__') return `[${stringLiteral(key)}]`;
  return IDENTIFIER_NAME.test(key) ? key : stringLiteral(key);
}

/**
 * Untrusted text made safe for the inside of a comment: line terminators and other invisible characters are shown
 * as `\u{…}` escapes (so a `//` comment cannot end early) and `*` `/` can never close a block comment.
 */
export function commentText(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (ch) => (ch === ' ' ? ch : unicodeEscape(ch))).replace(/\*\//g, '*\\/');
}

/**
 * `// ` comment lines at `indent`, from already safe text (see `commentText`), wrapped at spaces to keep lines
 * within `width` characters; `bullet` (e.g. `- `) starts the first line and continuation lines are indented under
 * it. Never leaves trailing whitespace.
 */
export function commentLines(safeText: string, indent: string, bullet = '', width = 118): string[] {
  const room = Math.max(40, width - indent.length - 3 - bullet.length);
  const lines: string[] = [];
  let line = '';
  for (const word of safeText.split(' ')) {
    if (word === '') continue; // runs of spaces collapse
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  const hanging = ' '.repeat(bullet.length);
  return lines.map((l, i) => `${indent}//${l || bullet ? ' ' : ''}${i === 0 ? bullet : hanging}${l}`.trimEnd());
}

/** Reserved words and names the generated file binds itself, which no generated variable may take. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  // ECMAScript reserved words, strict-mode and TypeScript contextual keywords
  'abstract', 'any', 'arguments', 'as', 'async', 'await', 'boolean', 'break', 'case', 'catch', 'class', 'const',
  'constructor', 'continue', 'debugger', 'declare', 'default', 'delete', 'do', 'else', 'enum', 'eval', 'export',
  'extends', 'false', 'finally', 'for', 'from', 'function', 'get', 'if', 'implements', 'import', 'in', 'infer',
  'instanceof', 'interface', 'is', 'keyof', 'let', 'module', 'namespace', 'never', 'new', 'null', 'number', 'object',
  'of', 'package', 'private', 'protected', 'public', 'readonly', 'require', 'return', 'satisfies', 'set', 'static',
  'string', 'super', 'switch', 'symbol', 'this', 'throw', 'true', 'try', 'type', 'typeof', 'undefined', 'unique',
  'unknown', 'var', 'void', 'while', 'with', 'yield', 'NaN', 'Infinity', 'globalThis', 'Number', 'Object',
  // bound by the generated file
  'scope', 'id', 'props', 'project', 'jobImportId', 'Construct', 'TerraformStack', 'GoogleProvider',
  'Accelerator', 'BatchPredictionJob', 'DataFormat', 'Duration', 'EncryptionKey', 'Hyperparameter', 'MachineType',
  'MlEngineJob', 'MlEngineTrainingJob', 'PredictionModel', 'ScaleTier', 'ScaleType', 'TrainingCode',
  'TuningAlgorithm', 'TuningGoal',
]);

function unicodeEscape(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
