import { PLAN_RULES } from '../plan/plan-rules';
import { ReportRule } from '../report/check-report';
import { allPolicyRules } from '../policy/packs/all-packs';
import { SUPPRESSION_RULES } from '../policy/suppressions';
import { API_RULES } from '../rules/all-rules';
import { VERTEX_RULES } from '../rules/vertex/all-vertex-rules';
import { compareText } from '../report/compare-text';

/** A rule as `mljob explain` and the reporters describe it. */
export interface RuleDoc extends Omit<ReportRule, 'kind'> {
  /** `api`, `platform`, `plan` (the simulator's cross-job rules) or `policy`. */
  readonly kind: string;
}

/** Every rule the command line knows, sorted by id: the per-job rules, the policy packs' rules, the rules about suppressions and the plan simulator's rules. */
export function allRuleDocs(): RuleDoc[] {
  const docs: RuleDoc[] = [
    ...API_RULES.map(({ id, severity, kind, summary, rationale, source }) => ({ id, severity, kind, summary, rationale, source })),
    ...VERTEX_RULES.map(({ id, severity, kind, summary, rationale, source }) => ({ id, severity, kind, summary, rationale, source })),
    ...allPolicyRules().map(({ id, severity, kind, summary, rationale, source }) => ({ id, severity, kind, summary, rationale, source })),
    ...SUPPRESSION_RULES.map(({ id, severity, summary, rationale, source }) => ({ id, severity, kind: 'policy', summary, rationale, source })),
    ...PLAN_RULES.map(({ id, severity, summary, rationale, source }) => ({ id, severity, kind: 'plan', summary, rationale, source })),
  ];
  return docs.sort((a, b) => compareText(a.id, b.id));
}
