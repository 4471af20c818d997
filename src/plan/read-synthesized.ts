import * as fs from 'fs';
import * as path from 'path';
import { InputFileError, inputFileFailure } from '../read/input-file-error';
import { JsonDocument, parseJsonDocument, parseJsonText } from '../read/parse-document';
import { StringSemantics } from '../read/prepare-job';
import { readInputFile } from '../read/read-input-file';
import { checkSizes, pathText } from '../read/size-limits';
import { customJobFromTerraform } from '../model/custom-job-terraform-mapping';
import { jobFromTerraform } from '../model/terraform-mapping';
import { parseSourceLocation, projectFolderOf } from '../model/source-location';
import { CUSTOM_JOB_RESOURCE_TYPE, RESOURCE_TYPE } from '../model/provider-schema';
import { compareText } from '../report/compare-text';
import { DesiredCustomJob, DesiredJob, DesiredResource } from './plan-inputs';
import { isPlainObject } from '../model/plain-object';
import { Writable } from '../model/writable';

/** The jobs of synthesized output, and the stacks they came from. */
export interface SynthesizedJobs {
  /** Every stack read, sorted, including stacks without jobs. */
  readonly stacks: string[];
  /** Every `google_ml_engine_job`, sorted by stack and address. */
  readonly jobs: DesiredJob[];
  /** Every `google_vertex_ai_custom_job`, sorted by stack and address. */
  readonly customJobs: DesiredCustomJob[];
}

/** The job resources of one stack or plan, unsorted. */
interface ResourcesRead {
  readonly jobs: DesiredJob[];
  readonly customJobs: DesiredCustomJob[];
}

/** The job resource types `mljob` reads. */
const JOB_TYPES = [RESOURCE_TYPE, CUSTOM_JOB_RESOURCE_TYPE] as const;

type JsonObject = { [name: string]: unknown };

/**
 * Reads the `google_ml_engine_job` and `google_vertex_ai_custom_job` resources of synthesized cdktf output: a cdktf output directory (through its
 * `manifest.json`), a stack directory or a `cdk.tf.json` file, or a Terraform plan (`terraform show -json`).
 * Throws `InputFileError` for a missing or unreadable input, or a directory without stacks.
 */
export function readSynthesized(input: string): SynthesizedJobs {
  const stat = statOf(input);
  if (stat.isDirectory()) return readDirectory(input);
  const { value: document, sized, escapes } = readJsonDocument(input);
  if (isPlanJson(document)) return sorted([path.basename(input).replace(/\.json$/i, '')], jobsOfPlan(document, input, sized));
  if (isPlainObject(document) && ('resource' in document || 'terraform' in document || 'provider' in document)) {
    const stack = stackNameOf(document, input);
    return sorted([stack], jobsOfConfig(document, stack, input, sized, escapes));
  }
  throw new InputFileError(input, '', 'not synthesized Terraform JSON (no "resource" or "terraform" key) and not a plan from `terraform show -json`');
}

function readDirectory(dir: string): SynthesizedJobs {
  const manifestFile = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifestFile)) {
    const manifest = readJson(manifestFile);
    const stacks = isPlainObject(manifest) && isPlainObject(manifest.stacks) ? manifest.stacks : undefined;
    if (!stacks || Object.keys(stacks).length === 0) throw new InputFileError(manifestFile, 'stacks', 'the manifest lists no stacks; run `cdktf synth` first');
    const names: string[] = [];
    const read: ResourcesRead = { jobs: [], customJobs: [] };
    for (const [name, entry] of Object.entries(stacks)) {
      const stackPath = isPlainObject(entry) && typeof entry.synthesizedStackPath === 'string' ? entry.synthesizedStackPath : undefined;
      if (!stackPath) throw new InputFileError(manifestFile, `stacks.${name}`, 'no synthesizedStackPath');
      const file = path.join(dir, stackPath);
      if (!isInside(dir, file)) {
        throw new InputFileError(manifestFile, `stacks.${name}.synthesizedStackPath`, `${JSON.stringify(stackPath)} is outside the output directory; cdktf writes every stack inside it`);
      }
      const { value: document, sized, escapes } = readJsonDocument(file);
      if (!isPlainObject(document)) throw new InputFileError(file, '', 'expected a JSON object');
      names.push(name);
      const stackRead = jobsOfConfig(document, name, file, sized, escapes);
      for (const job of stackRead.jobs) read.jobs.push(job);
      for (const job of stackRead.customJobs) read.customJobs.push(job);
    }
    return sorted(names, read);
  }
  const single = path.join(dir, 'cdk.tf.json');
  if (fs.existsSync(single)) return readSynthesized(single);
  throw new InputFileError(dir, '', 'no stacks here: expected a cdktf output directory with manifest.json (run `cdktf synth`), or a cdk.tf.json');
}

