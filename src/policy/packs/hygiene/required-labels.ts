import { Violation } from '../../../rules/rule';
import { isUnknown } from '../../../rules/values';
import { PolicyRule, stringListParameter } from '../../policy-rule';
import { POLICY_SOURCES } from '../policy-sources';

/** Every job carries the labels the organisation's cost reports and ownership lookups rely on. */
export const REQUIRED_LABELS: PolicyRule = {
  id: 'MLJ-HYG-001',
  severity: 'error',
  kind: 'policy',
  appliesTo: 'any',
  summary: 'A job has every label of the parameter `labels` (default `team` and `cost-center`), each with a non-empty value.',
  rationale: 'Labels are how billing exports and the jobs list attribute a job to its owner and budget; an unlabelled job is an orphan nobody pays for or cleans up.',
  source: POLICY_SOURCES.labels,
  parameters: {
    labels: { type: 'string-list', default: ['team', 'cost-center'], description: 'The label keys every job must have.' },
  },
  check(job, ctx) {
    const labels: unknown = job.labels;
    if (isUnknown(labels)) return [];
    const present = labels !== null && typeof labels === 'object' ? labels as { [key: string]: unknown } : {};
    const violations: Violation[] = [];
    for (const key of stringListParameter(ctx, REQUIRED_LABELS, 'labels')) {
      const value = present[key];
      if (value !== undefined && value !== null && value !== '') continue;
      violations.push({
        path: `labels.${key}`,
        message: value === '' ? `Label "${key}" is empty; this policy requires a value.` : `Label "${key}" is missing; this policy requires it on every job.`,
        fix: `Add labels: { "${key}": "…" } (lowercase letters, digits, _ and -).`,
      });
    }
    return violations;
  },
};
