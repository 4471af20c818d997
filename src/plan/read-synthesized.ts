import * as fs from 'fs';
import * as path from 'path';
import { InputFileError } from '../import/input-file-error';
import { StringSemantics } from '../import/prepare-job';
import { readInputFile } from '../import/read-input-file';
import { checkSizes, pathText } from '../import/size-limits';
import { JsonDocument, parseJson, parseJsonDocument } from '../import/read-job-file';
import { jobFromTerraform } from '../model/terraform-mapping';
import { parseSourceLocation, projectFolderOf } from '../model/source-location';
import { RESOURCE_TYPE } from '../model/provider-schema';
import { compareText } from '../report/compare-text';
import { DesiredJob } from './plan-inputs';

/** The jobs of synthesized output, and the stacks they came from. */
export interface SynthesizedJobs {
  /** Every stack read, sorted, including stacks without jobs. */
  readonly stacks: string[];
  /** Every job, sorted by stack and address. */
  readonly jobs: DesiredJob[];
}

type JsonObject = { [name: string]: unknown };

/**
 * Reads the `google_ml_engine_job` resources of synthesized cdktf output: a cdktf output directory (through its
 * `manifest.json`), a stack directory or a `cdk.tf.json` file, or a Terraform plan (`terraform show -json`).
 * Throws `InputFileError` for a missing or unreadable input, or a directory without stacks.
 */
export function readSynthesized(input: string): SynthesizedJobs {
  const stat = statOf(input);
  if (stat.isDirectory()) return readDirectory(input);
  const { value: document, sized } = readJsonDocument(input);
  if (isPlanJson(document)) return sorted([path.basename(input).replace(/\.json$/i, '')], jobsOfPlan(document, input, sized));
  if (isObject(document) && ('resource' in document || 'terraform' in document || 'provider' in document)) {
    const stack = stackNameOf(document, input);
    return sorted([stack], jobsOfConfig(document, stack, input, sized));
  }
  throw new InputFileError(input, '', 'not synthesized Terraform JSON (no "resource" or "terraform" key) and not a plan from `terraform show -json`');
}

function readDirectory(dir: string): SynthesizedJobs {
  const manifestFile = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifestFile)) {
    const manifest = readJson(manifestFile);
    const stacks = isObject(manifest) && isObject(manifest.stacks) ? manifest.stacks : undefined;
    if (!stacks || Object.keys(stacks).length === 0) throw new InputFileError(manifestFile, 'stacks', 'the manifest lists no stacks; run `cdktf synth` first');
    const names: string[] = [];
    const jobs: DesiredJob[] = [];
    for (const [name, entry] of Object.entries(stacks)) {
      const stackPath = isObject(entry) && typeof entry.synthesizedStackPath === 'string' ? entry.synthesizedStackPath : undefined;
      if (!stackPath) throw new InputFileError(manifestFile, `stacks.${name}`, 'no synthesizedStackPath');
      const file = path.join(dir, stackPath);
      if (!isInside(dir, file)) {
        throw new InputFileError(manifestFile, `stacks.${name}.synthesizedStackPath`, `${JSON.stringify(stackPath)} is outside the output directory; cdktf writes every stack inside it`);
      }
      const { value: document, sized } = readJsonDocument(file);
      if (!isObject(document)) throw new InputFileError(file, '', 'expected a JSON object');
      names.push(name);
      for (const job of jobsOfConfig(document, name, file, sized)) jobs.push(job);
    }
    return sorted(names, jobs);
  }
  const single = path.join(dir, 'cdk.tf.json');
  if (fs.existsSync(single)) return readSynthesized(single);
  throw new InputFileError(dir, '', 'no stacks here: expected a cdktf output directory with manifest.json (run `cdktf synth`), or a cdk.tf.json');
}

/** The jobs of one synthesized stack (`cdk.tf.json`); `sized` when the whole document is within the size limits. */
function jobsOfConfig(document: JsonObject, stack: string, file: string, sized: boolean): DesiredJob[] {
  const resources = isObject(document.resource) ? document.resource[RESOURCE_TYPE] : undefined;
  if (!isObject(resources)) return [];
  const providerProject = projectOfProviders(document.provider);
  // Recorded sources are relative to the project folder: found once per file (it walks the file system), when needed.
  let projectFolder: string | undefined;
  const sourceRoot = (): string => (projectFolder ??= projectFolderOf(file) ?? process.cwd());
  return Object.entries(resources).map(([name, block]) => {
    if (!isObject(block)) throw new InputFileError(file, `resource.${RESOURCE_TYPE}.${name}`, 'expected an object');
    return desiredJob(stack, name, block, providerProject, { file, pointer: `/resource/${RESOURCE_TYPE}/${escapePointer(name)}` }, 'terraform', sourceRoot, sized);
  });
}

