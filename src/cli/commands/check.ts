import { Command } from 'commander';
import { CheckReport, compareReportFindings, isAtOrAbove, ReportFinding, summarize } from '../../policy/check-report';
import { checkJobWith, ruleContext } from '../../rules/engine';
import { API_RULES } from '../../rules/all-rules';
import { CheckSubject, readCheckSubjects } from '../check-subjects';
import { CliIo } from '../cli-io';
import { addReportOptions, catalogOption, failOnOption, formatOption, todayOption } from '../options';
import { UsageError } from '../usage-error';
import { writeOutput } from '../write-output';
import { Catalog } from '../../catalog/catalog';
import { compareText } from '../../plan/read-synthesized';

const FORMATS = ['text', 'json'] as const;

/** Options of `mljob check`. */
interface CheckOptions {
  format: string;
  failOn: string;
  complete?: boolean;
  partial?: boolean;
  catalog?: string;
  today?: string;
  out?: string;
  force?: boolean;
}

/** `mljob check [INPUT…]`: the rule engine over synthesized stacks, plans and job files. */
export function registerCheck(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const command = program
    .command('check')
    .description('check jobs against the API and platform rules: a cdktf output directory, cdk.tf.json, a plan JSON, a job JSON or a gcloud config.yaml')
    .argument('[inputs...]', 'files or directories (default: cdktf.out)')
    .option('--complete', 'treat every job file as a complete job (missing required fields are errors)')
    .option('--partial', 'treat every job file as a gcloud --config file (fields the command line supplies are info)');
  addReportOptions(command, FORMATS, 'report')
    .action((inputs: string[], options: CheckOptions) => {
      const format = formatOption(options.format, FORMATS);
      const failOn = failOnOption(options.failOn);
      if (options.complete && options.partial) throw new UsageError('--complete and --partial exclude each other');
      const completeness = options.complete ? 'complete' : options.partial ? 'partial' : undefined;
      const subjects = readCheckSubjects(inputs.length ? inputs : ['cdktf.out'], completeness ? { completeness } : {});
      const report = checkSubjects(subjects, catalogOption(options.catalog), todayOption(options.today));
      writeOutput(io, format === 'json' ? renderCheckJson(report) : renderCheckText(report), options.out, options.force);
      setExitCode(report.findings.some((finding) => isAtOrAbove(finding.severity, failOn)) ? 1 : 0);
    });
}

/** Runs the per-job rules over every subject. */
export function checkSubjects(subjects: readonly CheckSubject[], catalog: Catalog, today?: string): CheckReport {
  const complete = ruleContext({ catalog, completeness: 'complete', ...(today ? { today } : {}) });
  const partial = { ...complete, completeness: 'partial' as const };
  const findings: ReportFinding[] = [];
  for (const subject of subjects) {
    for (const finding of checkJobWith(subject.job, subject.completeness === 'partial' ? partial : complete)) {
      findings.push({ ...finding, resource: subject.resource, location: subject.location });
    }
  }
  findings.sort(compareReportFindings);
  const rules = API_RULES.map(({ id, severity, summary, rationale, source }) => ({ id, severity, summary, rationale, source }))
    .sort((a, b) => compareText(a.id, b.id));
  return { findings, summary: summarize(findings), rules, resourceCount: subjects.length };
}

/** The JSON report: `{ findings: [{ ruleId, severity, resource, path, message, source }], summary }`. */
export function renderCheckJson(report: CheckReport): string {
  const findings = report.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    resource: f.resource,
    path: f.path,
    message: f.message,
    ...(f.fix ? { fix: f.fix } : {}),
    source: f.source,
  }));
  const { errors, warnings, infos } = report.summary;
  return JSON.stringify({ findings, summary: { errors, warnings, infos } }, null, 2) + '\n';
}

/** The text report: one line per finding, grouped by resource, and a summary line. */
export function renderCheckText(report: CheckReport): string {
  const lines: string[] = [];
  let resource: string | undefined;
  for (const f of report.findings) {
    if (f.resource !== resource) {
      if (resource !== undefined) lines.push('');
      resource = f.resource;
      lines.push(resource);
    }
    lines.push(`  ${f.severity.padEnd(7)} ${f.ruleId}  ${f.path || '(job)'}: ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`);
  }
  if (lines.length) lines.push('');
  const { errors, warnings, infos } = report.summary;
  lines.push(`Checked ${report.resourceCount} ${report.resourceCount === 1 ? 'job' : 'jobs'}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} ${infos === 1 ? 'info' : 'infos'}.`);
  return lines.join('\n') + '\n';
}
