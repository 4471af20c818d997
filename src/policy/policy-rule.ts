import { Rule, RuleContext } from '../rules/rule';

/** The type of a rule parameter as `mljob.config.yaml` gives it. */
export type ParameterType = 'number' | 'string-list';

/** A parameter of a configurable rule: its type, default and meaning (rendered in docs/RULES.md). */
export interface ParameterSpec {
  readonly type: ParameterType;
  /** The value used when the configuration does not set the parameter. */
  readonly default: number | readonly string[];
  /** What the parameter means, one sentence. */
  readonly description: string;
  /** For numbers: the smallest value the configuration may set. */
  readonly minimum?: number;
}

/**
 * A policy rule: an ordinary `Rule` of kind `policy` that may declare parameters. The configuration is validated
 * against the declared parameters, so a rule reads them without checking their types again.
 */
export interface PolicyRule extends Rule {
  /** The parameters the rule reads, by name. */
  readonly parameters?: { readonly [name: string]: ParameterSpec };
}

/** The number parameter `name` of `rule`: the configured value, else the declared default. */
export function numberParameter(ctx: RuleContext, rule: PolicyRule, name: string): number {
  const value = ctx.parameters?.[rule.id]?.[name];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return declared(rule, name, 'number') as number;
}

/** The string-list parameter `name` of `rule`: the configured value, else the declared default. */
export function stringListParameter(ctx: RuleContext, rule: PolicyRule, name: string): readonly string[] {
  const value = ctx.parameters?.[rule.id]?.[name];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return declared(rule, name, 'string-list') as readonly string[];
}

// A rule that reads a parameter it did not declare is a bug in the rule, not in the user's input: fail loudly.
function declared(rule: PolicyRule, name: string, type: ParameterType): number | readonly string[] {
  const spec = rule.parameters?.[name];
  if (!spec || spec.type !== type) throw new Error(`Rule ${rule.id} reads the undeclared ${type} parameter "${name}".`);
  return spec.default;
}
