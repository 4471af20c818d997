import picomatch from 'picomatch';
import { FindingLocation, ReportFinding, ReportRule, SuppressedFinding, SuppressionOrigin, compareReportFindings } from '../report/check-report';
import { isCalendarDay } from './calendar-day';

/** A suppression of one rule on one or more resources, from the configuration or from the code. */
export interface Suppression {
  /** The rule id, exactly. */
  readonly ruleId: string;
  /** A picomatch glob over report resources (`config`), or the resource the suppression is attached to (`in-code`). */
  readonly resource: string;
  /**
   * How `resource` matches: `glob` (default for `config`), `exact` (default for `in-code`), or `subtree`: the resource
   * and every resource below it (`stack/team` matches `stack/team/job`), for suppressions on a scope construct.
   */
  readonly match?: 'glob' | 'exact' | 'subtree';
  /** Why the finding is accepted. Without one the suppression does not apply (finding MLJ-POL-001). */
  readonly reason?: string;
  /** `YYYY-MM-DD`: the last day it applies; after it, it does not apply (finding MLJ-POL-002). */
  readonly expires?: string;
  readonly origin: SuppressionOrigin;
  /** Where it is written: the configuration file and line, or the resource's location. */
  readonly location?: FindingLocation;
  /** The path of the entry in the configuration (`suppressions[2]`), for findings about it. */
  readonly entry?: string;
}

/** What `applySuppressions` returns. */
export interface SuppressionOutcome {
  /** The findings that remain, plus findings about the suppressions themselves, in report order. */
  readonly findings: ReportFinding[];
  /** The findings a valid suppression accepted, in report order. */
  readonly suppressed: SuppressedFinding[];
}

/** Options of `applySuppressions`. */
export interface SuppressionOptions {
  /** Report suppressions that matched nothing (MLJ-POL-003). Default true. */
  readonly reportUnused?: boolean;
  /**
   * The ids of the rules that ran. A suppression of a rule that did not run (its pack is off for this run, or its
   * severity is `off`) cannot match anything and is not reported unused. Default: every suppression can be unused.
   */
  readonly ranRuleIds?: ReadonlySet<string>;
}

const DOCS = 'https://github.com/cdktf-gcp-ml-jobs/cdktf-gcp-ml-jobs/blob/main/docs/RULES.md';

/** The rules about suppressions: they describe findings `applySuppressions` adds, and cannot be suppressed. */
export const SUPPRESSION_RULES: readonly ReportRule[] = [
  {
    id: 'MLJ-POL-001',
    severity: 'error',
    kind: 'policy',
    summary: 'Every suppression gives a reason.',
    rationale: 'A suppression without a reason cannot be reviewed or revisited; it does not apply until it says why the finding is accepted.',
    source: `${DOCS}#mlj-pol-001`,
  },
  {
    id: 'MLJ-POL-002',
    severity: 'warning',
    kind: 'policy',
    summary: 'A suppression\'s expiry date is a date (YYYY-MM-DD), not past.',
    rationale: 'An expired suppression no longer applies, so the finding it accepted is reported again; renew it with a new date or fix the finding.',
    source: `${DOCS}#mlj-pol-002`,
  },
  {
    id: 'MLJ-POL-003',
    severity: 'warning',
    kind: 'policy',
    summary: 'Every suppression matches at least one finding.',
    rationale: 'A suppression that matches nothing is stale (the finding was fixed, or the rule id or resource glob is wrong) and would hide a future finding unnoticed.',
    source: `${DOCS}#mlj-pol-003`,
  },
];

/**
 * Applies suppressions to findings. A suppression applies when it has a reason, has not expired (`expires` is on or
 * after `today`) and names the finding's rule and resource (a glob for configuration suppressions, the exact resource
 * for in-code ones). Findings about suppressions (`MLJ-POL-*`) are added and are never suppressed themselves.
 *
 * @param today `YYYY-MM-DD`
 */
