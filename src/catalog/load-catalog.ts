import * as path from 'path';
import { z } from '../zod';
import { Catalog } from './catalog';
import { CatalogData } from './catalog-types';
import { CatalogFileError } from './catalog-file-error';
import { DEFAULT_VERTEX_CATALOG_DATA } from './vertex/vertex-catalog';
import { VertexCatalogData } from './vertex/vertex-catalog-types';
import { parseJsonText, ParseFailure, parseYamlText } from '../read/parse-document';
import { readInputFile } from '../read/read-input-file';
import { checkSizes, pathText } from '../read/size-limits';
import { closestName } from '../model/closest-name';
import { isPlainObject } from '../model/plain-object';

/**
 * Reads a catalog override file (`.json`, `.yaml` or `.yml`) and returns the default catalog merged with it (see
 * `mergeCatalog`). Throws `CatalogFileError` for a file that cannot be read, parsed or validated.
 *
 * @param file the path of the file; error messages use it as given
 */
export function loadCatalogFile(file: string): Catalog {
  return new Catalog(mergeCatalog(Catalog.default().data, readCatalogDocument(file), file));
}

/**
 * Reads and parses a catalog-format file (`.json`, `.yaml` or `.yml`) without validating it. Throws
 * `CatalogFileError` for a file that cannot be read or parsed.
 *
 * @param file the path of the file; error messages use it as given
 */
export function readCatalogDocument(file: string): unknown {
  const extension = path.extname(file).toLowerCase();
  if (!['.json', '.yaml', '.yml'].includes(extension)) {
    throw new CatalogFileError(file, `unsupported file type "${extension || '(none)'}"; use .json, .yaml or .yml`);
  }
  const content = readInputFile(file, (name, problem, place) => new CatalogFileError(name, problem, place));
  const fail: ParseFailure = (problem, place) => new CatalogFileError(file, problem, place);
  const document = extension === '.json' ? parseJsonText(content, fail) : parseYamlText(content, fail).value;
  checkSizes(document, (entryPath, problem) => new CatalogFileError(file, problem, { path: pathText(entryPath) }));
  return document;
}

/**
 * Returns `base` merged with `override` (the parsed content of a catalog file).
 *
 * - `regions`, `machineTypes`, `accelerators`, `scaleTiers`, `runtimeVersions`: an entry whose `id` (`version` for
 *   runtime versions) is already in `base` replaces that entry field by field (shallow merge); a new id is added at
 *   the end and must give every required field.
 * - `tpu`, `prices`, `quotas`: deep-merged (objects merged key by key, arrays and values replaced).
 * - `version` replaces the catalog version.
 * - `vertex` (the Vertex AI CustomJob facts): `machineFamilies` (by `prefix`), `accelerators` (by `id`),
 *   `machineAccelerators` (by `machineType`) and `prebuiltImages.images` (by `image`) are merged as the lists above;
 *   `trainingRegions`, `tpu`, `disk` and the rest of `prebuiltImages` as blocks; `vertex.version` replaces its version.
 * - An entry or block that omits `source`/`read` gets `source: <fileName>` and `read: 'unknown'`.
 *
 * Throws `CatalogFileError` (one line, `<fileName>: <place>: <problem>`) on the first invalid value.
 *
 * @param base the catalog to extend, usually `Catalog.default().data`
 * @param override the parsed file: `undefined` or `null` (an empty YAML file) changes nothing
 * @param fileName the file's name, for error messages and default sources
 */
