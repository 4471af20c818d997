import { Severity } from '../../rules/rule';
import { CheckReport, ReportFinding, isAtOrAbove } from '../../report/check-report';
import { FailOn } from '../config';
import { markdownCell as cell, markdownCode as code } from '../../report/markdown-text';
import { locationText, plural } from './report-parts';

/** Options of the Markdown report. */
export interface MarkdownReportOptions {
  /** The heading. Default `mljob check`. */
  readonly title?: string;
  /** List at most this many findings (a PR comment holds at most 65,536 characters). Default 50. */
  readonly maxFindings?: number;
  /** The lowest severity that fails the check, for the verdict. Default `error`. */
  readonly failOn?: FailOn;
}

const ICONS: Record<Severity, string> = { error: ':x:', warning: ':warning:', info: ':information_source:' };

/**
 * The report as a pull-request comment: a heading with the verdict, a summary table, a table of findings (rule ids
 * link to their source), and the suppressed findings in a collapsed section.
 */
export function renderMarkdown(report: CheckReport, options: MarkdownReportOptions = {}): string {
  const { errors, warnings, infos } = report.summary;
  const suppressed = report.suppressed ?? [];
  const resources = report.resourceCount;
  const failOn = options.failOn ?? 'error';
  const failed = failOn !== 'never' && report.findings.some((finding) => isAtOrAbove(finding.severity, failOn));
  const verdict = failed ? ':x: Policy check failed' : warnings > 0 || errors > 0 ? ':warning: Policy check passed with findings' : ':white_check_mark: Policy check passed';
  const lines = [
    `## ${cell(options.title ?? 'mljob check')}`,
    '',
    `${verdict}: ${plural(resources, 'resource')} checked.`,
    '',
    '| | Count |',
    '|---|---:|',
    `| ${ICONS.error} Errors | ${errors} |`,
    `| ${ICONS.warning} Warnings | ${warnings} |`,
    `| ${ICONS.info} Infos | ${infos} |`,
    `| :mute: Suppressed | ${suppressed.length} |`,
    '',
  ];
  const max = Math.max(0, options.maxFindings ?? 50);
  if (report.findings.length > 0) {
    lines.push('| Severity | Rule | Resource | Field | Message |', '|---|---|---|---|---|');
    for (const finding of report.findings.slice(0, max)) lines.push(row(finding));
    if (report.findings.length > max) lines.push('', `…and ${report.findings.length - max} more; see the full report.`);
    lines.push('');
  }
  if (suppressed.length > 0) {
    lines.push('<details>', `<summary>${plural(suppressed.length, 'suppressed finding')}</summary>`, '', '| Rule | Resource | Reason |', '|---|---|---|');
    for (const finding of suppressed) {
      lines.push(`| ${cell(finding.ruleId)} | ${cell(finding.resource)} | ${cell(finding.suppression.reason)}${finding.suppression.expires ? ` (until ${finding.suppression.expires})` : ''} |`);
    }
    lines.push('', '</details>', '');
  }
  return `${lines.join('\n')}`;
}

function row(finding: ReportFinding): string {
  const where = locationText(finding);
  const message = `${cell(finding.message)}${finding.fix ? `<br>**Fix:** ${cell(finding.fix)}` : ''}${where ? `<br>at ${code(where)}` : ''}`;
  return `| ${ICONS[finding.severity]} ${finding.severity} | ${ruleLink(finding)} | ${code(finding.resource)} | ${finding.path ? code(finding.path) : ''} | ${message} |`;
}

/** The rule id, linked to its source when that is a plain http(s) URL (a user rule's source is untrusted). */
function ruleLink(finding: ReportFinding): string {
  return /^https?:\/\/[^\s()<>]+$/.test(finding.source) ? `[${cell(finding.ruleId)}](${finding.source})` : cell(finding.ruleId);
}
