import * as fs from 'fs';
import * as path from 'path';
import { InputFileError } from '../import/input-file-error';
import { readJobFile } from '../import/read-job-file';
import { checkSizes, pathText } from '../import/size-limits';
import { Job } from '../model/job';
import { jobFromTerraform } from '../model/terraform-mapping';
import { RESOURCE_TYPE } from '../model/provider-schema';
import { PriorJob } from './plan-inputs';
import { errnoMessage, readJsonDocument } from './read-synthesized';

type JsonObject = { [name: string]: unknown };

/**
 * Reads the `google_ml_engine_job` instances of a Terraform state: the v4 state file `terraform state pull` prints
 * (and the local backend writes), or the JSON of `terraform show -json` on a state. `stack` names the stack the
 * state belongs to; without it, a file named `terraform.<stack>.tfstate` (cdktf's local backend) names it.
 *
 * A directory is read as every `*.tfstate` file in it.
 */
export function readPriorState(input: string, stack?: string): PriorJob[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch (error) {
    throw new InputFileError(input, '', errnoMessage(error));
  }
  if (stat.isDirectory()) {
    const files = fs.readdirSync(input).filter((name) => name.endsWith('.tfstate')).sort();
    if (files.length === 0) throw new InputFileError(input, '', 'no *.tfstate files in this directory');
    return files.flatMap((name) => readPriorState(path.join(input, name), stack));
  }
  const { value: document, sized } = readJsonDocument(input);
  const owner = stack ?? stackOfStateFile(input);
  if (isObject(document) && 'version' in document && !('format_version' in document)) return jobsOfStateV4(document, owner, input, sized);
  if (isObject(document) && typeof document.format_version === 'string' && isObject(document.values)) {
    return jobsOfShownState(document.values.root_module, owner, input, sized);
  }
  throw new InputFileError(input, '', 'not a Terraform state: expected a v4 state file (`terraform state pull`) or `terraform show -json` output');
}

/** `terraform.<stack>.tfstate` → `<stack>`; '' for other names. */
export function stackOfStateFile(file: string): string {
  const match = /^terraform\.(.+)\.tfstate$/.exec(path.basename(file));
  return match ? match[1] : '';
}

function jobsOfStateV4(document: JsonObject, stack: string, file: string, sized: boolean): PriorJob[] {
  if (document.version !== 4) {
    throw new InputFileError(file, 'version', `unsupported state version ${JSON.stringify(document.version)}; expected 4 (Terraform 0.12 and later)`);
  }
  if (!Array.isArray(document.resources)) throw new InputFileError(file, 'resources', 'expected a list of resources');
  const jobs: PriorJob[] = [];
  document.resources.forEach((resource, i) => {
    if (!isObject(resource)) throw new InputFileError(file, `resources[${i}]`, 'expected a resource object');
    if (resource.type !== RESOURCE_TYPE || resource.mode !== 'managed') return;
    const instances = Array.isArray(resource.instances) ? resource.instances : [];
    const module = typeof resource.module === 'string' ? `${resource.module}.` : '';
    instances.forEach((instance, j) => {
      if (!isObject(instance) || !isObject(instance.attributes)) {
        throw new InputFileError(file, `resources[${i}].instances[${j}]`, 'expected an instance with attributes');
      }
      const key = instance.index_key === undefined ? '' : `[${JSON.stringify(instance.index_key)}]`;
      jobs.push(priorJob(stack, `${module}${RESOURCE_TYPE}.${String(resource.name)}${key}`, instance.attributes, file, sized));
    });
  });
  return jobs;
}

function jobsOfShownState(module: unknown, stack: string, file: string, sized: boolean): PriorJob[] {
  const jobs: PriorJob[] = [];
  const visit = (current: unknown): void => {
    if (!isObject(current)) return;
    for (const resource of Array.isArray(current.resources) ? current.resources : []) {
      if (!isObject(resource) || resource.type !== RESOURCE_TYPE || resource.mode !== 'managed') continue;
      if (!isObject(resource.values) || typeof resource.address !== 'string') {
        throw new InputFileError(file, String(resource.address ?? 'values'), 'expected a resource with an address and values');
      }
      jobs.push(priorJob(stack, resource.address, resource.values, file, sized));
    }
    for (const child of Array.isArray(current.child_modules) ? current.child_modules : []) visit(child);
  };
  visit(module);
  return jobs;
}

/** One job of a state; `sized` when the whole state is within the size limits (else its attributes are checked). */
function priorJob(stack: string, address: string, attributes: JsonObject, file: string, sized: boolean): PriorJob {
  if (!sized) checkSizes(attributes, (path, problem) => new InputFileError(file, `${address}.${pathText(path)}`, problem));
  const { job, project } = jobFromTerraform(attributes);
  return { stack, address, job, ...(typeof project === 'string' && project ? { project } : {}) };
}

/**
 * Reads the jobs that exist in the project: a REST list response (`{ "jobs": [...] }`), the JSON array of
 * `gcloud ai-platform jobs list --format=json`, or `describe` output. Every job must have a `jobId`.
 */
export function readProjectJobs(file: string): Job[] {
  return readJobFile(file, { completeness: 'complete' }).map(({ job, location }) => {
    if (typeof job.jobId !== 'string' || job.jobId === '') {
      throw new InputFileError(file, location.slice(file.length + 1) || 'jobId', 'a job of the project without a jobId');
    }
    return job;
  });
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
