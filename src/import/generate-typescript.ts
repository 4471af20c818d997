import { Catalog } from '../catalog/catalog';
import { canonicalJson } from '../constructs/job-identity';
import { ApiField, apiCustomJobShape, apiJobShape, closestApiField } from '../model/api-schema';
import { CustomJob } from '../model/custom-job';
import { parseCustomJobName } from '../model/custom-job-terraform-mapping';
import { Job } from '../model/job';
import { checkJob } from '../rules/engine';
import { checkCustomJob } from '../rules/vertex/check-custom-job';
import { normalizeCustomJob } from '../rules/vertex/normalize-custom-job';
import { CustomJobStatements, customJobStatements } from './codegen/custom-job-statements';
import { Expr } from './codegen/expr';
import { className as classIdentifier, constructId as constructIdentifier, variableName } from './codegen/identifiers';
import { JobStatements, jobStatements } from './codegen/job-statements';
import { commentLines, commentText, stringLiteral } from './codegen/ts-syntax';
import { InputFileError } from '../read/input-file-error';
import { PreparedApiObject, prepareCustomJob, prepareJob, StringSemantics } from '../read/prepare-job';
import { isTemplateExpression } from '../read/terraform-templates';
import { JobCompleteness } from '../read/read-job-file';

/** One job to turn into code, as a reader produced it. */
export interface ImportedJob {
  /** The job as read: it may still hold output-only fields, unknown fields and REST int64 strings. */
  readonly job: Job;
  /** Where it came from, e.g. `jobs.json#jobs[2]`; shown in comments. */
  readonly location: string;
  /** Fields the reader found but could not map (e.g. Terraform names from HCL); listed in the header. */
  readonly unknownFields?: readonly string[];
  /** Output-only fields the reader already split off; any still in `job` are split off here. */
  readonly outputOnly?: { readonly [field: string]: unknown };
  /** What the reader wants the user to know; listed in the header. */
  readonly warnings?: readonly string[];
  /** `literal` (REST, gcloud: the default) or `terraform` (HCL, `cdk.tf.json`: `${…}` is a reference). */
  readonly strings?: StringSemantics;
  /** The job's own project, when the input names one (HCL `project`); else the stack's `project` prop is used. */
  readonly project?: string;
  /** The resource's Terraform `timeouts` (HCL). */
  readonly timeouts?: { readonly [name: string]: unknown };
  /** `partial` for a gcloud `--config` file: the rules report what the command line supplies as info. */
  readonly completeness?: JobCompleteness;
}

/** One Vertex AI custom job to turn into code, as a reader (or the migration) produced it. */
export interface ImportedCustomJob {
  /** The custom job as read: it may still hold output-only fields (`name`, `state`), unknown fields and int64 strings. */
  readonly customJob: CustomJob;
  /** Where it came from, e.g. `jobs.json#customJobs[2]`; shown in comments. */
  readonly location: string;
  /** The job's region, when the input names it (else the resource name's, else the provider's). */
  readonly region?: string;
  /** The job's own project, when the input names one; else the stack's `project` prop is used. */
  readonly project?: string;
  /** What the reader wants the user to know; listed in the header. */
  readonly warnings?: readonly string[];
  /** `literal` (REST, gcloud: the default) or `terraform` (`${…}` is a reference). */
  readonly strings?: StringSemantics;
  /** `partial` for a gcloud `--config` file or `--worker-pool-spec` lines. */
  readonly completeness?: JobCompleteness;
}

/** Options of `generateTypeScript`. */
export interface GenerateTypeScriptOptions {
  /** The name of the generated stack class (sanitized to an identifier). Default `ImportedJobsStack`. */
  readonly className?: string;
  /** The default of the stack's `project` prop; without it the prop is required. */
  readonly project?: string;
  /** The module the constructs are imported from. Default `cdktf-gcp-ml-jobs`. */
  readonly moduleSpecifier?: string;
  /** `YYYY-MM-DD` the rules judge end-of-support dates by; pass it for output that is the same every day. */
  readonly today?: string;
  /** The catalog the rules of the comments check against (`--catalog`). @default the built-in catalog */
  readonly catalog?: Catalog;
  /**
   * `import` (the default): existing jobs, adopted with import blocks; `migrate`: new Vertex AI custom jobs made from
   * ML Engine jobs by `mljob migrate` (no import blocks). Only the file's comments differ.
   */
  readonly purpose?: 'import' | 'migrate';
}

