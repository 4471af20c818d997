import { isPlainObject } from '../model/plain-object';
/**
 * YAML as gcloud reads it (PyYAML, YAML 1.1), written so that every value reads back exactly: a string is written
 * plain only when it cannot be mistaken for anything else (`BASIC`, `gs://bucket/trainer.tar.gz`, never `1.15`,
 * `yes`, `on`, `1:30` or `=`), else double-quoted; the output is ASCII (other characters as `\u` escapes). Keys are
 * written in sorted order, so the same value always gives the same text.
 */
export function toGcloudYaml(value: { readonly [key: string]: unknown }): string {
  return `${mapLines(value, '').join('\n')}\n`;
}

const PLAIN_STRING = /^[A-Za-z_/][A-Za-z0-9_./:@+,=-]*$/;
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Plain words YAML 1.1 reads as booleans or null (compared lowercase). */
const YAML_WORDS = new Set(['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null']);

function mapLines(value: { readonly [key: string]: unknown }, indent: string): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item === undefined) continue;
    const head = `${indent}${yamlKey(key)}:`;
    if (Array.isArray(item) && item.length) lines.push(head, ...sequenceLines(item, `${indent}  `));
    else if (isPlainObject(item) && Object.keys(item).length) lines.push(head, ...mapLines(item, `${indent}  `));
    else lines.push(`${head} ${scalar(item)}`);
  }
  return lines;
}

function sequenceLines(items: readonly unknown[], indent: string): string[] {
  const lines: string[] = [];
  for (const item of items) {
    if (isPlainObject(item) && Object.keys(item).length) {
      // `- first: …` with the other keys under it
      const nested = mapLines(item, `${indent}  `);
      lines.push(`${indent}- ${nested[0].slice(indent.length + 2)}`, ...nested.slice(1));
    } else if (Array.isArray(item) && item.length) {
      lines.push(`${indent}-`, ...sequenceLines(item, `${indent}  `));
    } else {
      lines.push(`${indent}- ${scalar(item)}`);
    }
  }
  return lines;
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number') return yamlNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return '[]';
  if (isPlainObject(value)) return '{}';
  return 'null';
}

function yamlKey(key: string): string {
  return PLAIN_KEY.test(key) && !YAML_WORDS.has(key.toLowerCase()) ? key : doubleQuoted(key);
}

function yamlString(text: string): string {
  return PLAIN_STRING.test(text) && !text.endsWith(':') && !YAML_WORDS.has(text.toLowerCase()) ? text : doubleQuoted(text);
}

/** A number PyYAML reads back as the same number: YAML 1.1 floats need a `.` in the mantissa and a signed exponent. */
function yamlNumber(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  const text = String(value);
  const exponent = /^(-?)(\d+)(?:\.(\d+))?e([-+])(\d+)$/.exec(text);
  return exponent ? `${exponent[1]}${exponent[2]}.${exponent[3] ?? '0'}e${exponent[4]}${exponent[5]}` : text;
}

function doubleQuoted(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code >= 0x20 && code <= 0x7e) out += ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return `${out}"`;
}

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, '0');
}
