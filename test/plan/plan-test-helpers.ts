import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { runCli } from '../../src/cli/main';
import { CliIo } from '../../src/cli/cli-io';
import { CustomJob } from '../../src/model/custom-job';
import { customJobFromTerraform, customJobToTerraform } from '../../src/model/custom-job-terraform-mapping';
import { Job } from '../../src/model/job';
import { customJobSchema, jobSchema } from '../../src/model/provider-schema';
import { jobFromTerraform, jobToTerraform } from '../../src/model/terraform-mapping';
import { DesiredCustomJob, DesiredJob, PriorCustomJob, PriorJob } from '../../src/plan/plan-inputs';

/** A fresh temporary directory, removed by the OS eventually. */
export function tempDir(prefix = 'mljob-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Synthesizes real cdktf stacks into a temporary cdktf output directory (manifest.json + stacks/). */
export function synthApp(stacks: Record<string, (stack: TerraformStack) => void>): string {
  const outdir = tempDir('mljob-out-');
  const app = new App({ outdir, stackTraces: false });
  for (const [name, build] of Object.entries(stacks)) {
    const stack = new TerraformStack(app as Construct, name);
    new GoogleProvider(stack, 'google', { project: 'my-ml-project' });
    build(stack);
  }
  app.synth();
  return outdir;
}

/** The jobs of one synthesized stack, by resource name, read through the library's mapping. */
export function synthesizedJobs(outdir: string, stack: string): Record<string, Job> {
  const config = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
  const resources = config.resource?.google_ml_engine_job ?? {};
  return Object.fromEntries(Object.entries(resources).map(([name, block]) => [name, jobFromTerraform(block as Record<string, unknown>).job]));
}

/** The custom jobs of one synthesized stack, by resource name, read through the library's mapping. */
export function synthesizedCustomJobs(outdir: string, stack: string): Record<string, CustomJob> {
  const config = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
  const resources = config.resource?.google_vertex_ai_custom_job ?? {};
  return Object.fromEntries(Object.entries(resources).map(([name, block]) => [name, customJobFromTerraform(block as Record<string, unknown>).customJob]));
}

/** One job instance of a state file to write. */
export interface StateJob {
  readonly name: string;
  readonly job: Job;
  /** The job's state as the provider last read it. */
  readonly state?: string;
  readonly project?: string;
}

/**
 * A Terraform v4 state as `terraform state pull` prints it: every schema attribute present (null when unset), nested
 * blocks as lists, output-only attributes filled in.
 */
export function terraformState(jobs: readonly StateJob[], serial = 3): object {
  const schema = jobSchema();
  return {
    version: 4,
    terraform_version: '1.9.8',
    serial,
    lineage: '2f1c5a8e-7d0b-4c1e-9a55-3b8f0d6e4a21',
    outputs: {},
    resources: jobs.map(({ name, job, state, project }) => {
      const attributes: Record<string, unknown> = {};
      for (const attribute of Object.keys(schema.attributes ?? {})) attributes[attribute] = null;
      for (const block of Object.keys(schema.block_types ?? {})) attributes[block] = [];
      const withOutputs: Job = { ...job, state: state ?? 'SUCCEEDED', createTime: '2026-11-20T08:00:00Z', etag: 'BwXabc123=' };
      Object.assign(attributes, jobToTerraform(withOutputs).attributes);
      attributes.id = `projects/${project ?? 'my-ml-project'}/jobs/${job.jobId}`;
      attributes.project = project ?? 'my-ml-project';
      return {
        mode: 'managed',
        type: 'google_ml_engine_job',
        name,
        provider: 'provider["registry.terraform.io/hashicorp/google"]',
        instances: [{ schema_version: 0, attributes, sensitive_attributes: [], private: 'eyJzY2hlbWFfdmVyc2lvbiI6IjAifQ==' }],
      };
    }),
    check_results: null,
  };
}

/** Writes a file into `dir` and returns its path. */
export function writeFile(dir: string, name: string, content: string | object): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** The result of one in-process `mljob` run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `mljob` in-process with captured output. */
export async function mljob(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (text) => (stdout += text), err: (text) => (stderr += text) };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** Asserts a one-line usage or input error: exit 2, `mljob: …` on standard error, nothing on standard output. */
export function expectOneLineError(run: CliRun, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^mljob: [^\n]*\n$/);
  expect(run.stderr).toMatch(message);
}

/** A job of synthesized code, as `readSynthesized` reads it from `cdk.tf.json` (strings are Terraform templates). */
export function desiredJob(name: string, job: Job, options: { stack?: string; project?: string; strings?: 'terraform' | 'literal' } = {}): DesiredJob {
  const stack = options.stack ?? 'vision';
  const address = `google_ml_engine_job.${name}`;
  const attributes = jobToTerraform(job).attributes;
  return {
    stack,
    address,
    resource: `${stack}/${address}`,
    job: jobFromTerraform(attributes).job,
    project: options.project ?? 'my-ml-project',
    unknownFields: [],
    location: { file: `cdktf.out/stacks/${stack}/cdk.tf.json`, pointer: `/resource/google_ml_engine_job/${name}` },
    raw: attributes,
    strings: options.strings ?? 'terraform',
  };
}

