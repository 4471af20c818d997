import { RESERVED_NAMES } from './ts-syntax';

/**
 * Identifiers for generated code, made from untrusted names (job ids, class names) by keeping only
 * `[A-Za-z0-9_]`: the result always matches `[A-Za-z_][A-Za-z0-9_]*`, is never a reserved word or a name the
 * generated file binds, and is unique among the names already taken (first come, first served, so the same input
 * always gets the same names).
 */

/** `text` with every character outside `[A-Za-z0-9_]` replaced by `_`, and `_` in front of a leading digit. */
export function sanitizeIdentifier(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** A lowerCamelCase variable name for a job id: `census_basic_2020` → `censusBasic_2020`. */
export function variableName(text: string, taken: Set<string>): string {
  const segments = sanitizeIdentifier(text).split('_').filter((s) => s !== '');
  let name = '';
  for (const segment of segments) {
    if (!name) name = /^[A-Z0-9]+$/.test(segment) ? segment.toLowerCase() : segment[0].toLowerCase() + segment.slice(1);
    else if (/^[0-9]/.test(segment)) name += `_${segment}`;
    else name += segment[0].toUpperCase() + segment.slice(1);
  }
  if (/^[0-9]/.test(name)) name = `job_${name}`;
  return claim(name || 'job', 'Job', taken, RESERVED_NAMES);
}

/** A PascalCase class name: `imported jobs` → `ImportedJobs`. */
export function className(text: string, taken: Set<string>): string {
  const segments = sanitizeIdentifier(text).split('_').filter((s) => s !== '');
  let name = segments.map((s) => s[0].toUpperCase() + s.slice(1)).join('');
  if (/^[0-9]/.test(name)) name = `Stack${name}`;
  return claim(name || 'ImportedJobsStack', 'Stack', taken, RESERVED_NAMES);
}

/**
 * A construct id: the sanitized text itself, since ids show up in Terraform addresses (a string literal in code, so
 * reserved words are fine).
 */
export function constructId(text: string, taken: Set<string>): string {
  return claim(sanitizeIdentifier(text) || 'job', '_job', taken, OBJECT_PROTOTYPE_NAMES);
}

// The constructs library keeps children in a plain object and checks ids with `in`: an id such as `constructor` or
// `toString` clashes with Object.prototype ("There is already a Construct with name 'constructor'").
const OBJECT_PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * `name`, or `name` + `suffix` when `name` is reserved; then `…2`, `…3` until the name is free. Records and returns
 * the result.
 */
function claim(name: string, suffix: string, taken: Set<string>, reserved: ReadonlySet<string>): string {
  const base = reserved.has(name) ? `${name}${suffix}` : name;
  let candidate = base;
  for (let n = 2; taken.has(candidate) || reserved.has(candidate); n++) candidate = `${base}${n}`;
  taken.add(candidate);
  return candidate;
}