/** A generated TypeScript file. */
export interface GeneratedTypeScript {
  /** The file's text. */
  readonly code: string;
  /** The stack class it exports. */
  readonly className: string;
  /** The props interface of the stack class. */
  readonly propsInterfaceName: string;
  /** What the user should look at, one line each, safe to print (control characters escaped). */
  readonly warnings: string[];
}

const LIBRARY = 'cdktf-gcp-ml-jobs';
const LIBRARY_SYMBOLS = new Set([
  'Accelerator', 'BatchPredictionJob', 'BootDiskType', 'ComputeMachineType', 'DataFormat', 'Duration', 'EncryptionKey', 'Hyperparameter',
  'MachineType', 'MlEngineJob', 'MlEngineTrainingJob', 'PrebuiltTrainingImage', 'PredictionModel', 'ScaleTier', 'ScaleType', 'TrainingCode',
  'TuningAlgorithm', 'TuningGoal', 'VertexAccelerator', 'VertexAiCustomJob', 'VertexCustomJob', 'VertexTrainingCode',
]);

/** One job of either kind on its way into the file. */
interface Entry {
  readonly kind: 'job' | 'custom-job';
  readonly location: string;
  readonly strings: StringSemantics;
  /** The reader's own lists of what is not in the code. */
  readonly outputOnly?: { readonly [field: string]: unknown };
  readonly unknownFields?: readonly string[];
  readonly warnings?: readonly string[];
  /** The job's project, when the input names one (a Terraform reference is listed in the header). */
  readonly project?: string;
  readonly prepared: PreparedApiObject<object>;
  /** The job's id, or a custom job's display name: how comments and identifiers name it. */
  readonly name?: string;
  /**
   * Of a custom job's fields left out, those the REST API does not define either (`sameField` keys); the others are
   * API fields the Terraform resource does not model (`scheduling.strategy`, `tensorboard`), and are said so.
   */
  readonly notApiFields?: ReadonlySet<string>;
}
/** Output-only values longer than this are cut in the header. */
const MAX_SHOWN = 100;

/**
 * Generates one TypeScript file that defines a cdktf `TerraformStack` subclass holding the jobs as L2 constructs
 * (`MlEngineTrainingJob`, `BatchPredictionJob`) written with the library's value classes, each with its explicit
 * `jobId` and an import block (`importFrom('projects/{project}/jobs/{jobId}')`) so that `cdktf deploy` adopts the
 * existing job instead of creating one. Fields the L2 props cannot express are set through `addOverride` escape
 * hatches (a job the L2 cannot express at all uses the L1 `MlEngineJob`); output-only fields, unknown fields,
 * Terraform references and reader warnings are listed in the header; rule findings are comments above each job.
 *
 * Job data is untrusted: it only enters the file as escaped string literals and as comment text that cannot end
 * its comment; identifiers are sanitized and de-duplicated in input order. The output is byte-for-byte the same
 * for the same input and options (pass `today`, or rule findings about end-of-support may change with the date).
 */
