import { StringSemantics } from '../read/prepare-job';
import { ApiField, apiJobShape, outputOnlyJobFields } from '../model/api-schema';
import { Job } from '../model/job';
import { isUnresolved } from '../model/json-values';
import { CompiledBlock, CompiledField, firstObject, jobTerraformFields, META_ARGUMENTS, RESOURCE_ONLY_FIELDS, scalar } from '../model/terraform-mapping';
import { literalText } from './desired-strings';
import { hasOwnKey, isZeroValue, jsonEqual, scalarsEqual } from './typed-values';
import { isPlainObject, PlainObject } from '../model/plain-object';
import { sortStrings } from '../model/sorted-keys';

/** How a desired job differs from the job Terraform knows. */
export interface JobDiff {
  /** True when the labels differ, or may differ (a label refers to another resource): the one in-place change. */
  readonly labelsChanged: boolean;
  /** API paths of known differences outside `labels`: each forces a replacement. */
  readonly replacePaths: string[];
  /** API paths where the desired value is unknown until apply (`${…}`): they replace the job if their value changes. */
  readonly unknownPaths: string[];
}

const OUTPUT_ONLY = new Set(outputOnlyJobFields());

/**
 * Compares the input fields of a desired job with the job Terraform knows, field by field by their schema type
 * (`model/api-schema`): strings exactly, int64 numbers as integers, a field's zero value equal to its absence, list
 * items and map values exactly. Labels compare exactly, no labels equal to `{}`. `strings` says how the desired job's
 * strings are meant (`$${` is an escaped `${` in `cdk.tf.json`); the prior job's are literal, as the state holds
 * them. Output-only fields are left out; `project` is compared by the caller.
 */
export function diffJobs(desired: Job, prior: Job, strings: StringSemantics): JobDiff {
  const shape = apiJobShape();
  const fields = diffFields(desired, prior, shape, isSkipped, strings);
  return { labelsChanged: labelsDiffer(desired.labels, prior.labels, strings), replacePaths: fields.replacePaths, unknownPaths: fields.unknownPaths };
}

/**
 * `diffJobs` of the jobs two `google_ml_engine_job` blocks hold — the resource as synthesized (`desired`, mapped to
 * `desiredJob` already) and the attributes a state recorded (`prior`) — when their fields other than labels match:
 * decided on the Terraform blocks, so the prior job is not mapped (most jobs of a plan match their state). Undefined
 * when they may differ (or the walk is not sure): then `diffJobs` of the mapped jobs says how.
 */
export function diffMatchingJob(desired: PlainObject, desiredJob: Job, prior: PlainObject, strings: StringSemantics): JobDiff | undefined {
  if (!terraformBlockMatches(desired, prior, jobMatchFields())) return undefined;
  // The mapped labels are the attribute's own values (a map of strings maps each value to itself), keys aside.
  return { labelsChanged: labelsDiffer(desiredJob.labels, prior.labels ?? undefined, strings), replacePaths: [], unknownPaths: [] };
}

/** True when the labels differ, or may differ (a label refers to another resource): `DiffWalk` finds a path in them. */
function labelsDiffer(desired: unknown, prior: unknown, strings: StringSemantics): boolean {
  const shape = apiJobShape().fields?.labels;
  if (fieldMatches(desired, prior, shape)) return false;
  const walk = new DiffWalk(strings);
  walk.field(desired, prior, shape, 'labels');
  return walk.replace.length > 0 || walk.unknown.length > 0;
}

/** A field of a Terraform block as the match walk reads it: the mapping's field, and its API shape. */
interface MatchField {
  readonly field: CompiledField;
  readonly shape: ApiField;
  /** The fields of a nested block (or of each item of a list of blocks). */
  readonly block?: MatchFields;
}

/** The fields of a Terraform block by name; the fields the walk does not compare are absent (see `jobMatchFields`). */
type MatchFields = ReadonlyMap<string, MatchField>;

let jobMatches: MatchFields | undefined;

/**
 * The fields of `google_ml_engine_job` the match walk compares, made once: the mapping's fields with their API shapes.
 * The top level leaves out what the mapping leaves out (meta-arguments, resource-only fields) and what `diffJobs`
 * compares elsewhere (labels, output-only fields). A field without an API shape is kept as `UNDECIDABLE`: leaving it
 * out would count it as matching, and the walk cannot decide it.
 */