/**
 * The job resources of one synthesized stack (`cdk.tf.json`); `sized` when all of it is within the size limits,
 * `escapes` unless no string of it holds a template escape.
 */
function jobsOfConfig(document: JsonObject, stack: string, file: string, sized: boolean, escapes: boolean): ResourcesRead {
  const read: ResourcesRead = { jobs: [], customJobs: [] };
  // Recorded sources are relative to the project folder: found once per file (it walks the file system), when needed.
  let projectFolder: string | undefined;
  const sourceRoot = (): string => (projectFolder ??= projectFolderOf(file) ?? process.cwd());
  let defaults: ProviderDefaults | undefined;
  const imports = importIdsOfConfig(document.import);
  for (const type of JOB_TYPES) {
    const resources = isPlainObject(document.resource) ? document.resource[type] : undefined;
    if (!isPlainObject(resources)) continue;
    for (const [name, block] of Object.entries(resources)) {
      if (!isPlainObject(block)) throw new InputFileError(file, `resource.${type}.${name}`, 'expected an object');
      const where = { file, pointer: `/resource/${type}/${escapePointer(name)}` };
      // Most resources use the default provider: its defaults are worked out once.
      const provider = block.provider === undefined ? (defaults ??= providerOf(document.provider, undefined)) : providerOf(document.provider, block.provider);
      const importId = imports?.get(`${type}.${name}`);
      addResource(read, type, { stack, name, block, provider, location: where, strings: 'terraform', escapes, sourceRoot, sized, ...(importId !== undefined ? { importId } : {}) });
    }
  }
  return read;
}

/**
 * The ids of a stack's `import` blocks (`[{ "to": "google_ml_engine_job.census", "id": "projects/p/jobs/census" }]`,
 * as cdktf's `importFrom` writes them) by the address they import to; undefined when there are none. An id that is
 * not a string (an expression Terraform evaluates) is left out: the plan cannot tell which job it is.
 */
function importIdsOfConfig(blocks: unknown): Map<string, string> | undefined {
  if (!Array.isArray(blocks) || !blocks.length) return undefined;
  const ids = new Map<string, string>();
  for (const block of blocks) {
    if (isPlainObject(block) && typeof block.to === 'string' && typeof block.id === 'string') ids.set(block.to, block.id);
  }
  return ids;
}

/** The ids of the imports of a Terraform plan (`resource_changes[].change.importing.id`), by resource address. */
function importIdsOfPlan(changes: unknown): Map<string, string> | undefined {
  if (!Array.isArray(changes)) return undefined;
  const ids = new Map<string, string>();
  for (const change of changes) {
    if (!isPlainObject(change) || typeof change.address !== 'string' || !isPlainObject(change.change)) continue;
    const importing = change.change.importing;
    if (isPlainObject(importing) && typeof importing.id === 'string') ids.set(change.address, importing.id);
  }
  return ids.size ? ids : undefined;
}