export function mergeCatalog(base: CatalogData, override: unknown, fileName: string): CatalogData {
  const parsed = OVERRIDE.safeParse(override ?? {});
  if (!parsed.success) throw issueError(fileName, OVERRIDE, parsed.error.issues, '');
  const o = parsed.data as OverrideData;
  const defaults = { source: fileName, read: 'unknown' };
  return {
    version: o.version ?? base.version,
    regions: mergeList(fileName, 'regions', ENTRIES.regions, 'id', base.regions, o.regions, defaults),
    machineTypes: mergeList(fileName, 'machineTypes', ENTRIES.machineTypes, 'id', base.machineTypes, o.machineTypes, defaults),
    accelerators: mergeList(fileName, 'accelerators', ENTRIES.accelerators, 'id', base.accelerators, o.accelerators, defaults),
    scaleTiers: mergeList(fileName, 'scaleTiers', ENTRIES.scaleTiers, 'id', base.scaleTiers, o.scaleTiers, defaults),
    runtimeVersions: mergeList(fileName, 'runtimeVersions', ENTRIES.runtimeVersions, 'version', base.runtimeVersions, o.runtimeVersions, defaults),
    tpu: o.tpu ? deepMerge(base.tpu, { ...defaults, ...o.tpu }) : base.tpu,
    prices: o.prices ? deepMerge(base.prices, { ...defaults, ...o.prices }) : base.prices,
    quotas: o.quotas ? deepMerge(base.quotas, { ...defaults, ...o.quotas }) : base.quotas,
    ...(o.vertex ? { vertex: mergeVertex(base.vertex ?? DEFAULT_VERTEX_CATALOG_DATA, o.vertex, fileName, defaults) } : base.vertex ? { vertex: base.vertex } : {}),
  };
}

/** The Vertex AI facts of `base` with the `vertex` section of an override file merged in. */
function mergeVertex(base: VertexCatalogData, o: VertexOverrideData, fileName: string, defaults: { source: string; read: string }): VertexCatalogData {
  const block = <T>(current: T, override: object | undefined): T => (override ? deepMerge(current, { ...defaults, ...override }) : current);
  const { images, ...imagesBlock } = o.prebuiltImages ?? {};
  const prebuiltImages = block(base.prebuiltImages, o.prebuiltImages ? imagesBlock : undefined);
  return {
    version: o.version ?? base.version,
    trainingRegions: block(base.trainingRegions, o.trainingRegions),
    machineFamilies: mergeList(fileName, 'vertex.machineFamilies', VERTEX_ENTRIES.machineFamilies, 'prefix', base.machineFamilies, o.machineFamilies, defaults),
    accelerators: mergeList(fileName, 'vertex.accelerators', VERTEX_ENTRIES.accelerators, 'id', base.accelerators, o.accelerators, defaults),
    machineAccelerators: mergeList(fileName, 'vertex.machineAccelerators', VERTEX_ENTRIES.machineAccelerators, 'machineType', base.machineAccelerators, o.machineAccelerators, defaults),
    tpu: block(base.tpu, o.tpu),
    disk: block(base.disk, o.disk),
    prebuiltImages: { ...prebuiltImages, images: mergeList(fileName, 'vertex.prebuiltImages.images', VERTEX_ENTRIES.images, 'image', base.prebuiltImages.images, images, defaults) },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation (internal).

/** Error options: "required" when the field is missing, else `expected <what>`. */
function expecting(what: string) {
  return { error: (issue: { input: unknown }) => (issue.input === undefined ? 'required' : `expected ${what}`) };
}

const anyText = z.string(expecting('a string'));
const name = z.string(expecting('a string')).min(1, { error: 'expected a non-empty string' });
const flag = z.boolean(expecting('true or false'));
const day = name.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });
const readDay = name.regex(/^(\d{4}-\d{2}-\d{2}|unknown)$/, { error: 'expected a date YYYY-MM-DD or "unknown"' });
const amount = z.number(expecting('a number')).nonnegative({ error: 'expected a number ≥ 0' });
const size = z.number(expecting('a number')).positive({ error: 'expected a number > 0' });
const wholeAmount = z.number(expecting('a number')).int({ error: 'expected a whole number' }).nonnegative({ error: 'expected a number ≥ 0' });
const count = z.number(expecting('a number')).int({ error: 'expected a whole number' }).positive({ error: 'expected a number > 0' });
const counts = z.array(count, expecting('an array of numbers'));
const names = z.array(name, expecting('an array of strings'));
/** A version string: YAML reads an unquoted `2.10` as the number 2.1, so say so. */
const versionText = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'required'
        : typeof issue.input === 'number'
          ? `expected a string; quote versions ("${issue.input}"): YAML reads 2.10 as the number 2.1`
          : 'expected a string',
  })
  .min(1, { error: 'expected a non-empty string' });