function jobMatchFields(): MatchFields {
  jobMatches ??= matchFields(jobTerraformFields(), apiJobShape().fields ?? {}, true);
  return jobMatches;
}

function matchFields(block: CompiledBlock, shapes: { readonly [name: string]: ApiField }, top: boolean): MatchFields {
  const out = new Map<string, MatchField>();
  for (const [name, field] of block) {
    if (top && (RESOURCE_ONLY_FIELDS.has(name) || META_ARGUMENTS.has(name) || isSkipped(field.api))) continue;
    const shape = ownField(shapes, field.api);
    if (shape === undefined) {
      out.set(name, { field, shape: UNDECIDABLE });
      continue;
    }
    const fields = field.block === undefined ? undefined : (field.single ? shape : shape.item)?.fields;
    out.set(name, fields === undefined ? { field, shape } : { field, shape, block: matchFields(field.block!, fields, false) });
  }
  return out;
}

/** The shape of a field the API shapes lack: no value matches it and none is its zero value. */
const UNDECIDABLE: ApiField = { kind: 'object', fields: {} };

/**
 * True when two Terraform blocks map (`jobFromTerraform`'s mapping) to API objects that `objectMatches` finds equal,
 * comparing the `fields` given (see `jobMatchFields`). False also when not sure. Allocates nothing.
 */
function terraformBlockMatches(desired: PlainObject, prior: PlainObject, fields: MatchFields): boolean {
  for (const key in desired) {
    if (!Object.hasOwn(desired, key)) continue;
    const field = fields.get(key);
    if (field !== undefined && !terraformFieldMatches(desired[key], Object.hasOwn(prior, key) ? prior[key] : undefined, field)) return false;
  }
  for (const key in prior) {
    // A key both blocks have was compared above.
    if (!Object.hasOwn(prior, key) || Object.hasOwn(desired, key)) continue;
    const field = fields.get(key);
    if (field !== undefined && !terraformZero(prior[key], field)) return false;
  }
  return true;
}

/** True when the mapping leaves a Terraform value out: null, or a single block that is neither an object nor a reference. */
function mapsToAbsent(value: unknown, field: CompiledField): boolean {
  return value == null || (field.single && field.block !== undefined && firstObject(value) === undefined && !isUnresolved(value));
}

/** `fieldMatches` of the mapped values of one field of two Terraform blocks; false when not sure. */
function terraformFieldMatches(desired: unknown, prior: unknown, match: MatchField): boolean {
  const { field, shape } = match;
  const type = field.type;
  if (typeof type === 'string') {
    // Most fields hold the same scalar on both sides: it maps to itself, and matches.
    if (desired === prior && desired !== null && isPlainKnownScalar(desired)) return true;
    if (desired == null || prior == null) return desired == null ? terraformZero(prior, match) : terraformZero(desired, match);
    return fieldMatches(scalar(desired, type), scalar(prior, type), shape);
  }
  const desiredAbsent = mapsToAbsent(desired, field);
  if (desiredAbsent || mapsToAbsent(prior, field)) return desiredAbsent ? terraformZero(prior, match) : terraformZero(desired, match);
  if (type !== undefined) {
    // Lists and maps of scalars (`args`, `labels`); any other type is left to `diffJobs`.
    const [kind, inner] = type;
    const item = shape.item;
    if (typeof inner !== 'string' || item === undefined) return false;
    if ((kind === 'list' || kind === 'set') && shape.kind === 'list') {
      if (!Array.isArray(desired) || !Array.isArray(prior) || desired.length !== prior.length) return false;
      for (let i = 0; i < desired.length; i++) if (!scalarMatches(scalar(desired[i], inner), scalar(prior[i], inner), item)) return false;
      return true;
    }
    if (kind === 'map' && shape.kind === 'map') {
      if (!isPlainObject(desired) || !isPlainObject(prior)) return false;
      for (const key in desired) if (Object.hasOwn(desired, key) && !(Object.hasOwn(prior, key) && scalarMatches(scalar(desired[key], inner), scalar(prior[key], inner), item))) return false;
      for (const key in prior) if (Object.hasOwn(prior, key) && !Object.hasOwn(desired, key)) return false;
      return true;
    }
    return false;
  }
  const block = match.block;
  if (block === undefined) return false;
  if (field.single) {
    const d = firstObject(desired);
    const p = firstObject(prior);
    return d !== undefined && p !== undefined && shape.kind === 'object' && terraformBlockMatches(d, p, block);
  }
  // A list of blocks: item by item, each an object.
  if (!Array.isArray(desired) || !Array.isArray(prior) || desired.length !== prior.length || shape.kind !== 'list' || shape.item?.kind !== 'object') return false;
  for (let i = 0; i < desired.length; i++) {
    const d = desired[i];
    const p = prior[i];
    if (!isPlainObject(d) || !isPlainObject(p) || !terraformBlockMatches(d, p, block)) return false;
  }
  return true;
}

