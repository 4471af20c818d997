/**
 * The deepest nesting mljob reads: 256 levels of lists and mappings. A job is about ten levels deep, a Terraform
 * state or plan a few dozen; the readers, the mapping and the rules walk documents recursively, and a document
 * nested thousands of levels deep (a few kilobytes of `[[[[…`) would overflow the stack.
 */
export const MAX_DEPTH = 256;

/** Makes the error for a document nested too deeply: `location` is the path of the first too-deep value. */
export type DepthFailure = (location: string, problem: string) => Error;

/** The problem every reader states for a document nested past `MAX_DEPTH`. */
export const TOO_DEEP = `nested deeper than ${MAX_DEPTH} levels, the most mljob reads`;

/** Path segments shown before the path of a too-deep value is cut. */
const SHOWN_SEGMENTS = 8;

interface Frame {
  readonly value: object;
  readonly depth: number;
  readonly parent?: Frame;
  readonly key?: string | number;
}

/**
 * Throws `fail(path, TOO_DEEP)` when a parsed document (JSON, HCL turned into JSON, YAML turned into values) nests
 * lists and objects more than `MAX_DEPTH` levels deep. Iterative, so the guard itself cannot overflow; linear in the
 * size of the document. The path names the first value past the limit, cut after a few segments:
 * `trainingInput.args[0][0][0]…`.
 */
export function checkDepth(value: unknown, fail: DepthFailure): void {
  // Almost every document is shallow: a walk that allocates nothing says so; only a deep one is walked again for its path.
  if (!isContainer(value) || withinDepth(value, 1)) return;
  const stack: Frame[] = [{ value, depth: 1 }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.depth > MAX_DEPTH) throw fail(pathOf(frame), TOO_DEEP);
    if (Array.isArray(frame.value)) {
      frame.value.forEach((item, i) => {
        if (isContainer(item)) stack.push({ value: item, depth: frame.depth + 1, parent: frame, key: i });
      });
    } else {
      for (const key of Object.keys(frame.value)) {
        const item = (frame.value as { [key: string]: unknown })[key];
        if (isContainer(item)) stack.push({ value: item, depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
}

/** True when nothing in `value` (at `depth`) nests past `MAX_DEPTH`; the recursion stops there, so it cannot overflow. */
function withinDepth(value: object, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (isContainer(item) && !withinDepth(item, depth + 1)) return false;
    return true;
  }
  for (const key of Object.keys(value)) {
    const item = (value as { [key: string]: unknown })[key];
    if (isContainer(item) && !withinDepth(item, depth + 1)) return false;
  }
  return true;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** `a.b[0]…`: the keys from the root to the frame, the first few of them. */
function pathOf(frame: Frame): string {
  const keys: Array<string | number> = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) keys.push(at.key!);
  keys.reverse();
  const shown = keys.slice(0, SHOWN_SEGMENTS).map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
  return keys.length > SHOWN_SEGMENTS ? `${shown}…` : shown;
}