const builtIn = z.strictObject({ type: name, count }, expecting('a mapping with type and count'));
/** A mapping of names to `value`. */
function mapping<T extends z.ZodType>(value: T) {
  return z.record(z.string(), value, expecting('a mapping'));
}
/** A list of `item`. */
function list<T extends z.ZodType>(item: T) {
  return z.array(item, expecting('a list'));
}

/** Fields every fact carries (`source`, `read`) or may carry (the others). */
const SOURCED_REQUIRED = { source: name, read: readDay };
const SOURCED_OPTIONAL = { confirmed: flag, note: anyText, unconfirmedFields: names };
const SOURCED = { ...SOURCED_REQUIRED, ...SOURCED_OPTIONAL };

/** The schema of a full entry (a new key) and of an override entry (only the key required), strict both. */
function entry(key: string, required: z.ZodRawShape, optional: z.ZodRawShape): EntrySchemas {
  const keyShape = { [key]: key === 'version' ? versionText : name };
  return {
    full: z.strictObject(
      { ...keyShape, ...required, ...optionalAll(optional), ...SOURCED_REQUIRED, ...optionalAll(SOURCED_OPTIONAL) },
      expecting('a mapping'),
    ),
    partial: z.strictObject(
      { ...keyShape, ...optionalAll(required), ...optionalAll(optional), ...optionalAll(SOURCED) },
      expecting('a mapping'),
    ),
  };
}

/** The two schemas of one list's entries. */
interface EntrySchemas {
  readonly full: z.ZodType;
  readonly partial: z.ZodType;
}

/** `shape` with every field optional. */
function optionalAll(shape: z.ZodRawShape): z.ZodRawShape {
  return Object.fromEntries(Object.entries(shape).map(([k, schema]) => [k, (schema as z.ZodType).optional()]));
}

const ENTRIES = {
  regions: entry('id', { training: flag, batchPrediction: flag }, {}),
  machineTypes: entry(
    'id',
    { category: z.enum(['legacy', 'compute-engine'], expecting('"legacy" or "compute-engine"')) },
    { vcpus: size, memoryGb: size, builtInAccelerator: builtIn, mlUnits: amount },
  ),
  accelerators: entry(
    'id',
    { kind: z.enum(['gpu', 'tpu'], expecting('"gpu" or "tpu"')), regions: names, countsByMachineType: mapping(counts) },
    {},
  ),
  scaleTiers: entry(
    'id',
    { description: anyText },
    {
      masterType: name,
      workerType: name,
      parameterServerType: name,
      workerCount: wholeAmount,
      parameterServerCount: wholeAmount,
      accelerator: builtIn,
      mlUnits: amount,
    },
  ),
  runtimeVersions: entry(
    'version',
    { pythonVersions: z.array(versionText, expecting('an array of strings')), tpu: flag, gpu: flag },
    { defaultPythonVersion: versionText, released: day, endOfSupport: day, batchPrediction: flag },
  ),
};

const TPU_OVERRIDE = z.strictObject(
  optionalAll({
    machineType: name,
    acceleratorTypes: names,
    countsByType: mapping(counts),
    maxWorkerCount: count,
    anyMasterCategory: flag,
    acceleratorConfigOptional: flag,
    ...SOURCED,
  }),
  expecting('a mapping'),
);
const PRICES_OVERRIDE = z.strictObject(
  optionalAll({
    trainingUnitHour: mapping(amount),
    acceleratorUnits: mapping(amount),
    batchPredictionNodeHour: mapping(amount),
    regionGroups: mapping(name),
    ...SOURCED,
  }),
  expecting('a mapping'),
);
const QUOTAS_OVERRIDE = z.strictObject(
  optionalAll({
    acceleratorsPerRegion: mapping(mapping(wholeAmount)),
    vcpusPerRegion: mapping(wholeAmount),
    vcpusPerProject: wholeAmount,
    ...SOURCED,
  }),
  expecting('a mapping'),
);