/** True when a Terraform value maps to its field's zero value, or to nothing (`isZeroValue`); false when not sure. */
function terraformZero(value: unknown, match: MatchField): boolean {
  const { field, shape } = match;
  if (mapsToAbsent(value, field)) return true;
  const type = field.type;
  if (typeof type === 'string') return isZeroValue(scalar(value, type), shape);
  if (type !== undefined) {
    // A list or map maps to one of as many items; any other type is left to `diffJobs`.
    const kind = type[0];
    if ((kind === 'list' || kind === 'set') && shape.kind === 'list') return Array.isArray(value) && value.length === 0;
    if (kind === 'map' && shape.kind === 'map') return isPlainObject(value) && !hasOwnKey(value);
    return false;
  }
  if (!field.single) return shape.kind === 'list' && Array.isArray(value) && value.length === 0;
  const object = firstObject(value);
  const block = match.block;
  if (object === undefined || block === undefined || shape.kind !== 'object') return false;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    // Fields the schema does not know are left out by the mapping.
    const inner = block.get(key);
    if (inner !== undefined && !terraformZero(object[key], inner)) return false;
  }
  return true;
}

/** The top-level fields `diffJobs` leaves out of the field diff: labels (an update in place) and output-only fields. */
function isSkipped(key: string): boolean {
  return key === 'labels' || OUTPUT_ONLY.has(key);
}

/** The differing and the unknown fields of two API objects. */
export interface FieldDiff {
  /** API paths of known differences, sorted. */
  readonly replacePaths: string[];
  /** API paths where the desired value is unknown until apply (`${…}`), sorted. */
  readonly unknownPaths: string[];
}

/**
 * Compares two API objects of one schema `shape` field by field, as `diffJobs` does, leaving out the top-level fields
 * `skip` names. The engine of `diffJobs` and of the Vertex AI custom job diff.
 */
export function diffFields(desired: object, prior: object, shape: ApiField, skip: (key: string) => boolean, strings: StringSemantics): FieldDiff {
  const fields = shape.fields ?? {};
  const d = desired as { [name: string]: unknown };
  const p = prior as { [name: string]: unknown };
  // Most jobs of a plan match their state: a walk that allocates nothing says so, and only the others build paths.
  if (objectMatches(d, p, fields, skip)) return { replacePaths: [], unknownPaths: [] };
  const walk = new DiffWalk(strings);
  // The keys of the desired object, then those only the prior one has.
  // for…in over own keys is Object.keys' order without allocating the array of keys (10,000 jobs per plan).
  for (const key in d) {
    if (Object.hasOwn(d, key) && !skip(key)) walk.field(d[key], p[key], fields[key], key);
  }
  for (const key in p) {
    if (Object.hasOwn(p, key) && !skip(key) && !Object.hasOwn(d, key)) walk.field(d[key], p[key], fields[key], key);
  }
  return { replacePaths: sortStrings(walk.replace), unknownPaths: sortStrings(walk.unknown) };
}

/**
 * True when the fields of two API objects (`skip` aside) hold no difference and no value known only at apply, as
 * `DiffWalk` compares them; false also when not sure (a `{` in a desired string, a value the schema does not expect),
 * for `DiffWalk` to decide. Allocates nothing.
 */
function objectMatches(desired: PlainObject, prior: PlainObject, fields: { readonly [name: string]: ApiField }, skip?: (key: string) => boolean): boolean {
  for (const key in desired) {
    if (Object.hasOwn(desired, key) && !skip?.(key) && !fieldMatches(desired[key], prior[key], ownField(fields, key))) return false;
  }
  for (const key in prior) {
    if (Object.hasOwn(prior, key) && !Object.hasOwn(desired, key) && !skip?.(key) && !fieldMatches(undefined, prior[key], ownField(fields, key))) return false;
  }
  return true;
}