export function generateTypeScript(jobs: ReadonlyArray<ImportedJob | ImportedCustomJob>, options: GenerateTypeScriptOptions = {}): GeneratedTypeScript {
  const stackClass = classIdentifier(options.className ?? 'ImportedJobsStack', new Set());
  const propsInterface = `${stackClass}Props`;
  const variables = new Set([stackClass, propsInterface]);
  const constructIds = new Set(['google']); // the provider's id

  const entries: Entry[] = jobs.map(entryOf);
  // cdktf resolves token markers wherever they are at synth: such data would become a live reference (or crash).
  for (const entry of entries) {
    const path = entry.prepared.tokenLike[0];
    if (path !== undefined) {
      const [file, within] = entry.location.split('#');
      throw new InputFileError(file, [within, path].filter(Boolean).join(': '), 'looks like a cdktf token (${TfToken[…]}, #{TfToken[…]}, &{TfToken[…]} or a number near -1.9e289), which cdktf would resolve at synth; imported data cannot hold one');
    }
  }
  const today = { ...(options.today ? { today: options.today } : {}), ...(options.catalog ? { catalog: options.catalog } : {}) };
  const vertexToday = { ...(options.today ? { today: options.today } : {}), ...(options.catalog ? { catalog: options.catalog.vertex } : {}) };
  const statements: Array<JobStatements | CustomJobStatements> = jobs.map((imported, i) => {
    const entry = entries[i];
    const name = entry.name ?? `job_${i + 1}`;
    const variable = variableName(name, variables);
    const constructId = constructIdentifier(name, constructIds);
    if ('customJob' in imported) {
      const input = entry.prepared.input as CustomJob;
      const named = parseCustomJobName(imported.customJob.name);
      const region = imported.region ?? named?.location;
      return customJobStatements({
        input: input as unknown as { [name: string]: unknown },
        strings: entry.strings,
        ...(region !== undefined ? { location: region } : {}),
        ...(imported.project !== undefined ? { project: imported.project } : {}),
        ...(named !== undefined && options.purpose !== 'migrate' ? { id: named.id } : {}),
        variable,
        constructId,
        notes: jobNotes(entry, options.purpose),
        findings: checkCustomJob(input, { completeness: imported.completeness ?? 'complete', ...(region !== undefined ? { location: region } : {}), ...vertexToday }),
      });
    }
    const input = entry.prepared.input as Job;
    return jobStatements({
      input,
      strings: entry.strings,
      ...(imported.project !== undefined ? { project: imported.project } : {}),
      ...(imported.timeouts !== undefined ? { timeouts: imported.timeouts } : {}),
      variable,
      constructId,
      notes: jobNotes(entry, options.purpose),
      findings: checkJob(input, { completeness: imported.completeness ?? 'complete', ...today }),
    });
  });

  const header = headerLines(entries, statements, options.purpose);
  const warnings = warningLines(entries, statements);
  const lines = [
    ...header,
    '',
    ...importLines(statements, options.moduleSpecifier ?? LIBRARY),
    '',
    `/** Properties of the \`${stackClass}\` stack. */`,
    `export interface ${propsInterface} {`,
    '  /**',
    '   * The project of the jobs: the Google provider\'s project and the project of their import ids.',
    ...(options.project !== undefined ? ['   *', `   * @default ${commentText(stringLiteral(options.project))}`] : []),
    '   */',
    `  readonly project${options.project !== undefined ? '?' : ''}: string;`,
    '}',
    '',
    options.purpose === 'migrate'
      ? `/** ${jobs.length === 1 ? 'A Vertex AI custom job' : `${jobs.length} Vertex AI custom jobs`} migrated from ML Engine jobs by \`mljob migrate\`. */`
      : `/** ${jobs.length === 1 ? 'A job' : `${jobs.length} jobs`} imported by \`mljob import\`, with import blocks that adopt the existing jobs. */`,
    `export class ${stackClass} extends TerraformStack {`,
    `  constructor(scope: Construct, id: string, props: ${propsInterface}${options.project !== undefined ? ' = {}' : ''}) {`,
    '    super(scope, id);',
    `    const project = props.project${options.project !== undefined ? ` ?? ${stringLiteral(options.project)}` : ''};`,
    '    new GoogleProvider(this, \'google\', { project });',
    ...statements.flatMap((s) => ['', ...s.lines]),
    '  }',
    '}',
    ...(statements.some((s, i) => s.usesImportId && entries[i].kind === 'job') ? [
      '',
      '/** The id Terraform imports a job by: `projects/{project}/jobs/{jobId}`. */',
      'function jobImportId(project: string, jobId: string): string {',
      '  return `projects/${project}/jobs/${jobId}`;',
      '}',
    ] : []),
    ...(statements.some((s, i) => s.usesImportId && entries[i].kind === 'custom-job') ? [
      '',
      '/** The id Terraform imports a custom job by: `projects/{project}/locations/{location}/customJobs/{id}`. */',
      'function customJobImportId(project: string, location: string, id: string): string {',
      '  return `projects/${project}/locations/${location}/customJobs/${id}`;',
      '}',
    ] : []),
  ];
  return { code: `${lines.join('\n')}\n`, className: stackClass, propsInterfaceName: propsInterface, warnings };
}

