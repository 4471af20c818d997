/**
 * Test helpers for generated TypeScript: compile it in-process, run it in a real cdktf stack, synthesize, and map
 * the synthesized `google_ml_engine_job` resources back to API jobs.
 */
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import * as ts from 'typescript';
import { GeneratedTypeScript, ImportedCustomJob, ImportedJob } from '../../src/import/generate-typescript';
import { prepareCustomJob, prepareJob } from '../../src/read/prepare-job';
import { mapStrings, unescapeTemplate } from '../../src/read/terraform-templates';
import { CustomJob } from '../../src/model/custom-job';
import { customJobFromTerraform } from '../../src/model/custom-job-terraform-mapping';
import { Job } from '../../src/model/job';
import { jobFromTerraform } from '../../src/model/terraform-mapping';

const LIBRARY_ENTRY = path.join(__dirname, '..', '..', 'src', 'index.ts');

/** One synthesized job, mapped back. */
export interface SynthesizedJob {
  readonly address: string;
  readonly job: Job;
  readonly project?: unknown;
  readonly timeouts?: { [name: string]: unknown };
  readonly unknownFields: string[];
}

/** The result of running generated code. */
export interface SynthesizedStack {
  /** The parsed `cdk.tf.json`. */
  readonly config: { [key: string]: any };
  /** Its jobs by job id. */
  readonly jobs: Map<string, SynthesizedJob>;
  /** Its custom jobs by Terraform resource name. */
  readonly customJobs: Map<string, SynthesizedCustomJob>;
}

/** One synthesized custom job, mapped back. */
export interface SynthesizedCustomJob {
  readonly address: string;
  readonly customJob: CustomJob;
  readonly project?: unknown;
  readonly location?: unknown;
  readonly unknownFields: string[];
}

/**
 * Transpiles generated code (syntax errors fail), loads it as a CommonJS module whose `cdktf-gcp-ml-jobs` import is
 * the library's own `src/index.ts` (through jest's module registry, so it shares cdktf with the library), and returns
 * its exports.
 */
export function loadGenerated(code: string): { [name: string]: unknown } {
  const output = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    reportDiagnostics: true,
  });
  const errors = (output.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (errors.length) throw new Error(`generated code does not transpile: ${errors.join('; ')}`);
  const module = { exports: {} as { [name: string]: unknown } };
  const load = (id: string): unknown => require(id === 'cdktf-gcp-ml-jobs' ? LIBRARY_ENTRY : id);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('require', 'module', 'exports', output.outputText)(load, module, module.exports);
  return module.exports;
}

/**
 * The stack's validations, as `Testing.synth(stack, true)` runs them (the L2 rules, the provider check), except
 * the one cdktf adds for each import block, which runs `terraform version` (about 0.15 s each): it checks the
 * machine, not the code (shared/PITFALLS.md), so it is skipped explicitly. constructs keeps a node's validations in
 * a private list with no public way to remove one; the tests reach into it here, and only here.
 */
export function validationErrors(stack: TerraformStack): string[] {
  return stack.node.findAll().flatMap((c) => {
    const node = c.node as unknown as { _validations?: Array<{ constructor: { name: string } }> };
    if (!Array.isArray(node._validations)) throw new Error('constructs changed: cannot skip the terraform version check');
    node._validations = node._validations.filter((v) => v.constructor.name !== 'ValidateTerraformVersion');
    return c.node.validate().map((error) => `[${c.node.path}] ${error}`);
  });
}

/**
 * Runs the generated stack class in a test app and synthesizes it with validations on (the L2 rules run); a
 * validation error fails unless it matches one of `expectedErrors`, each of which must occur.
 */
export function synthGenerated(
  generated: GeneratedTypeScript,
  props: { project?: string } = { project: 'test-project' },
  expectedErrors: readonly RegExp[] = [],
): SynthesizedStack {
  const exports = loadGenerated(generated.code);
  const StackClass = exports[generated.className] as new (scope: unknown, id: string, props: { project?: string }) => TerraformStack;
  const stack = new StackClass(Testing.app(), 'imported', props);
  const errors = validationErrors(stack);
  const unexpected = errors.filter((error) => !expectedErrors.some((pattern) => pattern.test(error)));
  if (unexpected.length) throw new Error(`validation failed:\n${unexpected.join('\n')}`);
  for (const pattern of expectedErrors) expect(errors.some((error) => pattern.test(error))).toBe(true);
  const config = JSON.parse(Testing.synth(stack));
  const jobs = new Map<string, SynthesizedJob>();
  for (const [address, resource] of Object.entries(config.resource?.google_ml_engine_job ?? {})) {
    const mapped = jobFromTerraform(resource as { [name: string]: unknown });
    jobs.set(String(mapped.job.jobId), { address, ...mapped });
  }
  const customJobs = new Map<string, SynthesizedCustomJob>();
  for (const [address, resource] of Object.entries(config.resource?.google_vertex_ai_custom_job ?? {})) {
    const mapped = customJobFromTerraform(resource as { [name: string]: unknown });
    customJobs.set(address, { address, ...mapped });
  }
  return { config, jobs, customJobs };
}

