import { outputOnlyJobFields } from '../model/api-schema';
import { Job } from '../model/job';
import { isUnresolved } from '../model/json-values';

/** How a desired job differs from the job Terraform knows. */
export interface JobDiff {
  /** True when the labels differ (the one in-place change). */
  readonly labelsChanged: boolean;
  /** API paths of known differences outside `labels`: each forces a replacement. */
  readonly replacePaths: string[];
  /** API paths where the desired value is unknown until apply (`${…}`): they replace the job if their value changes. */
  readonly unknownPaths: string[];
}

const OUTPUT_ONLY = new Set(outputOnlyJobFields());

/**
 * Compares the input fields of two jobs the way the service sees them: zero values (`""`, `0`, `false`, empty lists
 * and maps) equal an absent field, as in the API's proto3 JSON and in Terraform state, where unset attributes are
 * stored as zero values. `project` is compared by the caller.
 */
export function diffJobs(desired: Job, prior: Job): JobDiff {
  const replacePaths: string[] = [];
  const unknownPaths: string[] = [];
  const a = normalize(inputFields(desired)) ?? {};
  const b = normalize(inputFields(prior)) ?? {};
  compare(a, b, '', replacePaths, unknownPaths);
  const labelsChanged = !deepEqual(normalize(desired.labels ?? {}) ?? {}, normalize(prior.labels ?? {}) ?? {});
  return { labelsChanged, replacePaths, unknownPaths };
}

/** The job without output-only fields and labels. */
function inputFields(job: Job): { [name: string]: unknown } {
  const out: { [name: string]: unknown } = {};
  for (const [key, value] of Object.entries(job)) if (key !== 'labels' && !OUTPUT_ONLY.has(key)) out[key] = value;
  return out;
}

function compare(desired: unknown, prior: unknown, path: string, replace: string[], unknown: string[]): void {
  if (isUnresolved(desired)) {
    if (!isUnresolved(prior) || desired !== prior) unknown.push(path);
    return;
  }
  if (isPlainObject(desired) && isPlainObject(prior)) {
    const keys = [...new Set([...Object.keys(desired), ...Object.keys(prior)])].sort();
    for (const key of keys) compare(desired[key], prior[key], path ? `${path}.${key}` : key, replace, unknown);
    return;
  }
  if (Array.isArray(desired) && Array.isArray(prior) && desired.length === prior.length && desired.some(isUnresolvedDeep)) {
    desired.forEach((item, i) => compare(item, prior[i], `${path}.${i}`, replace, unknown));
    return;
  }
  if (!deepEqual(desired, prior)) replace.push(path);
}

/** Drops zero values recursively; returns undefined for a value that is entirely zero. */
export function normalize(value: unknown): unknown {
  if (value === null || value === undefined || value === '' || value === 0 || value === false) return undefined;
  if (typeof value === 'string' && /^-?\d+$/.test(value) && Number(value) === 0) return undefined; // int64 "0"
  if (Array.isArray(value)) {
    const items = value.map((item) => normalize(item) ?? null);
    return items.length ? items : undefined;
  }
  if (isPlainObject(value)) {
    const out: { [name: string]: unknown } = {};
    for (const key of Object.keys(value).sort()) {
      const item = normalize(value[key]);
      if (item !== undefined) out[key] = item;
    }
    return Object.keys(out).length ? out : undefined;
  }
  // int64 fields arrive as strings from REST and as numbers from Terraform: compare them as numbers.
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

function isUnresolvedDeep(value: unknown): boolean {
  if (isUnresolved(value)) return true;
  if (Array.isArray(value)) return value.some(isUnresolvedDeep);
  if (isPlainObject(value)) return Object.values(value).some(isUnresolvedDeep);
  return false;
}

/** Structural equality of JSON values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}

function isPlainObject(value: unknown): value is { [name: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
