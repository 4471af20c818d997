import { Catalog } from '../catalog/catalog';
import { Job } from '../model/job';
import { checkJobWith, ruleContext } from '../rules/engine';
import { Completeness, RuleContext } from '../rules/rule';
import { CheckReport, FindingLocation, ReportFinding, ReportRule, compareReportFindings, summarize } from '../report/check-report';
import { compareText } from '../report/compare-text';
import { Policy } from './policy';
import { PolicyRule } from './policy-rule';
import { SUPPRESSION_RULES, Suppression, applySuppressions } from './suppressions';

/** One job to check, attributed to a resource. */
export interface CheckTarget {
  /** The resource name findings carry (`stack/construct/path`, `stack/google_ml_engine_job.name`, or a file). */
  readonly resource: string;
  readonly job: Job;
  /** `complete` (default) or `partial` (a gcloud `--config` file). */
  readonly completeness?: Completeness;
  /** Where the resource is defined; copied onto its findings. */
  readonly location?: FindingLocation;
  /** Suppressions written with the resource (in-code), e.g. from `inCodeSuppressions`. */
  readonly suppressions?: readonly Suppression[];
  /** Ids of policy rules not to run on this job (e.g. the api rules, which L2 constructs already run at synth). */
  readonly skipRuleIds?: readonly string[];
}

/** Options of `runChecks`. */
export interface RunChecksOptions {
  /** The catalog (default: the built-in one). */
  readonly catalog?: Catalog;
  /** `YYYY-MM-DD` for end-of-support and expiry checks (default: today, UTC). */
  readonly today?: string;
  /** Report suppressions that matched nothing (MLJ-POL-003). Default true. */
  readonly reportUnusedSuppressions?: boolean;
}

/**
 * Runs a policy over jobs and returns the report every reporter renders: findings after suppressions (configuration
 * and in-code), the suppressed findings aside, the summary, and the rules that ran.
 */
export function runChecks(targets: readonly CheckTarget[], policy: Policy, options: RunChecksOptions = {}): CheckReport {
  const base = ruleContext({ catalog: options.catalog, today: options.today });
  const contexts: { [completeness: string]: RuleContext } = {
    complete: { ...base, parameters: policy.parameters },
    partial: { ...base, completeness: 'partial', parameters: policy.parameters },
  };
  const findings: ReportFinding[] = [];
  const suppressions: Suppression[] = [...policy.suppressions];
  for (const target of targets) {
    const skip = new Set(target.skipRuleIds ?? []);
    const rules = skip.size ? policy.rules.filter((rule) => !skip.has(rule.id)) : policy.rules;
    for (const finding of checkJobWith(target.job, contexts[target.completeness ?? 'complete'], rules)) {
      findings.push({ ...finding, resource: target.resource, ...(target.location ? { location: target.location } : {}) });
    }
    suppressions.push(...(target.suppressions ?? []));
  }
  const outcome = applySuppressions(findings, suppressions, base.today, {
    reportUnused: options.reportUnusedSuppressions,
    ranRuleIds: new Set(policy.rules.map((rule) => rule.id)),
  });
  const ruleIds = new Set(outcome.findings.map((f) => f.ruleId));
  const rules: ReportRule[] = [
    ...policy.rules.map(reportRule),
    ...SUPPRESSION_RULES.filter((rule) => ruleIds.has(rule.id)),
  ].sort((a, b) => compareText(a.id, b.id));
  return {
    findings: outcome.findings.sort(compareReportFindings),
    summary: summarize(outcome.findings),
    rules,
    resourceCount: targets.length,
    resources: [...new Set(targets.map((t) => t.resource))].sort(compareText),
    suppressed: outcome.suppressed,
  };
}

/** The metadata of a rule as reports describe it. */
export function reportRule(rule: PolicyRule): ReportRule {
  return { id: rule.id, severity: rule.severity, kind: rule.kind, summary: rule.summary, rationale: rule.rationale, source: rule.source };
}