/** The input fields of an imported job, as the round trip must give them back. */
export function expectedInput(imported: ImportedJob): Job {
  return prepareJob(imported.job, imported.strings ?? 'literal').input;
}

/**
 * The job as it was meant: for literal input, Terraform's `$${` escapes turned back into the text they stand for.
 */
export function synthesizedInput(synthesized: SynthesizedJob, strings: 'literal' | 'terraform' = 'literal'): Job {
  return (strings === 'literal' ? mapStrings(synthesized.job, unescapeTemplate) : synthesized.job) as Job;
}

/**
 * Asserts the round trip: every imported job comes back from synth with the same input fields (output-only fields
 * excluded), the same project and timeouts where the input had them, and an import block for its id.
 */
export function expectRoundTrip(imported: readonly ImportedJob[], synthesized: SynthesizedStack, project = 'test-project'): void {
  expect(synthesized.jobs.size).toBe(imported.length);
  const imports: Array<{ to: string; id: string }> = synthesized.config.import ?? [];
  for (const item of imported) {
    const strings = item.strings ?? 'literal';
    const text = (value: string): string => (strings === 'literal' ? unescapeTemplate(value) : value);
    const want = expectedInput(item);
    const got = [...synthesized.jobs.values()].find((job) => text(String(job.job.jobId)) === want.jobId);
    expect(got).toBeDefined();
    expect(got!.unknownFields).toEqual([]);
    expect(synthesizedInput(got!, strings)).toEqual(want);
    if (item.project !== undefined) expect(got!.project).toBe(item.project);
    if (item.timeouts !== undefined) expect(got!.timeouts).toEqual(item.timeouts);
    const importBlock = imports.find((i) => i.to === `google_ml_engine_job.${got!.address}`);
    expect(text(importBlock?.id ?? '')).toBe(`projects/${item.project ?? project}/jobs/${want.jobId}`);
  }
}

/**
 * Asserts the round trip of custom jobs: every imported custom job comes back from synth, in input order, with the
 * same input fields (output-only fields excluded; a job without a display name gets its construct id), its location,
 * and an import block for a job that has a resource name.
 */
export function expectCustomJobRoundTrip(imported: readonly ImportedCustomJob[], synthesized: SynthesizedStack, project = 'test-project'): void {
  expect(synthesized.customJobs.size).toBe(imported.length);
  const imports: Array<{ to: string; id: string }> = synthesized.config.import ?? [];
  const remaining = [...synthesized.customJobs.values()];
  for (const item of imported) {
    const strings = item.strings ?? 'literal';
    const want = prepareCustomJob(item.customJob, strings).input;
    const literal = (back: SynthesizedCustomJob): CustomJob => (strings === 'literal' ? mapStrings(back.customJob, unescapeTemplate) : back.customJob) as CustomJob;
    // A job without a display name gets its construct id; resources synthesize in their own order.
    const same = (back: SynthesizedCustomJob): boolean => canonical(literal(back)) === canonical(want.displayName === undefined ? { ...want, displayName: literal(back).displayName } : want);
    const region = item.region ?? /\/locations\/([^/]+)\//.exec(String(item.customJob.name))?.[1];
    const id = /\/customJobs\/([^/]+)$/.exec(String(item.customJob.name ?? ''))?.[1];
    const importOf = (back: SynthesizedCustomJob): string | undefined => imports.find((block) => block.to === `google_vertex_ai_custom_job.${back.address}`)?.id;
    const wantedImport = id === undefined ? undefined : `projects/${item.project ?? project}/locations/${region}/customJobs/${id}`;
    const index = remaining.findIndex((back) => same(back) && importOf(back) === wantedImport);
    expect({ location: item.location, found: index >= 0 }).toEqual({ location: item.location, found: true });
    const [back] = remaining.splice(index, 1);
    expect(back.unknownFields).toEqual([]);
    if (region !== undefined) expect(back.location).toBe(region);
    if (item.project !== undefined) expect(back.project).toBe(item.project);
  }
}

/** JSON with object keys sorted, for comparing values whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item) => (item && typeof item === 'object' && !Array.isArray(item)
    ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, item[key]]))
    : item));
}
