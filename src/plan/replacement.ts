import { compareText } from '../report/compare-text';
import { literalText } from './desired-strings';
import { FieldDiff } from './job-diff';
import { DesiredResource } from './plan-inputs';

/** A desired value that only Terraform knows, at apply (a reference, a variable, a template). */
export const KNOWN_AT_APPLY = Symbol('known at apply');

/**
 * Adds a top-level field that the field diff leaves to its caller (`project`, `location`) to a diff: nothing when
 * either side is not set, an unknown path when the desired value is known only at apply, else a replace path when the
 * two differ. Returns a new diff, its paths sorted.
 */
export function withTopLevelField<D extends FieldDiff>(
  diff: D,
  path: string,
  desired: string | typeof KNOWN_AT_APPLY | undefined,
  prior: string | undefined,
): D {
  if (desired === undefined || prior === undefined) return diff;
  if (desired === KNOWN_AT_APPLY) return { ...diff, unknownPaths: [...diff.unknownPaths, path].sort(compareText) };
  if (desired === prior) return diff;
  return { ...diff, replacePaths: [...diff.replacePaths, path].sort(compareText) };
}

/**
 * The API paths that make Terraform replace a job it already knows, sorted: every known difference outside the fields
 * that change in place, and every such field whose value is known only at apply.
 *
 * Terraform compares each path a provider marks `requires_replace`, prior value against planned value, and replaces
 * the resource when they differ or when the planned value is unknown: it cannot prove an unknown value unchanged (the
 * google provider's ForceNew attributes behave the same). The mljobs provider marks exactly these paths
 * (PlanResourceChange) and `mljob plan` plans a replacement exactly when there is one, so the two agree. A value known
 * only at apply is never a rule violation; it is a replacement, and the plan says so.
 */
export function replacingPaths(diff: FieldDiff): string[] {
  if (!diff.unknownPaths.length) return diff.replacePaths;
  if (!diff.replacePaths.length) return diff.unknownPaths;
  return [...new Set([...diff.replacePaths, ...diff.unknownPaths])].sort(compareText);
}

/** A desired top-level string (`project`, `location`) as `withTopLevelField` takes it: the literal, or known at apply. */
export function knownAtPlan(value: string | undefined, strings: DesiredResource['strings']): string | typeof KNOWN_AT_APPLY | undefined {
  if (!value) return undefined;
  return literalText(value, strings) ?? KNOWN_AT_APPLY;
}
