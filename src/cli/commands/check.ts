import { Command } from 'commander';
import { CheckReport, isAtOrAbove } from '../../policy/check-report';
import { buildPolicy } from '../../policy/policy';
import { inCodeSuppressions } from '../../policy/resource-suppressions';
import { renderJson } from '../../policy/reporters/json';
import { runChecks } from '../../policy/run-checks';
import { readCheckSubjects } from '../check-subjects';
import { CliIo } from '../cli-io';
import { addReportOptions, catalogOption, failOnOption, formatOption, todayOption } from '../options';
import { UsageError } from '../usage-error';
import { writeOutput } from '../write-output';

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
      // Suppressions written in code (`MlJobChecks.suppress`) travel in the synthesized resource's metadata.
      const targets = subjects.map(({ resource, job, completeness, location, raw }) => ({
        resource, job, completeness, location, ...(raw ? { suppressions: inCodeSuppressions(resource, raw, location) } : {}),
      }));
      // The built-in api and platform rules; policy packs and configuration come with `--config` (issue 6).
      const report = runChecks(targets, buildPolicy(), { catalog: catalogOption(options.catalog), ...todayOf(options.today) });
      writeOutput(io, format === 'json' ? renderJson(report) : renderCheckText(report), options.out, options.force);
      setExitCode(report.findings.some((finding) => isAtOrAbove(finding.severity, failOn)) ? 1 : 0);
    });
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

function todayOf(value: string | undefined): { today?: string } {
  const today = todayOption(value);
  return today ? { today } : {};
}
