import { InputFileError } from '../read/input-file-error';

/** Where flag errors point: the command line, not a file. */
export const COMMAND_LINE = '(command line)';

/**
 * Where the flags of a `gcloud [alpha|beta] ai-platform|ml-engine jobs submit <verb> …` command start: after the
 * leading command words that are present (they are optional).
 */
export function afterCommandWords(argv: readonly string[], verb: 'training' | 'prediction'): number {
  let i = 0;
  for (const word of ['gcloud', 'alpha|beta', 'ai-platform|ml-engine', 'jobs', 'submit', verb]) {
    if (argv[i] !== undefined && word.split('|').includes(argv[i])) i++;
  }
  return i;
}

/** `name=value` → `[name, value]`; `name` → `[name, undefined]` (the value is the next word). */
export function splitFlag(text: string): [string, string | undefined] {
  const eq = text.indexOf('=');
  return eq < 0 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)];
}

/** A gcloud flag's whole-number value. */
export function wholeNumberFlag(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new InputFileError(COMMAND_LINE, `--${flag}`, `expected a whole number, found "${value}"`);
  return Number(value);
}

/** A gcloud `KEY=VALUE,…` flag value (`--labels`). */
export function keyValueFlag(flag: string, value: string): { [key: string]: string } {
  const map: { [key: string]: string } = {};
  for (const pair of value.split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new InputFileError(COMMAND_LINE, `--${flag}`, `expected KEY=VALUE pairs, found "${pair}"`);
    // Keys are user data: define them, so a key such as `__proto__` stays a key.
    Object.defineProperty(map, pair.slice(0, eq), { value: pair.slice(eq + 1), enumerable: true, writable: true, configurable: true });
  }
  return map;
}
