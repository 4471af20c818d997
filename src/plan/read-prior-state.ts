import * as fs from 'fs';
import * as path from 'path';
import { InputFileError } from '../read/input-file-error';
import { checkSizes, pathText } from '../read/size-limits';
import { Job } from '../model/job';
import { CustomJob } from '../model/custom-job';
import { customJobFromTerraform, parseCustomJobName } from '../model/custom-job-terraform-mapping';
import { readJobDocument } from '../read/read-job-document';
import { jobFromTerraform } from '../model/terraform-mapping';
import { CUSTOM_JOB_RESOURCE_TYPE, RESOURCE_TYPE } from '../model/provider-schema';
import { PriorCustomJob, PriorJob } from './plan-inputs';
import { STATE_ONLY_CUSTOM_JOB_ATTRIBUTES, STATE_ONLY_JOB_ATTRIBUTES } from './state-only-attributes';
import { errnoMessage, readJsonDocument } from './read-synthesized';
import { isPlainObject } from '../model/plain-object';

type JsonObject = { [name: string]: unknown };

/** The job instances of prior Terraform states, by resource type. */
export interface PriorJobs {
  /** The `google_ml_engine_job` instances. */
  readonly jobs: PriorJob[];
  /** The `google_vertex_ai_custom_job` instances. */
  readonly customJobs: PriorCustomJob[];
}

/**
 * Reads the `google_ml_engine_job` instances of a Terraform state: the v4 state file `terraform state pull` prints
 * (and the local backend writes), or the JSON of `terraform show -json` on a state. `stack` names the stack the
 * state belongs to; without it, a file named `terraform.<stack>.tfstate` (cdktf's local backend) names it.
 *
 * A directory is read as every `*.tfstate` file in it.
 */
export function readPriorState(input: string, stack?: string): PriorJob[] {
  return readPriorJobs(input, stack).jobs;
}

/**
 * Reads the `google_ml_engine_job` and `google_vertex_ai_custom_job` instances of a Terraform state, as
 * `readPriorState` reads the first.
 */
export function readPriorJobs(input: string, stack?: string): PriorJobs {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch (error) {
    throw new InputFileError(input, '', errnoMessage(error));
  }
  if (stat.isDirectory()) {
    const files = fs.readdirSync(input).filter((name) => name.endsWith('.tfstate')).sort();
    if (files.length === 0) throw new InputFileError(input, '', 'no *.tfstate files in this directory');
    const read = files.map((name) => readPriorJobs(path.join(input, name), stack));
    return { jobs: read.flatMap((r) => r.jobs), customJobs: read.flatMap((r) => r.customJobs) };
  }
  const { value: document, sized } = readJsonDocument(input);
  const owner = stack ?? stackOfStateFile(input);
  const out: PriorJobs = { jobs: [], customJobs: [] };
  if (isPlainObject(document) && 'version' in document && !('format_version' in document)) {
    jobsOfStateV4(document, owner, input, sized, out);
    return out;
  }
  if (isPlainObject(document) && typeof document.format_version === 'string' && isPlainObject(document.values)) {
    jobsOfShownState(document.values.root_module, owner, input, sized, out);
    return out;
  }
  throw new InputFileError(input, '', 'not a Terraform state: expected a v4 state file (`terraform state pull`) or `terraform show -json` output');
}

/** `terraform.<stack>.tfstate` → `<stack>`; '' for other names. */
export function stackOfStateFile(file: string): string {
  const match = /^terraform\.(.+)\.tfstate$/.exec(path.basename(file));
  return match ? match[1] : '';
}

function jobsOfStateV4(document: JsonObject, stack: string, file: string, sized: boolean, out: PriorJobs): void {
  if (document.version !== 4) {
    throw new InputFileError(file, 'version', `unsupported state version ${JSON.stringify(document.version)}; expected 4 (Terraform 0.12 and later)`);
  }
  if (!Array.isArray(document.resources)) throw new InputFileError(file, 'resources', 'expected a list of resources');
  document.resources.forEach((resource, i) => {
    if (!isPlainObject(resource)) throw new InputFileError(file, `resources[${i}]`, 'expected a resource object');
    if (!isJobType(resource.type) || resource.mode !== 'managed') return;
    const type = resource.type;
    const instances = Array.isArray(resource.instances) ? resource.instances : [];
    const module = typeof resource.module === 'string' ? `${resource.module}.` : '';
    instances.forEach((instance, j) => {
      if (!isPlainObject(instance) || !isPlainObject(instance.attributes)) {
        throw new InputFileError(file, `resources[${i}].instances[${j}]`, 'expected an instance with attributes');
      }
      const key = instance.index_key === undefined ? '' : `[${JSON.stringify(instance.index_key)}]`;
      addPrior(out, type, stack, `${module}${type}.${String(resource.name)}${key}`, instance.attributes, file, sized);
    });
  });
}