/** The lists of the `vertex` section. */
const VERTEX_ENTRIES = {
  machineFamilies: entry(
    'prefix',
    { accelerators: z.enum(['attachable', 'fixed', 'none', 'tpu'], expecting('"attachable", "fixed", "none" or "tpu"')) },
    { tpuTopologyRequired: flag },
  ),
  accelerators: entry('id', { kind: z.enum(['gpu', 'tpu'], expecting('"gpu" or "tpu"')) }, { regions: names, deprecated: anyText }),
  machineAccelerators: entry('machineType', { counts: mapping(counts) }, {}),
  images: entry(
    'image',
    { framework: name, frameworkVersion: versionText, pythonVersion: versionText, accelerator: z.enum(['cpu', 'gpu', 'tpu'], expecting('"cpu", "gpu" or "tpu"')) },
    { endOfAvailability: day },
  ),
};

const VERTEX_OVERRIDE = z.strictObject(
  {
    version: versionText.optional(),
    trainingRegions: z.strictObject(optionalAll({ ids: names, ...SOURCED }), expecting('a mapping')).optional(),
    machineFamilies: list(VERTEX_ENTRIES.machineFamilies.partial).optional(),
    accelerators: list(VERTEX_ENTRIES.accelerators.partial).optional(),
    machineAccelerators: list(VERTEX_ENTRIES.machineAccelerators.partial).optional(),
    tpu: z.strictObject(
      optionalAll({ cloudTpuMachineType: name, cloudTpuTypes: names, cloudTpuCount: count, podCountMultiple: count, ...SOURCED }),
      expecting('a mapping'),
    ).optional(),
    disk: z.strictObject(
      optionalAll({ types: names, defaultSizeGb: count, minSizeGb: count, maxSizeGb: count, ...SOURCED }),
      expecting('a mapping'),
    ).optional(),
    prebuiltImages: z.strictObject(
      optionalAll({ registries: names, defaultRegistry: name, tag: name, families: names, images: list(VERTEX_ENTRIES.images.partial), ...SOURCED }),
      expecting('a mapping'),
    ).optional(),
  },
  expecting('a mapping'),
);

const OVERRIDE = z.strictObject(
  {
    version: versionText.optional(),
    regions: list(ENTRIES.regions.partial).optional(),
    machineTypes: list(ENTRIES.machineTypes.partial).optional(),
    accelerators: list(ENTRIES.accelerators.partial).optional(),
    scaleTiers: list(ENTRIES.scaleTiers.partial).optional(),
    runtimeVersions: list(ENTRIES.runtimeVersions.partial).optional(),
    tpu: TPU_OVERRIDE.optional(),
    prices: PRICES_OVERRIDE.optional(),
    quotas: QUOTAS_OVERRIDE.optional(),
    vertex: VERTEX_OVERRIDE.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'expected a mapping with regions, machineTypes, accelerators, scaleTiers, runtimeVersions, tpu, prices, quotas or vertex'
        : undefined,
  },
);

/** A validated override entry: its key and any other fields. */
type OverrideEntry = { readonly [field: string]: unknown };

/** The validated override file. */
interface OverrideData {
  readonly version?: string;
  readonly regions?: OverrideEntry[];
  readonly machineTypes?: OverrideEntry[];
  readonly accelerators?: OverrideEntry[];
  readonly scaleTiers?: OverrideEntry[];
  readonly runtimeVersions?: OverrideEntry[];
  readonly tpu?: object;
  readonly prices?: object;
  readonly quotas?: object;
  readonly vertex?: VertexOverrideData;
}