/** A job of a prior state, as `readPriorState` reads it (with the output-only fields a state records). */
export function priorJob(name: string, job: Job, state: string | undefined, options: { stack?: string; project?: string } = {}): PriorJob {
  const recorded: Job = { ...job, ...(state !== undefined ? { state } : {}), createTime: '2026-11-20T08:00:00Z', etag: 'BwXabc123=' };
  return {
    stack: options.stack ?? 'vision',
    address: `google_ml_engine_job.${name}`,
    job: jobFromTerraform(jobToTerraform(recorded).attributes).job,
    project: options.project ?? 'my-ml-project',
  };
}

/** One custom job instance of a state file to write. */
export interface StateCustomJob {
  readonly name: string;
  readonly customJob: CustomJob;
  /** The server-assigned id, the last part of the job's `name`. */
  readonly id: string;
  /** The job's state as the provider last read it (`JOB_STATE_…`). */
  readonly state?: string;
  readonly project?: string;
  readonly location?: string;
}

/**
 * A Terraform v4 state of `google_vertex_ai_custom_job` instances as `terraform state pull` prints it: every schema
 * attribute present (null when unset), nested blocks as lists, the server-assigned `name` and output-only attributes
 * filled in.
 */
export function customJobState(jobs: readonly StateCustomJob[], serial = 3): object {
  const schema = customJobSchema();
  return {
    version: 4,
    terraform_version: '1.9.8',
    serial,
    lineage: '7b1d0e44-2c6f-4f1a-8e0b-5d9c3a1f7e62',
    outputs: {},
    resources: jobs.map(({ name, customJob, id, state, project, location }) => {
      const attributes: Record<string, unknown> = {};
      for (const attribute of Object.keys(schema.attributes ?? {})) attributes[attribute] = null;
      for (const block of Object.keys(schema.block_types ?? {})) attributes[block] = [];
      const resourceName = `projects/${project ?? 'my-ml-project'}/locations/${location ?? 'us-central1'}/customJobs/${id}`;
      const withOutputs: CustomJob = { ...customJob, name: resourceName, state: state ?? 'JOB_STATE_SUCCEEDED', createTime: '2026-11-20T08:00:00Z' };
      Object.assign(attributes, customJobToTerraform(withOutputs).attributes);
      attributes.id = resourceName;
      attributes.project = project ?? 'my-ml-project';
      attributes.location = location ?? 'us-central1';
      return {
        mode: 'managed',
        type: 'google_vertex_ai_custom_job',
        name,
        provider: 'provider["registry.terraform.io/hashicorp/google"]',
        instances: [{ schema_version: 0, attributes, sensitive_attributes: [], private: 'eyJzY2hlbWFfdmVyc2lvbiI6IjAifQ==' }],
      };
    }),
    check_results: null,
  };
}

/** A custom job of synthesized code, as `readSynthesized` reads it from `cdk.tf.json` (strings are Terraform templates). */
export function desiredCustomJob(name: string, customJob: CustomJob, options: { stack?: string; project?: string; region?: string; strings?: 'terraform' | 'literal' } = {}): DesiredCustomJob {
  const stack = options.stack ?? 'vision';
  const address = `google_vertex_ai_custom_job.${name}`;
  const attributes = customJobToTerraform(customJob).attributes;
  return {
    stack,
    address,
    resource: `${stack}/${address}`,
    customJob: customJobFromTerraform(attributes).customJob,
    project: options.project ?? 'my-ml-project',
    region: options.region ?? 'us-central1',
    unknownFields: [],
    location: { file: `cdktf.out/stacks/${stack}/cdk.tf.json`, pointer: `/resource/google_vertex_ai_custom_job/${name}` },
    raw: attributes,
    strings: options.strings ?? 'terraform',
  };
}

/** A custom job of a prior state, as `readPriorJobs` reads it (with its server-assigned name and state). */
export function priorCustomJob(name: string, customJob: CustomJob, state: string | undefined, options: { stack?: string; project?: string; region?: string; id?: string } = {}): PriorCustomJob {
  const project = options.project ?? 'my-ml-project';
  const region = options.region ?? 'us-central1';
  const recorded: CustomJob = {
    ...customJob,
    name: `projects/${project}/locations/${region}/customJobs/${options.id ?? '1234567890'}`,
    ...(state !== undefined ? { state } : {}),
    createTime: '2026-11-20T08:00:00Z',
  };
  return {
    stack: options.stack ?? 'vision',
    address: `google_vertex_ai_custom_job.${name}`,
    customJob: customJobFromTerraform(customJobToTerraform(recorded).attributes).customJob,
    project,
    region,
  };
}