function jobsOfShownState(module: unknown, stack: string, file: string, sized: boolean, out: PriorJobs): void {
  const visit = (current: unknown): void => {
    if (!isPlainObject(current)) return;
    for (const resource of Array.isArray(current.resources) ? current.resources : []) {
      if (!isPlainObject(resource) || !isJobType(resource.type) || resource.mode !== 'managed') continue;
      if (!isPlainObject(resource.values) || typeof resource.address !== 'string') {
        throw new InputFileError(file, String(resource.address ?? 'values'), 'expected a resource with an address and values');
      }
      addPrior(out, resource.type, stack, resource.address, resource.values, file, sized);
    }
    for (const child of Array.isArray(current.child_modules) ? current.child_modules : []) visit(child);
  };
  visit(module);
}

type JobType = typeof RESOURCE_TYPE | typeof CUSTOM_JOB_RESOURCE_TYPE;

function isJobType(type: unknown): type is JobType {
  return type === RESOURCE_TYPE || type === CUSTOM_JOB_RESOURCE_TYPE;
}

/** One job of a state; `sized` when the whole state is within the size limits (else its attributes are checked). */
function addPrior(out: PriorJobs, type: JobType, stack: string, address: string, attributes: JsonObject, file: string, sized: boolean): void {
  if (!sized) checkSizes(attributes, (path, problem) => new InputFileError(file, `${address}.${pathText(path)}`, problem));
  if (type === RESOURCE_TYPE) {
    const project = attributes.project;
    out.jobs.push(new StatePriorJob(stack, address, attributes, typeof project === 'string' && project ? project : undefined, stateOnlyOf(attributes, STATE_ONLY_JOB_ATTRIBUTES).stateOnly));
    return;
  }
  const { customJob, project, location } = customJobFromTerraform(attributes);
  out.customJobs.push({
    stack,
    address,
    customJob,
    ...(typeof project === 'string' && project ? { project } : {}),
    ...(typeof location === 'string' && location ? { region: location } : {}),
    ...stateOnlyOf(attributes, STATE_ONLY_CUSTOM_JOB_ATTRIBUTES),
  });
}

/**
 * A job of a state whose API job is mapped from its attributes when first read: the plan compares most jobs with
 * their state on the attributes themselves, and maps only those it shows or that differ. Every instance has the same
 * fields, assigned in the same order (one hidden class for the 10,000 jobs of a large state).
 */
class StatePriorJob implements PriorJob {
  private mapped: Job | undefined = undefined;

  constructor(
    public readonly stack: string,
    public readonly address: string,
    public readonly attributes: JsonObject,
    public readonly project: string | undefined,
    public readonly stateOnly: JsonObject | undefined,
  ) {}

  public get job(): Job {
    return (this.mapped ??= jobFromTerraform(this.attributes).job);
  }
}

/**
 * Reads the jobs that exist in the project: a REST list response (`{ "jobs": [...] }`), the JSON array of
 * `gcloud ai-platform jobs list --format=json`, or `describe` output. Every job must have a `jobId`.
 */
export function readProjectJobs(file: string): Job[] {
  return readProjectJobLists(file).jobs;
}

/**
 * Reads the jobs that exist in the project, of either service: ML Engine jobs as `readProjectJobs` reads them, or
 * Vertex AI custom jobs (a REST `{ "customJobs": [...] }` list, `gcloud ai custom-jobs list --format=json`, or
 * `describe` output). Every custom job must have its resource `name`, by which the plan matches it to the state.
 */
export function readProjectJobLists(file: string): { jobs: Job[]; customJobs: CustomJob[] } {
  const document = readJobDocument(file, { completeness: 'complete' });
  const jobs = document.jobs.map(({ job, location }) => {
    if (typeof job.jobId !== 'string' || job.jobId === '') {
      throw new InputFileError(file, location.slice(file.length + 1) || 'jobId', 'a job of the project without a jobId');
    }
    return job;
  });
  const customJobs = document.customJobs.map(({ customJob, location }) => {
    if (parseCustomJobName(customJob.name) === undefined) {
      throw new InputFileError(file, location.slice(file.length + 1) || 'name', 'a custom job of the project without its resource name (projects/…/locations/…/customJobs/…)');
    }
    return customJob;
  });
  return { jobs, customJobs };
}

/** `{ stateOnly }`: the state-only attributes a state recorded (set ones only); `{}` when there are none. */
function stateOnlyOf(attributes: JsonObject, names: ReadonlyArray<{ readonly name: string }>): { stateOnly?: JsonObject } {
  let out: JsonObject | undefined;
  for (const { name } of names) if (attributes[name] != null) (out ??= {})[name] = attributes[name];
  return out ? { stateOnly: out } : {};
}
