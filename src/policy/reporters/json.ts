import { CheckReport } from '../../report/check-report';

/**
 * The report as JSON for other tools: exactly
 * `{ "findings": [{ "ruleId", "severity", "resource", "path", "message", "source" }], "summary": { "errors", "warnings", "infos" } }`,
 * keys in that order, findings in report order, two-space indentation and a final newline. Suppressed findings,
 * fixes and locations are left out, so the shape stays stable for consumers.
 */
export function renderJson(report: CheckReport): string {
  const document = {
    findings: report.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, resource: f.resource, path: f.path, message: f.message, source: f.source })),
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