/** The validated `vertex` section. */
interface VertexOverrideData {
  readonly version?: string;
  readonly trainingRegions?: object;
  readonly machineFamilies?: OverrideEntry[];
  readonly accelerators?: OverrideEntry[];
  readonly machineAccelerators?: OverrideEntry[];
  readonly tpu?: object;
  readonly disk?: object;
  readonly prebuiltImages?: { readonly images?: OverrideEntry[]; readonly [field: string]: unknown };
}

// ---------------------------------------------------------------------------------------------------------------
// Merging and errors (internal).

/** `base` with `overrides` merged in by `key`; a new entry is checked against the full schema. */
function mergeList<T extends object>(
  fileName: string,
  section: string,
  schemas: EntrySchemas,
  key: string,
  base: readonly T[],
  overrides: readonly OverrideEntry[] | undefined,
  defaults: { source: string; read: string },
): T[] {
  const out: T[] = [...base];
  const index = new Map<unknown, number>(out.map((item, i) => [(item as { [k: string]: unknown })[key], i]));
  (overrides ?? []).forEach((override, i) => {
    const at = index.get(override[key]);
    const merged = { ...(at === undefined ? {} : out[at]), ...defaults, ...override } as T;
    if (at !== undefined) {
      out[at] = merged;
      return;
    }
    const checked = schemas.full.safeParse(merged);
    if (!checked.success) {
      throw issueError(fileName, schemas.full, checked.error.issues, `${section}[${i}]`, `${key} "${String(override[key])}" is new`);
    }
    index.set(override[key], out.length);
    out.push(merged);
  });
  return out;
}

/** `base` with `override` merged in: plain objects key by key, everything else replaced. */
function deepMerge<T>(base: T, override: object): T {
  const out: { [key: string]: unknown } = { ...(base as object) };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] = isPlainObject(value) && isPlainObject(current) ? deepMerge(current, value) : value;
  }
  return out as T;
}

/**
 * The first zod issue of validating against `schema` as a one-line `CatalogFileError` (with a count of the others); an
 * unknown field gets the closest field `schema` allows there.
 */
function issueError(fileName: string, schema: z.core.$ZodType, issues: readonly z.core.$ZodIssue[], prefix: string, context?: string): CatalogFileError {
  const issue = issues[0];
  let where = prefix + formatPath(issue.path);
  let problem = issue.message;
  if (issue.code === 'unrecognized_keys') {
    where += formatPath([issue.keys[0]]);
    const meant = closestName(issue.keys[0], fieldsAt(schema, issue.path));
    problem = meant ? `unknown field (did you mean ${meant}?)` : 'unknown field';
  }
  if (context && problem === 'required') problem = `required (${context})`;
  if (issues.length > 1) problem += ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})`;
  return new CatalogFileError(fileName, problem, { path: where.replace(/^\./, '') || undefined });
}

/** What this file reads of a zod schema's definition: its kind and the schemas inside it. */
interface SchemaDefinition {
  readonly type: string;
  readonly shape?: { readonly [field: string]: z.core.$ZodType };
  readonly innerType?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
}

/** The fields of the object that `schema` expects at `pathItems` (none where it expects no object). */
function fieldsAt(schema: z.core.$ZodType, pathItems: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  for (const item of [...pathItems, undefined]) {
    let def = current?._zod.def as SchemaDefinition | undefined;
    while (def?.innerType) def = def.innerType._zod.def as SchemaDefinition; // optional()
    if (item === undefined) return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    current = def?.type === 'object' ? def.shape?.[String(item)] : def?.type === 'array' ? def.element : def?.type === 'record' ? def.valueType : undefined;
  }
  return [];
}

/** `['accelerators', 2, 'regions']` → `.accelerators[2].regions`. */
function formatPath(pathItems: readonly PropertyKey[]): string {
  return pathItems.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}