/** `DiffWalk.field` without paths: whether a field matches (a zero value equals its absence); false when not sure. */
function fieldMatches(desired: unknown, prior: unknown, shape: ApiField | undefined): boolean {
  if (desired === prior && isPlainKnownScalar(desired)) return true;
  if (!shape) return false;
  if (desired == null) return isZeroValue(prior, shape);
  if (prior == null) return isZeroValue(desired, shape);
  switch (shape.kind) {
    case 'object':
      return isPlainObject(desired) && isPlainObject(prior) && objectMatches(desired, prior, shape.fields ?? {});
    case 'list': {
      const item = shape.item as ApiField;
      if (!Array.isArray(desired) || !Array.isArray(prior) || desired.length !== prior.length) return false;
      for (let i = 0; i < desired.length; i++) {
        const d = desired[i];
        const p = prior[i];
        // Items compare as they are (no zero values), objects field by field.
        if (item.kind === 'object' ? !(isPlainObject(d) && isPlainObject(p) && objectMatches(d, p, item.fields ?? {})) : !scalarMatches(d, p, item)) return false;
      }
      return true;
    }
    case 'map': {
      const item = shape.item as ApiField;
      if (!isPlainObject(desired) || !isPlainObject(prior)) return false;
      for (const key in desired) if (Object.hasOwn(desired, key) && !(Object.hasOwn(prior, key) && scalarMatches(desired[key], prior[key], item))) return false;
      for (const key in prior) if (Object.hasOwn(prior, key) && !Object.hasOwn(desired, key)) return false;
      return true;
    }
    default:
      return scalarMatches(desired, prior, shape);
  }
}

/** A known desired scalar (or list item, or map value) equal to the prior one; false for containers and undefined. */
function scalarMatches(desired: unknown, prior: unknown, shape: ApiField): boolean {
  return desired !== undefined && shape.kind !== 'object' && shape.kind !== 'list' && shape.kind !== 'map' && isPlainKnownScalar(desired) && scalarsEqual(desired, prior, shape);
}

