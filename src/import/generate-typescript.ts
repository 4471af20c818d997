import { canonicalJson } from '../constructs/job-identity';
import { closestApiField } from '../model/api-schema';
import { Job } from '../model/job';
import { checkJob } from '../rules/engine';
import { Expr } from './codegen/expr';
import { className as classIdentifier, constructId as constructIdentifier, variableName } from './codegen/identifiers';
import { JobStatements, jobStatements } from './codegen/job-statements';
import { commentLines, commentText, stringLiteral } from './codegen/ts-syntax';
import { InputFileError } from '../read/input-file-error';
import { prepareJob, PreparedJob, StringSemantics } from '../read/prepare-job';
import { JobCompleteness } from '../read/read-job-file';
import { isTemplateExpression } from '../read/terraform-templates';

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
  'Accelerator', 'BatchPredictionJob', 'DataFormat', 'Duration', 'EncryptionKey', 'Hyperparameter', 'MachineType',
  'MlEngineJob', 'MlEngineTrainingJob', 'PredictionModel', 'ScaleTier', 'ScaleType', 'TrainingCode', 'TuningAlgorithm',
  'TuningGoal',
]);
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
export function generateTypeScript(jobs: readonly ImportedJob[], options: GenerateTypeScriptOptions = {}): GeneratedTypeScript {
  const stackClass = classIdentifier(options.className ?? 'ImportedJobsStack', new Set());
  const propsInterface = `${stackClass}Props`;
  const variables = new Set([stackClass, propsInterface]);
  const constructIds = new Set(['google']); // the provider's id

  const prepared = jobs.map((imported) => prepareJob(imported.job, imported.strings ?? 'literal'));
  // cdktf resolves token markers wherever they are at synth: such data would become a live reference (or crash).
  jobs.forEach((imported, i) => {
    const path = prepared[i].tokenLike[0];
    if (path !== undefined) {
      const [file, within] = imported.location.split('#');
      throw new InputFileError(file, [within, path].filter(Boolean).join(': '), 'looks like a cdktf token (${TfToken[…]}, #{TfToken[…]}, &{TfToken[…]} or a number near -1.9e289), which cdktf would resolve at synth; imported data cannot hold one');
    }
  });
  const statements: JobStatements[] = jobs.map((imported, i) => {
    const input = prepared[i].input;
    const name = typeof input.jobId === 'string' && input.jobId ? input.jobId : `job_${i + 1}`;
    const findings = checkJob(input, { completeness: imported.completeness ?? 'complete', ...(options.today ? { today: options.today } : {}) });
    return jobStatements({
      input,
      strings: imported.strings ?? 'literal',
      ...(imported.project !== undefined ? { project: imported.project } : {}),
      ...(imported.timeouts !== undefined ? { timeouts: imported.timeouts } : {}),
      variable: variableName(name, variables),
      constructId: constructIdentifier(name, constructIds),
      notes: jobNotes(imported, prepared[i]),
      findings,
    });
  });

  const header = headerLines(jobs, prepared, statements);
  const warnings = warningLines(jobs, prepared, statements);
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
    `/** ${jobs.length === 1 ? 'A job' : `${jobs.length} jobs`} imported by \`mljob import\`, with import blocks that adopt the existing jobs. */`,
    `export class ${stackClass} extends TerraformStack {`,
    `  constructor(scope: Construct, id: string, props: ${propsInterface}${options.project !== undefined ? ' = {}' : ''}) {`,
    '    super(scope, id);',
    `    const project = props.project${options.project !== undefined ? ` ?? ${stringLiteral(options.project)}` : ''};`,
    '    new GoogleProvider(this, \'google\', { project });',
    ...statements.flatMap((s) => ['', ...s.lines]),
    '  }',
    '}',
    ...(statements.some((s) => s.usesImportId) ? [
      '',
      '/** The id Terraform imports a job by: `projects/{project}/jobs/{jobId}`. */',
      'function jobImportId(project: string, jobId: string): string {',
      '  return `projects/${project}/jobs/${jobId}`;',
      '}',
    ] : []),
  ];
  return { code: `${lines.join('\n')}\n`, className: stackClass, propsInterfaceName: propsInterface, warnings };
}

