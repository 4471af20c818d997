import { MAX_DEPTH } from './depth-guard';

/**
 * How large one job (or the policy configuration) may be: no list or mapping with more than `MAX_ITEMS` entries, no
 * string longer than `MAX_STRING_LENGTH`. Real jobs hold lists of tens and strings of at most a few hundred
 * characters; a few megabytes of one list or one string cost seconds and gigabytes in every later step (rules,
 * plan, generated code) and mean nothing to the service.
 */

/** Entries of one list or mapping. */
export const MAX_ITEMS = 10_000;

/**
 * Characters of one string: 131,072, Linux's `MAX_ARG_STRLEN`, the longest argument or environment string a
 * process can receive (execve(2)), so no job argument, command or value can usefully be longer.
 */
export const MAX_STRING_LENGTH = 131_072;

/** Makes the error for a value past a limit: `path` locates it from the checked value's root. */
export type SizeFailure = (path: ReadonlyArray<string | number>, problem: string) => Error;

interface Frame {
  readonly value: unknown;
  readonly parent?: Frame;
  readonly key?: string | number;
}

/**
 * Throws `fail(path, problem)` for the first list or mapping with more than `MAX_ITEMS` entries, or string (value
 * or key) longer than `MAX_STRING_LENGTH`, in a parsed value. Iterative and linear; call it after `checkDepth`.
 */
export function checkSizes(value: unknown, fail: SizeFailure): void {
  // A walk that allocates nothing clears almost every value; only one past a limit is walked again for its path.
  if (withinSizes(value, 0)) return;
  const stack: Frame[] = [{ value }];
  while (stack.length) {
    const frame = stack.pop()!;
    const current = frame.value;
    if (typeof current === 'string') {
      if (current.length > MAX_STRING_LENGTH) throw fail(pathOf(frame), `a string of ${count(current.length)} characters; mljob reads strings of at most ${count(MAX_STRING_LENGTH)} (the longest argument a process can receive)`);
    } else if (Array.isArray(current)) {
      if (current.length > MAX_ITEMS) throw fail(pathOf(frame), `a list of ${count(current.length)} items; mljob reads lists of at most ${count(MAX_ITEMS)}`);
      current.forEach((item, i) => stack.push({ value: item, parent: frame, key: i }));
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      if (keys.length > MAX_ITEMS) throw fail(pathOf(frame), `a mapping of ${count(keys.length)} keys; mljob reads mappings of at most ${count(MAX_ITEMS)}`);
      for (const key of keys) {
        if (key.length > MAX_STRING_LENGTH) throw fail(pathOf(frame), `a key of ${count(key.length)} characters; mljob reads strings of at most ${count(MAX_STRING_LENGTH)}`);
        stack.push({ value: (current as { [key: string]: unknown })[key], parent: frame, key });
      }
    }
  }
}

/**
 * True when a whole parsed document is within every limit: nested at most `MAX_DEPTH` levels (as `checkDepth`
 * counts them) and every list, mapping and string within the sizes `checkSizes` allows, so that neither of them
 * would throw for the document or any value in it. One walk that allocates nothing; false says only that the
 * precise checks must run (a mapping of more than `MAX_ITEMS` resources fails here but may be fine for them).
 */
export function withinLimits(document: unknown): boolean {
  return withinSizes(document, 1);
}

/** True when `value` is within every limit; false past one, or nested past `MAX_DEPTH` (the iterative walk decides). */
function withinSizes(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.length <= MAX_STRING_LENGTH;
  if (typeof value !== 'object' || value === null) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) return false;
    for (const item of value) if (!withinSizes(item, depth + 1)) return false;
    return true;
  }
  // Own keys without listing them: this walks every value of every job.
  let keys = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (++keys > MAX_ITEMS || key.length > MAX_STRING_LENGTH || !withinSizes((value as { [key: string]: unknown })[key], depth + 1)) return false;
  }
  return true;
}

/** `a.b[0]` for the segments `['a', 'b', 0]`; '' for none. */
export function pathText(path: ReadonlyArray<string | number>): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function pathOf(frame: Frame): Array<string | number> {
  const keys: Array<string | number> = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) keys.push(at.key!);
  return keys.reverse();
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