/** The shape of a field by its name, not one of `Object.prototype`'s (names are user data). */
function ownField(fields: { readonly [name: string]: ApiField }, key: string): ApiField | undefined {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

class DiffWalk {
  public readonly replace: string[] = [];
  public readonly unknown: string[] = [];
  /**
   * The keys from the job's top level down to the object, list or map being compared: a difference's path
   * (`a.b`, `a.b.0`, `a.b.key`) is joined from them only when it is reported, so equal jobs build no paths.
   */
  private readonly keys: Array<string | number> = [];

  constructor(private readonly strings: StringSemantics) {}

  /** A field of an object, at `key` below the current keys: its zero value equals its absence. */
  public field(desired: unknown, prior: unknown, shape: ApiField | undefined, key: string | number): void {
    // Most fields of a job hold the same scalar on both sides: equal whatever their shape, with no zero-value check.
    if (desired === prior && isPlainKnownScalar(desired)) return;
    if (shape && !this.isUnknown(desired)) {
      const dZero = isZeroValue(desired, shape);
      const pZero = isZeroValue(prior, shape);
      if (dZero && pZero) return;
      // An absent list, map or object compares as an empty one, so a difference is named at the field inside it.
      if (shape.kind === 'object' || shape.kind === 'map' || shape.kind === 'list') {
        const empty = shape.kind === 'list' ? [] : {};
        this.value(desired ?? empty, prior ?? empty, shape, key);
        return;
      }
    }
    this.value(desired, prior, shape, key);
  }

  /** A value compared as it is (a field, a list item, a map value), at `key` below the current keys. */
  private value(desired: unknown, prior: unknown, shape: ApiField | undefined, key: string | number): void {
    if (this.isUnknown(desired)) {
      this.unknown.push(this.pathOf(key));
      return;
    }
    if (!shape) {
      if (this.containsUnknown(desired)) this.unknown.push(this.pathOf(key));
      else if (!jsonEqual(this.literal(desired), prior)) this.replace.push(this.pathOf(key));
      return;
    }
    switch (shape.kind) {
      case 'object':
        if (isPlainObject(desired) && isPlainObject(prior)) {
          const fields = shape.fields ?? {};
          this.keys.push(key);
          for (const name in desired) if (Object.hasOwn(desired, name)) this.field(desired[name], prior[name], fields[name], name);
          for (const name in prior) {
            if (Object.hasOwn(prior, name) && !Object.hasOwn(desired, name)) this.field(desired[name], prior[name], fields[name], name);
          }
          this.keys.pop();
          return;
        }
        break;
      case 'list':
        if (Array.isArray(desired) && Array.isArray(prior)) {
          this.list(desired, prior, shape.item as ApiField, key);
          return;
        }
        break;
      case 'map':
        if (isPlainObject(desired) && isPlainObject(prior)) {
          this.map(desired, prior, shape.item as ApiField, key);
          return;
        }
        break;
      default:
        if (!scalarsEqual(this.literal(desired), prior, shape)) this.replace.push(this.pathOf(key));
        return;
    }
    // A shape the schema does not expect (a typo, a wrong type): compare it as it is.
    this.value(desired, prior, undefined, key);
  }

  /**
   * Lists of objects compare item by item; a list of scalars is one value, named as a whole when a known item
   * differs. A list of another length differs.
   */
  private list(desired: unknown[], prior: unknown[], item: ApiField, key: string | number): void {
    if (desired.length !== prior.length) {
      this.replace.push(this.pathOf(key));
      return;
    }
    if (item.kind === 'object') {
      this.keys.push(key);
      for (let i = 0; i < desired.length; i++) this.value(desired[i], prior[i], item, i);
      this.keys.pop();
      return;
    }
    let differs = false;
    for (let i = 0; i < desired.length; i++) {
      const d = desired[i];
      if (this.isUnknown(d)) this.unknown.push(`${this.pathOf(key)}.${i}`);
      else if (!this.itemEqual(d, prior[i], item)) differs = true;
    }
    if (differs) this.replace.push(this.pathOf(key));
  }

  /** Maps compare key by key, values exactly: a key with `""` is not an absent key. */
  private map(desired: { [key: string]: unknown }, prior: { [key: string]: unknown }, item: ApiField, at: string | number): void {
    let differs = false;
    const compare = (key: string): void => {
      const d = own(desired, key);
      const p = own(prior, key);
      if (d !== undefined && this.isUnknown(d)) this.unknown.push(`${this.pathOf(at)}.${key}`);
      else if (d === undefined || p === undefined || !this.itemEqual(d, p, item)) differs = true;
    };
    for (const key in desired) if (Object.hasOwn(desired, key)) compare(key);
    for (const key in prior) if (Object.hasOwn(prior, key) && !Object.hasOwn(desired, key)) compare(key);
    if (differs) this.replace.push(this.pathOf(at));
  }

  /** The API path of `key` below the current keys. */
  private pathOf(key: string | number): string {
    return this.keys.length ? `${this.keys.join('.')}.${key}` : String(key);
  }

  private itemEqual(desired: unknown, prior: unknown, item: ApiField): boolean {
    if (item.kind !== 'object' && item.kind !== 'list' && item.kind !== 'map') return scalarsEqual(this.literal(desired), prior, item);
    const walk = new DiffWalk(this.strings);
    walk.value(desired, prior, item, '');
    return walk.replace.length === 0 && walk.unknown.length === 0;
  }

  private isUnknown(value: unknown): boolean {
    if (typeof value === 'string') return literalText(value, this.strings) === undefined;
    return typeof value === 'number' && isUnresolved(value);
  }

  private containsUnknown(value: unknown): boolean {
    if (Array.isArray(value)) return value.some((item) => this.containsUnknown(item));
    if (isPlainObject(value)) return Object.values(value).some((item) => this.containsUnknown(item));
    return this.isUnknown(value);
  }

  /** A known desired value as the service receives it: escaped strings unescaped. */
  private literal(value: unknown): unknown {
    if (typeof value === 'string') return literalText(value, this.strings);
    if (Array.isArray(value)) return value.map((item) => this.literal(item));
    if (isPlainObject(value)) {
      const out: { [key: string]: unknown } = {};
      for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: this.literal(value[key]), enumerable: true });
      return out;
    }
    return value;
  }
}

function own(value: { [key: string]: unknown }, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/**
 * True for a value that compares equal to itself in every branch of the diff: absent, null, a boolean, a number that
 * is no cdktf token, or a string with no `{` (so no reference, no directive and no escape in either string semantics).
 */
function isPlainKnownScalar(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === 'boolean') return true;
  if (typeof value === 'string') return !value.includes('{');
  return typeof value === 'number' && !isUnresolved(value);
}