/** The job resources a Terraform plan JSON will have: `planned_values`, root module and child modules. */
function jobsOfPlan(document: JsonObject, file: string, sized: boolean): ResourcesRead {
  const stack = path.basename(file).replace(/\.json$/i, '');
  const read: ResourcesRead = { jobs: [], customJobs: [] };
  const imports = importIdsOfPlan(document.resource_changes);
  const visit = (module: unknown, pointer: string): void => {
    if (!isPlainObject(module)) return;
    const resources = Array.isArray(module.resources) ? module.resources : [];
    resources.forEach((resource, i) => {
      if (!isPlainObject(resource) || resource.mode === 'data' || !isPlainObject(resource.values)) return;
      const type = JOB_TYPES.find((t) => t === resource.type);
      if (!type) return;
      const address = typeof resource.address === 'string' ? resource.address : `${type}.${String(resource.name)}`;
      const name = address.replace(new RegExp(`^(.*\\.)?${type}\\.`), '');
      const modulePrefix = address.slice(0, address.length - `${type}.${name}`.length);
      const where = { file, pointer: `${pointer}/resources/${i}` };
      const importId = imports?.get(address);
      addResource(read, type, {
        stack, name, block: resource.values, provider: {}, location: where, strings: 'literal', escapes: false, sourceRoot: () => process.cwd(), sized, modulePrefix,
        ...(importId !== undefined ? { importId } : {}),
      });
    });
    const children = Array.isArray(module.child_modules) ? module.child_modules : [];
    children.forEach((child, i) => visit(child, `${pointer}/child_modules/${i}`));
  };
  const planned = isPlainObject(document.planned_values) ? document.planned_values.root_module : undefined;
  visit(planned, '/planned_values/root_module');
  return read;
}

/** One resource block to read, and what it is read with. */
interface ResourceBlock {
  readonly stack: string;
  readonly name: string;
  readonly block: JsonObject;
  /** The defaults of the provider configuration the resource uses. */
  readonly provider: ProviderDefaults;
  readonly location: { file: string; pointer: string };
  readonly strings: StringSemantics;
  /** False when no string of the document holds a template escape (see `DesiredResource.escapes`). */
  readonly escapes: boolean;
  readonly sourceRoot: () => string;
  /** True when the whole document is within the size limits: the block needs no check of its own. */
  readonly sized: boolean;
  readonly modulePrefix?: string;
  /** The id of the `import` block that targets the resource, if any. */
  readonly importId?: string;
}

function addResource(read: ResourcesRead, type: (typeof JOB_TYPES)[number], resource: ResourceBlock): void {
  const common = desiredResource(type, resource);
  if (type === RESOURCE_TYPE) {
    const { job, project, unknownFields } = jobFromTerraform(resource.block);
    // Built by assignment onto `common`, in the order a spread of it would give: a spread result per job gets a hidden
    // class of its own in V8, which makes every later read of a desired job's fields slow (10,000 jobs per plan).
    const desired = common as Writable<DesiredJob>;
    desired.job = job;
    const projectName = projectOf(project, resource.provider);
    if (projectName !== undefined) desired.project = projectName;
    desired.unknownFields = unknownFields;
    read.jobs.push(desired);
    return;
  }
  const { customJob, project, location, unknownFields } = customJobFromTerraform(resource.block);
  const region = typeof location === 'string' ? location : resource.provider.region;
  const projectName = projectOf(project, resource.provider);
  read.customJobs.push({ ...common, customJob, ...(projectName !== undefined ? { project: projectName } : {}), ...(region !== undefined ? { region } : {}), unknownFields });
}

/** The project of a resource: its own `project` argument, else its provider's. */
function projectOf(project: unknown, provider: ProviderDefaults): string | undefined {
  return typeof project === 'string' ? project : provider.project;
}

/**
 * What a job resource of any type has: its address, construct path, source location and raw block. A fresh object
 * for the caller to complete.
 */
function desiredResource(type: string, resource: ResourceBlock): Omit<DesiredResource, 'unknownFields' | 'project'> {
  const { stack, name, block, location, strings, sourceRoot } = resource;
  const address = `${resource.modulePrefix ?? ''}${type}.${name}`;
  if (!resource.sized) checkSizes(block, (path, problem) => new InputFileError(location.file, `${strings === 'terraform' ? 'resource.' : ''}${address}.${pathText(path)}`, problem));
  const metadata = isPlainObject(block['//']) && isPlainObject(block['//'].metadata) ? block['//'].metadata : {};
  const constructPath = typeof metadata.path === 'string' ? metadata.path : undefined;
  // Recorded by the L2 constructs at synth, relative to the project folder where synth ran.
  const recorded = isPlainObject(block['//']) && isPlainObject(block['//'].mljob) ? parseSourceLocation(block['//'].mljob.source) : undefined;
  const source = recorded ? { ...recorded, file: path.resolve(sourceRoot(), recorded.file) } : undefined;
  // Built by assignment (see addResource).
  const common: Writable<Omit<DesiredResource, 'unknownFields' | 'project'>> = { stack, address, resource: `${stack}/${address}` } as DesiredResource;
  if (constructPath) common.constructPath = constructPath;
  if (resource.importId !== undefined) common.importId = resource.importId;
  common.location = source ?? location;
  common.raw = block;
  common.strings = strings;
  common.escapes = resource.escapes;
  return common;
}