/** The reader's job of either kind, prepared: the common record the rest of the file is written from. */
function entryOf(imported: ImportedJob | ImportedCustomJob): Entry {
  const strings = imported.strings ?? 'literal';
  const common = {
    location: imported.location,
    strings,
    ...(imported.warnings !== undefined ? { warnings: imported.warnings } : {}),
    ...(imported.project !== undefined ? { project: imported.project } : {}),
  };
  if ('customJob' in imported) {
    const prepared = prepareCustomJob(imported.customJob, strings);
    const name = typeof prepared.input.displayName === 'string' && prepared.input.displayName ? prepared.input.displayName : undefined;
    const notApiFields = new Set(normalizeCustomJob(imported.customJob, 'complete').unknownFields.map((field) => sameField(field.path)));
    return { kind: 'custom-job', ...common, prepared, notApiFields, ...(name !== undefined ? { name } : {}) };
  }
  const prepared = prepareJob(imported.job, strings);
  const name = typeof prepared.input.jobId === 'string' && prepared.input.jobId ? prepared.input.jobId : undefined;
  return {
    kind: 'job',
    ...common,
    ...(imported.outputOnly !== undefined ? { outputOnly: imported.outputOnly } : {}),
    ...(imported.unknownFields !== undefined ? { unknownFields: imported.unknownFields } : {}),
    prepared,
    ...(name !== undefined ? { name } : {}),
  };
}

/** The comment lines above one job's construct: its name and where it came from, and what to do about references. */
function jobNotes(entry: Entry, purpose: GenerateTypeScriptOptions['purpose']): string[] {
  const notes = [commentText(`${describeName(entry)}, from ${entry.location}`)];
  if (entry.name === undefined) {
    notes.push(entry.kind === 'job'
      ? 'TODO: the input has no jobId; give the id of the existing job to adopt it.'
      : 'TODO: the input has no displayName; the construct id is used as the display name.');
  }
  if (entry.kind === 'custom-job' && purpose !== 'migrate' && (entry.prepared.outputOnly as { name?: unknown }).name === undefined) {
    notes.push('A new custom job: the input has no resource name (the service assigns one at create), so there is no job to import.');
  }
  const text = JSON.stringify(entry.prepared.input);
  if (entry.strings === 'literal' && (text.includes('${') || text.includes('%{'))) {
    notes.push('Strings written "$${" and "%%{" hold a literal "${" and "%{": Terraform\'s escapes, so it does not interpolate them.');
  }
  const references = entry.prepared.references;
  if (references.length) {
    notes.push(`TODO: ${references.length === 1 ? 'a Terraform reference is' : `${references.length} Terraform references are`} `
      + 'kept as "${…}" strings (listed in the header); define them in this stack (TerraformVariable, resource attributes).');
  }
  return notes;
}

function headerLines(entries: readonly Entry[], statements: ReadonlyArray<JobStatements | CustomJobStatements>, purpose: GenerateTypeScriptOptions['purpose']): string[] {
  const count = `${entries.length} job${entries.length === 1 ? '' : 's'}`;
  const lines = purpose === 'migrate'
    ? [
      `// Generated by cdktf-gcp-ml-jobs (mljob migrate) from ${count}: ML Engine training jobs as Vertex AI custom jobs.`,
      '// Review it, then run `cdktf plan`: these are new jobs, created at deploy.',
    ]
    : [
      `// Generated by cdktf-gcp-ml-jobs (mljob import) from ${count}. Review it, then run \`cdktf plan\`:`,
      '// the import blocks adopt the existing jobs instead of creating new ones.',
    ];
  const leftOut: string[] = [];
  for (const entry of entries) {
    const items = jobItems(entry);
    if (!items.length) continue;
    leftOut.push(...commentLines(commentText(`${describeName(entry)} (${entry.location})`), '', '- '));
    for (const item of items) leftOut.push(...commentLines(commentText(item), '', '  - '));
  }
  if (leftOut.length) lines.push('//', '// Not in the code below:', ...leftOut);
  const withErrors = statements.filter((s) => s.errors > 0).length;
  const fallbacks = statements.filter((s) => s.fallbackReason !== undefined);
  const overrides = statements.reduce((n, s) => n + s.overrides.length, 0);
  const summary: string[] = [];
  if (overrides) {
    summary.push(overrides === 1
      ? '1 field the L2 props cannot express is set with an addOverride escape hatch.'
      : `${overrides} fields the L2 props cannot express are set with addOverride escape hatches.`);
  }
  for (const l1 of ['MlEngineJob', 'VertexAiCustomJob']) {
    const n = fallbacks.filter((s) => s.className === l1).length;
    if (n) summary.push(`${n} job${n === 1 ? ' uses' : 's use'} the L1 ${l1} (the reason is above each).`);
  }
  if (withErrors) summary.push(`${withErrors} job${withErrors === 1 ? ' has' : 's have'} rule errors (comments above each); an L2 job fails synth until they are fixed.`);
  if (summary.length) lines.push('//', ...summary.map((line) => `// ${line}`));
  return lines;
}