/** The comment lines above one job's construct: its id and where it came from, and what to do about references. */
function jobNotes(imported: ImportedJob, prepared: PreparedJob): string[] {
  const jobId = prepared.input.jobId;
  const notes = [commentText(`${typeof jobId === 'string' ? jobId : '(no jobId)'}, from ${imported.location}`)];
  if (typeof jobId !== 'string') notes.push('TODO: the input has no jobId; give the id of the existing job to adopt it.');
  const text = JSON.stringify(prepared.input);
  if ((imported.strings ?? 'literal') === 'literal' && (text.includes('${') || text.includes('%{'))) {
    notes.push('Strings written "$${" and "%%{" hold a literal "${" and "%{": Terraform\'s escapes, so it does not interpolate them.');
  }
  if (prepared.references.length) {
    notes.push(`TODO: ${prepared.references.length === 1 ? 'a Terraform reference is' : `${prepared.references.length} Terraform references are`} `
      + 'kept as "${…}" strings (listed in the header); define them in this stack (TerraformVariable, resource attributes).');
  }
  return notes;
}

function headerLines(jobs: readonly ImportedJob[], prepared: readonly PreparedJob[], statements: readonly JobStatements[]): string[] {
  const lines = [
    `// Generated by cdktf-gcp-ml-jobs (mljob import) from ${jobs.length} job${jobs.length === 1 ? '' : 's'}. Review it, then run \`cdktf plan\`:`,
    '// the import blocks adopt the existing jobs instead of creating new ones.',
  ];
  const leftOut: string[] = [];
  jobs.forEach((imported, i) => {
    const items = jobItems(imported, prepared[i]);
    if (!items.length) return;
    leftOut.push(...commentLines(commentText(describeJob(imported, prepared[i])), '', '- '));
    for (const item of items) leftOut.push(...commentLines(commentText(item), '', '  - '));
  });
  if (leftOut.length) lines.push('//', '// Not in the code below:', ...leftOut);
  const withErrors = statements.filter((s) => s.errors > 0).length;
  const fallbacks = statements.filter((s) => s.fallbackReason !== undefined).length;
  const overrides = statements.reduce((n, s) => n + s.overrides.length, 0);
  const summary: string[] = [];
  if (overrides) {
    summary.push(overrides === 1
      ? '1 field the L2 props cannot express is set with an addOverride escape hatch.'
      : `${overrides} fields the L2 props cannot express are set with addOverride escape hatches.`);
  }
  if (fallbacks) summary.push(`${fallbacks} job${fallbacks === 1 ? ' uses' : 's use'} the L1 MlEngineJob (the reason is above each).`);
  if (withErrors) summary.push(`${withErrors} job${withErrors === 1 ? ' has' : 's have'} rule errors (comments above each); an L2 job fails synth until they are fixed.`);
  if (summary.length) lines.push('//', ...summary.map((s) => `// ${s}`));
  return lines;
}

/** What of one job is not in the code, one item each. */
function jobItems(imported: ImportedJob, prepared: PreparedJob): string[] {
  const outputOnly = { ...imported.outputOnly, ...prepared.outputOnly };
  return [
    ...Object.keys(outputOnly).sort().map((field) => `output only: ${field} = ${shown(outputOnly[field])}`),
    ...[...(imported.unknownFields ?? []), ...prepared.unknownFields].map((field) => `unknown field, left out: ${field}${didYouMean(field)}`),
    ...prepared.references.map((r) => `Terraform reference, kept as a string: ${r.path} = ${r.value}`),
    ...(imported.strings === 'terraform' && imported.project !== undefined && isTemplateExpression(imported.project)
      ? [`Terraform reference, kept as a string: project = ${imported.project}`] : []),
    ...(imported.warnings ?? []).map((w) => `warning: ${w}`),
  ];
}

function warningLines(jobs: readonly ImportedJob[], prepared: readonly PreparedJob[], statements: readonly JobStatements[]): string[] {
  const warnings: string[] = [];
  jobs.forEach((imported, i) => {
    const items = jobItems(imported, prepared[i]).filter((item) => !item.startsWith('output only:'));
    if (statements[i].fallbackReason !== undefined) items.push(`uses the L1 MlEngineJob: ${statements[i].fallbackReason}`);
    // Printed as warnings already: the header's `warning:` label would say it twice.
    for (const item of items) warnings.push(commentText(`${imported.location}: ${item.replace(/^warning: /, '')}`));
  });
  return warnings;
}

function describeJob(imported: ImportedJob, prepared: PreparedJob): string {
  const jobId = prepared.input.jobId;
  return `${typeof jobId === 'string' ? jobId : '(no jobId)'} (${imported.location})`;
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : canonicalJson(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** The import declarations: only what the file uses, modules and names in alphabetical order. */
function importLines(statements: readonly JobStatements[], moduleSpecifier: string): string[] {
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

/** ` (did you mean maxParallelTrials?)` for an unknown field with a close known name, else ''. */
function didYouMean(field: string): string {
  const suggestion = closestApiField(field);
  return suggestion ? ` (did you mean ${suggestion}?)` : '';
}
