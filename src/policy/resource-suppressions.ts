import { FindingLocation } from '../report/check-report';
import { Suppression } from './suppressions';

/** Where in a resource's Terraform JSON in-code suppressions are kept: cdktf's `//` metadata block. */
export const SUPPRESSIONS_OVERRIDE_PATH = '//.mljob.suppressions';

/** One in-code suppression, as stored in `cdk.tf.json` under `"//": { "mljob": { "suppressions": [...] } }`. */
export interface ResourceSuppression {
  /** The rule id. */
  readonly rule: string;
  /** Why the finding is accepted. */
  readonly reason: string;
  /**
   * `YYYY-MM-DD`, the last day the suppression applies.
   *
   * @default - it does not expire
   */
  readonly expires?: string;
}

/**
 * The in-code suppressions of one resource of `cdk.tf.json` (the object under `resource.google_ml_engine_job.<name>`),
 * as written by `MlJobChecks.suppress`. Malformed entries are skipped: `mljob check` must not fail on odd metadata,
 * and an entry without a rule cannot suppress anything.
 */
export function suppressionsOfResource(resourceJson: unknown): ResourceSuppression[] {
  const list = (resourceJson as { '//'?: { mljob?: { suppressions?: unknown } } } | null | undefined)?.['//']?.mljob?.suppressions;
  if (!Array.isArray(list)) return [];
  const out: ResourceSuppression[] = [];
  for (const item of list) {
    const entry = item as { rule?: unknown; reason?: unknown; expires?: unknown } | null;
    if (!entry || typeof entry.rule !== 'string' || entry.rule === '') continue;
    out.push({
      rule: entry.rule,
      reason: typeof entry.reason === 'string' ? entry.reason : '',
      ...(typeof entry.expires === 'string' ? { expires: entry.expires } : {}),
    });
  }
  return out;
}

/** The in-code suppressions of a resource of `cdk.tf.json`, ready for `runChecks` (`CheckTarget.suppressions`). */
export function inCodeSuppressions(resource: string, resourceJson: unknown, location?: FindingLocation): Suppression[] {
  return suppressionsOfResource(resourceJson).map((s) => ({
    ruleId: s.rule,
    resource,
    reason: s.reason,
    ...(s.expires ? { expires: s.expires } : {}),
    origin: 'in-code' as const,
    match: 'exact' as const,
    ...(location ? { location } : {}),
  }));
}