export function applySuppressions(
  findings: readonly ReportFinding[],
  suppressions: readonly Suppression[],
  today: string,
  options: SuppressionOptions = {},
): SuppressionOutcome {
  const remaining: ReportFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const problems: ReportFinding[] = [];
  const active: Active[] = [];
  for (const suppression of suppressions) {
    const reason = suppression.reason?.trim() ?? '';
    if (reason === '') {
      problems.push(problem(suppression, 'MLJ-POL-001', `${describe(suppression)} has no reason; it does not apply until it says why the finding is accepted.`, 'Add a reason (and, if the exception is temporary, an expires date).'));
      continue;
    }
    if (suppression.expires !== undefined && !isCalendarDay(suppression.expires)) {
      // In-code suppressions come from cdk.tf.json metadata: a text that is no date never expires if compared as one.
      problems.push(problem(suppression, 'MLJ-POL-002', `${describe(suppression)} expires ${JSON.stringify(suppression.expires)}, which is not a date; it does not apply.`, 'Write the last day it applies as YYYY-MM-DD.'));
      continue;
    }
    if (suppression.expires !== undefined && suppression.expires < today) {
      problems.push(problem(suppression, 'MLJ-POL-002', `${describe(suppression)} expired on ${suppression.expires}; it no longer applies.`, 'Fix the finding, or renew the suppression with a new expires date and reason.'));
      continue;
    }
    active.push({ suppression, order: active.length, matches: matcher(suppression), used: false });
  }
  // Indexed by rule (and by resource for exact ones): a report can hold one in-code suppression per resource.
  const exact = new Map<string, Active[]>();
  const byRule = new Map<string, Active[]>();
  for (const a of active) {
    const exactMatch = (a.suppression.match ?? (a.suppression.origin === 'config' ? 'glob' : 'exact')) === 'exact';
    const key = exactMatch ? `${a.suppression.ruleId}\u0000${a.suppression.resource}` : a.suppression.ruleId;
    const index = exactMatch ? exact : byRule;
    const list = index.get(key);
    if (list) list.push(a);
    else index.set(key, [a]);
  }
  for (const finding of findings) {
    // Findings about suppressions are never suppressed themselves.
    const candidates = finding.ruleId.startsWith('MLJ-POL-')
      ? []
      : [...(exact.get(`${finding.ruleId}\u0000${finding.resource}`) ?? []), ...(byRule.get(finding.ruleId) ?? [])].filter((a) => a.matches(finding.resource));
    if (candidates.length === 0) {
      remaining.push(finding);
      continue;
    }
    // Every suppression that covers the finding is in use; the first one written is the one reported.
    for (const candidate of candidates) candidate.used = true;
    const { suppression } = candidates.reduce((first, a) => (a.order < first.order ? a : first));
    suppressed.push({
      ...finding,
      suppression: { origin: suppression.origin, reason: suppression.reason!.trim(), ...(suppression.expires ? { expires: suppression.expires } : {}) },
    });
  }
  if (options.reportUnused !== false) {
    for (const { suppression, used } of active) {
      if (!used && (options.ranRuleIds?.has(suppression.ruleId) ?? true)) problems.push(problem(suppression, 'MLJ-POL-003', `${describe(suppression)} matched no finding; remove it, or correct its rule id or resource.`));
    }
  }
  return { findings: [...remaining, ...problems].sort(compareReportFindings), suppressed: suppressed.sort(compareReportFindings) };
}

/** A suppression that applies, with its position in the input and whether a finding used it. */
interface Active {
  readonly suppression: Suppression;
  readonly order: number;
  readonly matches: (resource: string) => boolean;
  used: boolean;
}

/** The resource test of a suppression. */
function matcher(suppression: Suppression): (resource: string) => boolean {
  const match = suppression.match ?? (suppression.origin === 'config' ? 'glob' : 'exact');
  const target = suppression.resource;
  if (match === 'glob') return picomatch(target, { dot: true });
  if (match === 'subtree') return (resource) => resource === target || resource.startsWith(`${target}/`);
  return (resource) => resource === target;
}

/** A finding about a suppression: on the configuration file for configuration suppressions, else on the resource. */
function problem(suppression: Suppression, ruleId: string, message: string, fix?: string): ReportFinding {
  const rule = SUPPRESSION_RULES.find((r) => r.id === ruleId)!;
  const resource = suppression.origin === 'config' ? suppression.location?.file ?? 'configuration' : suppression.resource;
  return {
    ruleId,
    severity: rule.severity,
    resource,
    path: suppression.entry ?? '',
    message,
    ...(fix ? { fix } : {}),
    source: rule.source,
    ...(suppression.location ? { location: suppression.location } : {}),
  };
}

function describe(suppression: Suppression): string {
  return suppression.origin === 'config'
    ? `The suppression of ${suppression.ruleId} for resources "${suppression.resource}"`
    : `The in-code suppression of ${suppression.ruleId}`;
}