/** The jobs a Terraform plan JSON will have: `planned_values`, root module and child modules. */
function jobsOfPlan(document: JsonObject, file: string, sized: boolean): DesiredJob[] {
  const stack = path.basename(file).replace(/\.json$/i, '');
  const jobs: DesiredJob[] = [];
  const visit = (module: unknown, pointer: string): void => {
    if (!isObject(module)) return;
    const resources = Array.isArray(module.resources) ? module.resources : [];
    resources.forEach((resource, i) => {
      if (!isObject(resource) || resource.type !== RESOURCE_TYPE || resource.mode === 'data' || !isObject(resource.values)) return;
      const address = typeof resource.address === 'string' ? resource.address : `${RESOURCE_TYPE}.${String(resource.name)}`;
      const name = address.replace(new RegExp(`^(.*\\.)?${RESOURCE_TYPE}\\.`), '');
      const prefix = address.slice(0, address.length - `${RESOURCE_TYPE}.${name}`.length);
      jobs.push(desiredJob(stack, name, resource.values, undefined, { file, pointer: `${pointer}/resources/${i}` }, 'literal', () => process.cwd(), sized, prefix));
    });
    const children = Array.isArray(module.child_modules) ? module.child_modules : [];
    children.forEach((child, i) => visit(child, `${pointer}/child_modules/${i}`));
  };
  const planned = isObject(document.planned_values) ? document.planned_values.root_module : undefined;
  visit(planned, '/planned_values/root_module');
  return jobs;
}

function desiredJob(
  stack: string,
  name: string,
  block: JsonObject,
  providerProject: string | undefined,
  location: { file: string; pointer: string },
  strings: StringSemantics,
  sourceRoot: () => string,
  sized: boolean,
  modulePrefix = '',
): DesiredJob {
  const address = `${modulePrefix}${RESOURCE_TYPE}.${name}`;
  if (!sized) checkSizes(block, (path, problem) => new InputFileError(location.file, `${strings === 'terraform' ? 'resource.' : ''}${address}.${pathText(path)}`, problem));
  const { job, project, unknownFields } = jobFromTerraform(block);
  const metadata = isObject(block['//']) && isObject(block['//'].metadata) ? block['//'].metadata : {};
  const constructPath = typeof metadata.path === 'string' ? metadata.path : undefined;
  // Recorded by the L2 constructs at synth, relative to the project folder where synth ran.
  const recorded = isObject(block['//']) && isObject(block['//'].mljob) ? parseSourceLocation(block['//'].mljob.source) : undefined;
  const source = recorded ? { ...recorded, file: path.resolve(sourceRoot(), recorded.file) } : undefined;
  return {
    stack,
    address,
    resource: `${stack}/${address}`,
    ...(constructPath ? { constructPath } : {}),
    job,
    ...(typeof project === 'string' ? { project } : providerProject ? { project: providerProject } : {}),
    unknownFields,
    location: source ?? location,
    raw: block,
    strings,
  };
}


function projectOfProviders(provider: unknown): string | undefined {
  const google = isObject(provider) ? provider.google : undefined;
  const configs = Array.isArray(google) ? google : google ? [google] : [];
  // The default provider (no alias) configures the resources that do not pick another one.
  const config = configs.find((c) => isObject(c) && c.alias === undefined);
  return isObject(config) && typeof config.project === 'string' ? config.project : undefined;
}

function stackNameOf(document: JsonObject, file: string): string {
  const metadata = isObject(document['//']) && isObject(document['//'].metadata) ? document['//'].metadata : {};
  if (typeof metadata.stackName === 'string') return metadata.stackName;
  const base = path.basename(file);
  return base === 'cdk.tf.json' ? path.basename(path.dirname(path.resolve(file))) : base.replace(/\.tf\.json$|\.json$/i, '');
}

function isPlanJson(document: unknown): document is JsonObject {
  return isObject(document) && typeof document.format_version === 'string' && ('planned_values' in document || 'resource_changes' in document);
}

function sorted(stacks: string[], jobs: DesiredJob[]): SynthesizedJobs {
  return {
    stacks: [...stacks].sort(compareText),
    jobs: [...jobs].sort((a, b) => compareText(a.stack, b.stack) || compareText(a.address, b.address)),
  };
}

/** True when `file` is `dir` or below it, by their names (a manifest must not send the reader elsewhere). */
function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** Reads and parses a JSON file, with one-line errors. */
export function readJson(file: string): unknown {
  return parseJson(readInputFile(file), file);
}

/** Reads and parses a large JSON file, with one-line errors, and whether all of it is within the size limits. */
export function readJsonDocument(file: string): JsonDocument {
  return parseJsonDocument(readInputFile(file), file);
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

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
