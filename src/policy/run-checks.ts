import { Catalog } from '../catalog/catalog';
import { CustomJob } from '../model/custom-job';
import { Job } from '../model/job';
import { checkJobWith, ruleContext } from '../rules/engine';
import { VERTEX_RULES } from '../rules/vertex/all-vertex-rules';
import { checkCustomJobWith, customJobRuleContext } from '../rules/vertex/check-custom-job';
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

/** One Vertex AI custom job to check, attributed to a resource: the Vertex AI rules run on it. */
export interface CustomJobCheckTarget {
  /** The resource name findings carry (`stack/google_vertex_ai_custom_job.name`, or a file). */
  readonly resource: string;
  /** The custom job in its REST shape. */
  readonly customJob: CustomJob;
  /** The job's region, when known (the custom job body does not hold it). */
  readonly region?: string;
  /** `complete` (default) or `partial` (a gcloud `--config` file or `--worker-pool-spec` lines). */
  readonly completeness?: Completeness;
  /** Where the resource is defined; copied onto its findings. */
  readonly location?: FindingLocation;
  /** Suppressions written with the resource (in-code). */
  readonly suppressions?: readonly Suppression[];
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
export function runChecks(targets: ReadonlyArray<CheckTarget | CustomJobCheckTarget>, policy: Policy, options: RunChecksOptions = {}): CheckReport {
  const base = ruleContext({ catalog: options.catalog, today: options.today });
  const contexts: { [completeness: string]: RuleContext } = {
    complete: { ...base, parameters: policy.parameters },
    partial: { ...base, completeness: 'partial', parameters: policy.parameters },
  };
  const findings: ReportFinding[] = [];
  const suppressions: Suppression[] = [...policy.suppressions];
  const customJobRules = policy.customJobRules ?? VERTEX_RULES;
  for (const target of targets) {
    if ('customJob' in target) {
      const ctx = customJobRuleContext({ completeness: target.completeness ?? 'complete', ...(target.region !== undefined ? { location: target.region } : {}), today: base.today, catalog: base.catalog.vertex });
      for (const finding of checkCustomJobWith(target.customJob, ctx, customJobRules)) {
        findings.push({ ...finding, resource: target.resource, ...(target.location ? { location: target.location } : {}) });
      }
      suppressions.push(...(target.suppressions ?? []));
      continue;
    }
    const skip = new Set(target.skipRuleIds ?? []);
    const rules = skip.size ? policy.rules.filter((rule) => !skip.has(rule.id)) : policy.rules;
    for (const finding of checkJobWith(target.job, contexts[target.completeness ?? 'complete'], rules)) {
      findings.push({ ...finding, resource: target.resource, ...(target.location ? { location: target.location } : {}) });
    }
    suppressions.push(...(target.suppressions ?? []));
  }
  // The Vertex AI rules ran (and are reported) when there was a custom job to run them on.
  const ranCustomJobRules = targets.some((target) => 'customJob' in target) ? customJobRules : [];
  const outcome = applySuppressions(findings, suppressions, base.today, {
    reportUnused: options.reportUnusedSuppressions,
    ranRuleIds: new Set([...policy.rules, ...ranCustomJobRules].map((rule) => rule.id)),
  });
  const ruleIds = new Set(outcome.findings.map((f) => f.ruleId));
  const rules: ReportRule[] = [
    ...policy.rules.map(reportRule),
    ...ranCustomJobRules.map(reportRule),
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
export function reportRule(rule: Pick<PolicyRule, 'id' | 'severity' | 'kind' | 'summary' | 'rationale' | 'source'>): ReportRule {
  return { id: rule.id, severity: rule.severity, kind: rule.kind, summary: rule.summary, rationale: rule.rationale, source: rule.source };
}
