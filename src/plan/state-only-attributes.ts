import { StringSemantics } from '../read/prepare-job';
import { isPlainObject } from '../model/plain-object';
import { sortStrings } from '../model/sorted-keys';
import { literalText } from './desired-strings';

/**
 * The top-level attributes of a `google_ml_engine_job` that only Terraform's state holds: the API never receives
 * them, so changing one is an update in place that writes the state and calls no API (the mljobs provider's
 * ApplyResourceChange PATCHes only when the labels change). Terraform still plans that update, so `mljob plan` must
 * too. `optionalComputed` attributes keep their prior value when the configuration leaves them unset.
 *
 * `id` is optional and computed: a configured one that differs from the state's is such an update too.
 */
export const STATE_ONLY_JOB_ATTRIBUTES: ReadonlyArray<{ readonly name: string; readonly optionalComputed: boolean }> = [
  { name: 'id', optionalComputed: true },
  { name: 'timeouts', optionalComputed: false },
];

/**
 * The state-only attributes of a `google_vertex_ai_custom_job`: its optional, computed `id` (the job's resource name
 * when unset). `project` and `location` name the job in the API, so they replace it; it has no `timeouts` block.
 */
export const STATE_ONLY_CUSTOM_JOB_ATTRIBUTES: ReadonlyArray<{ readonly name: string; readonly optionalComputed: boolean }> = [
  { name: 'id', optionalComputed: true },
];

/** One state-only attribute that the configuration changes. */
export interface StateOnlyChange {
  /** The Terraform attribute (`timeouts`). */
  readonly attribute: string;
  /** Its value in the prior state; null when unset. */
  readonly before: unknown;
  /** Its value in the configuration, strings as synthesized; null when unset. */
  readonly after: unknown;
}

/**
 * The state-only attributes whose configured value differs from the prior state's, by attribute name: compared as
 * Terraform compares them, value against value. An absent block is null, an empty one an object of nulls (Terraform
 * plans `timeouts {}` over no block as a change); inside a block, an unset entry equals null. A value known only at
 * apply differs. `desired` is the resource's block as synthesized (`strings` says how its strings are meant),
 * `prior` the state's attributes, `attributes` the resource type's state-only attributes.
 */
export function stateOnlyChanges(
  desired: { readonly [name: string]: unknown },
  prior: { readonly [name: string]: unknown },
  strings: StringSemantics,
  attributes: ReadonlyArray<{ readonly name: string; readonly optionalComputed: boolean }> = STATE_ONLY_JOB_ATTRIBUTES,
): StateOnlyChange[] {
  const changes: StateOnlyChange[] = [];
  for (const { name, optionalComputed } of attributes) {
    const after = singleBlock(desired[name]);
    const before = singleBlock(prior[name]);
    if (after === null && optionalComputed) continue;
    if (!sameValue(after, before, strings)) changes.push({ attribute: name, before, after });
  }
  return changes;
}

/** A nested single block as cdk.tf.json may spell it (an object, or a list of one); anything else as it is, null for unset. */
function singleBlock(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? singleBlock(value[0]) : null;
  return value ?? null;
}

function sameValue(desired: unknown, prior: unknown, strings: StringSemantics): boolean {
  if (desired === null || prior === null) return desired === prior;
  if (typeof desired === 'string') return literalText(desired, strings) === prior;
  if (isPlainObject(desired) && isPlainObject(prior)) {
    const keys = sortStrings([...new Set([...Object.keys(desired), ...Object.keys(prior)])]);
    return keys.every((key) => sameValue(desired[key] ?? null, prior[key] ?? null, strings));
  }
  return JSON.stringify(desired) === JSON.stringify(prior);
}

/** The note a plan shows for the state-only part of an update. */
export const STATE_ONLY_NOTE = 'Terraform state only; no API call';

/** One state-only change in a plan's words: `timeouts: {create: 10m} (Terraform state only; no API call)`. */
export function stateOnlyChangeText(change: StateOnlyChange): string {
  return `${change.attribute}: ${compactValue(change.after)} (${STATE_ONLY_NOTE})`;
}

/** A state-only value, short: `{create: 10m}` (unset entries left out), `null`, or the string itself. */
export function compactValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (isPlainObject(value)) {
    const entries = sortStrings(Object.keys(value)).filter((key) => value[key] != null).map((key) => `${key}: ${compactValue(value[key])}`);
    return `{${entries.join(', ')}}`;
  }
  return JSON.stringify(value);
}
