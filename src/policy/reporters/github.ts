import { Severity } from '../../rules/rule';
import { CheckReport, ReportFinding, isAtOrAbove } from '../../report/check-report';

/** Options of the GitHub Actions report. */
export interface GithubReportOptions {
  /** The lowest severity to emit. Default `info` (everything). */
  readonly minSeverity?: Severity;
}

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * The report as GitHub Actions workflow commands, one line per finding:
 * `::error file=F,line=L,col=C,title=MLJ-SEC-001 resource::message`. Annotations appear on the pull request's
 * files. Data is escaped as the Actions toolkit does (`%`, CR, LF) and properties also escape `:` and `,`.
 * Suppressed findings are not emitted.
 *
 * @see https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 */
export function renderGithub(report: CheckReport, options: GithubReportOptions = {}): string {
  const minSeverity = options.minSeverity ?? 'info';
  const lines = report.findings.filter((f) => isAtOrAbove(f.severity, minSeverity)).map(command);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function command(finding: ReportFinding): string {
  const properties: string[] = [];
  if (finding.location?.file) {
    properties.push(`file=${escapeProperty(finding.location.file.replace(/\\/g, '/'))}`);
    if (finding.location.line !== undefined) properties.push(`line=${finding.location.line}`);
    if (finding.location.line !== undefined && finding.location.column !== undefined) properties.push(`col=${finding.location.column}`);
  }
  properties.push(`title=${escapeProperty(`${finding.ruleId} ${finding.resource}`)}`);
  const field = finding.path ? `${finding.path}: ` : '';
  const message = `${field}${finding.message}${finding.fix ? ` Fix: ${finding.fix}` : ''} (${finding.source})`;
  return `::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(message)}`;
}

/** Escapes a command's message. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
