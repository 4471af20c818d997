import { Severity } from '../../rules/rule';
import { CheckReport, ReportFinding, SuppressedFinding, isAtOrAbove } from '../../report/check-report';
import { compareText } from '../../report/compare-text';
import { locationText, messageWithFix, resourcesOf, rulesOf } from './report-parts';

/** Options of the JUnit report. */
export interface JunitReportOptions {
  /** The lowest severity that makes a test case fail; findings below it are listed in `system-out`. Default `error`. */
  readonly failOn?: Severity | 'never';
  /** The name of the `testsuites` element. Default `mljob check`. */
  readonly name?: string;
}

/**
 * The report as JUnit XML for CI test views: one `testsuite` per resource and one `testcase` per resource × rule
 * that ran (classname = resource, name = rule id). A case fails when the rule found something at or above `failOn`
 * on the resource; it is skipped when all its findings were suppressed. Rules about suppressions (`MLJ-POL-*`) and
 * resources that only findings name (a configuration file) get cases only where they have findings.
 */
export function renderJunit(report: CheckReport, options: JunitReportOptions = {}): string {
  const failOn = options.failOn ?? 'error';
  const rules = rulesOf(report).filter((rule) => !rule.id.startsWith('MLJ-POL-'));
  const checked = new Set(report.resources ?? []);
  // Findings by resource, then rule: one pass, so large reports stay linear.
  const byResource = new Map<string, Map<string, CaseFindings>>();
  const entry = (resource: string, ruleId: string) => {
    let cases = byResource.get(resource);
    if (!cases) byResource.set(resource, (cases = new Map()));
    let value = cases.get(ruleId);
    if (!value) cases.set(ruleId, (value = { findings: [], suppressed: [] }));
    return value;
  };
  for (const finding of report.findings) entry(finding.resource, finding.ruleId).findings.push(finding);
  for (const finding of report.suppressed ?? []) entry(finding.resource, finding.ruleId).suppressed.push(finding);

  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  let totalSkipped = 0;
  for (const resource of resourcesOf(report)) {
    const cases = byResource.get(resource) ?? new Map<string, CaseFindings>();
    const ruleIds = new Set(checked.has(resource) ? rules.map((rule) => rule.id) : []);
    for (const ruleId of cases.keys()) ruleIds.add(ruleId);
    const rendered: string[] = [];
    let failures = 0;
    let skipped = 0;
    for (const ruleId of [...ruleIds].sort(compareText)) {
      const { findings, suppressed } = cases.get(ruleId) ?? { findings: [], suppressed: [] };
      const failing = failOn === 'never' ? [] : findings.filter((f) => isAtOrAbove(f.severity, failOn));
      const other = failOn === 'never' ? findings : findings.filter((f) => !isAtOrAbove(f.severity, failOn));
      const body: string[] = [];
      if (failing.length > 0) {
        failures++;
        body.push(`      <failure message="${attr(failing.map((f) => f.message).join(' | '))}" type="${failing[0].severity}">${text(failing.map(describe).join('\n'))}</failure>`);
      } else if (findings.length === 0 && suppressed.length > 0) {
        skipped++;
        body.push(`      <skipped message="${attr(`suppressed: ${suppressed.map((f) => f.suppression.reason).join(' | ')}`)}"/>`);
      }
      if (other.length > 0) body.push(`      <system-out>${text(other.map(describe).join('\n'))}</system-out>`);
      const open = `    <testcase classname="${attr(resource)}" name="${attr(ruleId)}" time="0"`;
      rendered.push(body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`);
    }
    totalTests += rendered.length;
    totalFailures += failures;
    totalSkipped += skipped;
    suites.push(
      `  <testsuite name="${attr(resource)}" tests="${rendered.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0">\n${rendered.join('\n')}\n  </testsuite>`,
    );
  }
  const name = options.name ?? 'mljob check';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${totalTests}" failures="${totalFailures}" errors="0" skipped="${totalSkipped}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

/** The findings of one test case (resource × rule). */
interface CaseFindings {
  readonly findings: ReportFinding[];
  readonly suppressed: SuppressedFinding[];
}

/** One finding as a line of failure or output text. */
function describe(finding: ReportFinding): string {
  const where = locationText(finding);
  return `${finding.severity} ${finding.ruleId}${finding.path ? ` ${finding.path}` : ''}: ${messageWithFix(finding)}${where ? ` (at ${where})` : ''} See ${finding.source}`;
}

// Characters XML 1.0 cannot hold at all, even escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function text(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
