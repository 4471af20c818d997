import { CheckReport, ReportFinding, ReportRule } from '../../report/check-report';
import { compareText } from '../../report/compare-text';

/** The resources of a report: those it says were checked, plus any that only findings name, sorted. */
export function resourcesOf(report: CheckReport): string[] {
  const names = new Set(report.resources ?? []);
  for (const finding of [...report.findings, ...(report.suppressed ?? [])]) names.add(finding.resource);
  return [...names].sort(compareText);
}

/** The rules of a report plus a minimal description of any rule that only findings name, sorted by id. */
export function rulesOf(report: CheckReport): ReportRule[] {
  const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
  for (const finding of [...report.findings, ...(report.suppressed ?? [])]) {
    if (!rules.has(finding.ruleId)) {
      rules.set(finding.ruleId, { id: finding.ruleId, severity: finding.severity, summary: finding.ruleId, rationale: '', source: finding.source });
    }
  }
  return [...rules.values()].sort((a, b) => compareText(a.id, b.id));
}

/** `file:line:col`, `file:line`, `file#pointer` or `file` of a finding, or undefined without a location. */
export function locationText(finding: ReportFinding): string | undefined {
  const location = finding.location;
  if (!location) return undefined;
  if (location.line !== undefined) return `${location.file}:${location.line}${location.column !== undefined ? `:${location.column}` : ''}`;
  return location.pointer ? `${location.file}#${location.pointer}` : location.file;
}

/** The message and the fix, as one line. */
export function messageWithFix(finding: ReportFinding): string {
  return finding.fix ? `${finding.message} Fix: ${finding.fix}` : finding.message;
}


/** `1 error`, `2 errors`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