/** The `project` and `region` a provider configuration gives the resources that use it. */
interface ProviderDefaults {
  readonly project?: string;
  readonly region?: string;
}

/**
 * The defaults of the provider configuration a resource uses: the one its `provider` meta-argument names (`mljobs`,
 * `google.europe`), then the default (no alias) `google` configuration for what that one leaves unset.
 */
function providerOf(providers: unknown, reference: unknown): ProviderDefaults {
  const fallback = providerConfig(providers, 'google', undefined);
  if (typeof reference !== 'string') return fallback;
  const [type, alias] = reference.split('.');
  return { ...fallback, ...providerConfig(providers, type, alias) };
}

function providerConfig(providers: unknown, type: string, alias: string | undefined): ProviderDefaults {
  const entry = isPlainObject(providers) ? providers[type] : undefined;
  const configs = Array.isArray(entry) ? entry : entry ? [entry] : [];
  const config = configs.find((c) => isPlainObject(c) && c.alias === alias);
  if (!isPlainObject(config)) return {};
  return {
    ...(typeof config.project === 'string' ? { project: config.project } : {}),
    ...(typeof config.region === 'string' ? { region: config.region } : {}),
  };
}

function stackNameOf(document: JsonObject, file: string): string {
  const metadata = isPlainObject(document['//']) && isPlainObject(document['//'].metadata) ? document['//'].metadata : {};
  if (typeof metadata.stackName === 'string') return metadata.stackName;
  const base = path.basename(file);
  return base === 'cdk.tf.json' ? path.basename(path.dirname(path.resolve(file))) : base.replace(/\.tf\.json$|\.json$/i, '');
}

function isPlanJson(document: unknown): document is JsonObject {
  return isPlainObject(document) && typeof document.format_version === 'string' && ('planned_values' in document || 'resource_changes' in document);
}

function sorted(stacks: string[], read: ResourcesRead): SynthesizedJobs {
  const order = (a: DesiredResource, b: DesiredResource): number => compareText(a.stack, b.stack) || compareText(a.address, b.address);
  return { stacks: [...stacks].sort(compareText), jobs: [...read.jobs].sort(order), customJobs: [...read.customJobs].sort(order) };
}

/** True when `file` is `dir` or below it, by their names (a manifest must not send the reader elsewhere). */
function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** Reads and parses a JSON file, with one-line errors. */
export function readJson(file: string): unknown {
  return parseJsonText(readInputFile(file), inputFileFailure(file));
}

/** Reads and parses a large JSON file, with one-line errors, and whether all of it is within the size limits. */
export function readJsonDocument(file: string): JsonDocument {
  return parseJsonDocument(readInputFile(file), inputFileFailure(file));
}

function statOf(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (error) {
    throw new InputFileError(file, '', inputErrnoMessage(file, error));
  }
}

/**
 * `errnoMessage` for an input of plan, check or export: a missing `cdktf.out` (the default input, or one named so) is
 * the usual first-run mistake, so the message says what makes it.
 */
export function inputErrnoMessage(input: string, error: unknown): string {
  const missingOutput = (error as NodeJS.ErrnoException).code === 'ENOENT' && path.basename(path.resolve(input)) === 'cdktf.out';
  return missingOutput ? 'no such directory; run `cdktf synth` first to synthesize the stacks into it' : errnoMessage(error);
}

/** A short message for a file-system error. */
export function errnoMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  return (error as Error).message;
}

function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}
