import { CheckReport } from '../../report/check-report';
import { printable } from '../../read/printable';
import { locationText, plural } from './report-parts';

/** Options of the text report. */
export interface TextReportOptions {
  /** List suppressed findings with their reasons. Default false. */
  readonly showSuppressed?: boolean;
}

/**
 * The report for a terminal or a CI log: findings grouped by resource (most severe first), each with its field,
 * message, fix and location, then a summary line. Plain text, no colours, byte-identical for the same report.
 */
export function renderText(report: CheckReport, options: TextReportOptions = {}): string {
  const lines: string[] = [];
  let current: string | undefined;
  for (const finding of report.findings) {
    if (finding.resource !== current) {
      if (current !== undefined) lines.push('');
      current = finding.resource;
      lines.push(printable(current));
    }
    lines.push(`  ${finding.severity.padEnd(7)} ${printable(finding.ruleId)}${finding.path ? ` ${printable(finding.path)}` : ''}`);
    lines.push(`          ${printable(finding.message)}`);
    if (finding.fix) lines.push(`          fix: ${printable(finding.fix)}`);
    const where = locationText(finding);
    if (where) lines.push(`          at ${printable(where)}`);
  }
  const suppressed = report.suppressed ?? [];
  if (options.showSuppressed && suppressed.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(`Suppressed (${suppressed.length}):`);
    for (const finding of suppressed) {
      lines.push(`  ${printable(finding.ruleId)} ${printable(finding.resource)}${finding.path ? ` ${printable(finding.path)}` : ''}: ${printable(finding.suppression.reason)}${finding.suppression.expires ? ` (until ${finding.suppression.expires})` : ''}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const { errors, warnings, infos } = report.summary;
  const resources = report.resourceCount;
  lines.push(`${plural(resources, 'resource')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}${suppressed.length ? `, ${suppressed.length} suppressed` : ''}.`);
  return `${lines.join('\n')}\n`;
}