/** What of one job is not in the code, one item each. */
function jobItems(entry: Entry): string[] {
  const outputOnly = { ...entry.outputOnly, ...entry.prepared.outputOnly };
  return [
    ...Object.keys(outputOnly).sort().map((field) => `output only: ${field} = ${shown(outputOnly[field])}`),
    ...[...(entry.unknownFields ?? []), ...entry.prepared.unknownFields].map((field) => (entry.notApiFields && !entry.notApiFields.has(sameField(field)) && !inSchema(field, apiCustomJobShape())
      ? `API field the Terraform resource does not have, left out: ${field}`
      : `unknown field, left out: ${field}${didYouMean(field, entry.kind)}`)),
    ...entry.prepared.references.map((r) => `Terraform reference, kept as a string: ${r.path} = ${r.value}`),
    ...(entry.strings === 'terraform' && entry.project !== undefined && isTemplateExpression(entry.project)
      ? [`Terraform reference, kept as a string: project = ${entry.project}`] : []),
    ...(entry.warnings ?? []).map((w) => `warning: ${w}`),
  ];
}

function warningLines(entries: readonly Entry[], statements: ReadonlyArray<JobStatements | CustomJobStatements>): string[] {
  const warnings: string[] = [];
  entries.forEach((entry, i) => {
    const items = jobItems(entry).filter((item) => !item.startsWith('output only:'));
    const statement = statements[i];
    if (statement.fallbackReason !== undefined) items.push(`uses the L1 ${statement.className}: ${statement.fallbackReason}`);
    // Printed as warnings already: the header's `warning:` label would say it twice.
    for (const item of items) warnings.push(commentText(`${entry.location}: ${item.replace(/^warning: /, '')}`));
  });
  return warnings;
}

/** How comments name a job: its id (a custom job: its display name), or that it has none. */
function describeName(entry: Entry): string {
  if (entry.name !== undefined) return entry.name;
  return entry.kind === 'job' ? '(no jobId)' : '(no displayName)';
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : canonicalJson(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** The import declarations: only what the file uses, modules and names in alphabetical order. */
function importLines(statements: ReadonlyArray<JobStatements | CustomJobStatements>, moduleSpecifier: string): string[] {
  const symbols = new Set<string>(statements.map((s) => s.className));
  for (const s of statements) for (const expr of s.expressions) collectSymbols(expr, symbols);
  const library = [...symbols].filter((s) => LIBRARY_SYMBOLS.has(s)).sort();
  const modules: Array<[string, string]> = [
    ['@cdktf/provider-google/lib/provider', 'GoogleProvider'],
    ['cdktf', 'TerraformStack'],
    ['constructs', 'Construct'],
    ...(library.length ? [[moduleSpecifier, library.join(', ')] as [string, string]] : []),
  ];
  return modules.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([from, names]) => {
    const line = `import { ${names} } from ${stringLiteral(from)};`;
    return line.length <= 120 ? [line] : ['import {', ...names.split(', ').map((n) => `  ${n},`), `} from ${stringLiteral(from)};`];
  });
}

function collectSymbols(expr: Expr, into: Set<string>): void {
  switch (expr.kind) {
    case 'code': into.add(expr.code.split('.')[0]); break;
    case 'call': into.add(expr.callee.split('.')[0]); expr.args.forEach((a) => collectSymbols(a, into)); break;
    case 'array': expr.items.forEach((i) => collectSymbols(i, into)); break;
    case 'object': expr.entries.forEach((e) => collectSymbols(e.value, into)); break;
    default: break;
  }
}

/** Whether the Terraform schema's shape has the field at `path` (then it was left out for the shape of its value). */
function inSchema(path: string, root: ApiField): boolean {
  let shape: ApiField | undefined = root;
  for (const step of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (!shape) return false;
    shape = shape.kind === 'list' || shape.kind === 'map' ? (/^\d+$/.test(step) || shape.kind === 'map' ? shape.item : undefined) : shape.fields?.[step];
  }
  return shape !== undefined;
}

/** A field path compared whatever its spelling: list items as `.0.` or `[0]`, names camelCase or snake_case. */
function sameField(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/_/g, '').toLowerCase();
}

/** ` (did you mean maxParallelTrials?)` for an unknown field with a close known name, else ''. */
function didYouMean(field: string, kind: Entry['kind']): string {
  const suggestion = closestApiField(field, kind === 'job' ? apiJobShape() : apiCustomJobShape());
  return suggestion ? ` (did you mean ${suggestion}?)` : '';
}
