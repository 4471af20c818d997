import { API_RULES } from '../rules/all-rules';
import { VERTEX_RULES } from '../rules/vertex/all-vertex-rules';
import { CustomJobRule } from '../rules/vertex/custom-job-rule';
import { Rule, Severity, Violation } from '../rules/rule';
import { FindingSummary, isAtOrAbove } from '../report/check-report';
import { DEFAULT_CONFIG, FailOn, PolicyConfig, configEntryError } from './config';
import { allPolicyRules, policyPack } from './packs/all-packs';
import { ParameterSpec, PolicyRule } from './policy-rule';
import { loadPluginRules } from './plugins';
import { Suppression } from './suppressions';

/** The rules to run and how to judge their findings: a configuration made ready to run. */
export interface Policy {
  /** The rules to run, sorted by id: api and platform rules, the enabled packs and user rules, with configured severities; `off` rules left out. */
  readonly rules: readonly Rule[];
  /**
   * The Vertex AI rules to run on custom jobs, sorted by id, with configured severities; `off` rules left out.
   *
   * @default - the built-in Vertex AI rules as they are
   */
  readonly customJobRules?: readonly CustomJobRule[];
  /** Rule parameters for `RuleContext.parameters`. */
  readonly parameters: { readonly [ruleId: string]: { readonly [name: string]: unknown } };
  readonly failOn: FailOn;
  /** The suppressions of the configuration. */
  readonly suppressions: readonly Suppression[];
}

/** Options of `buildPolicy`. */
export interface PolicyOptions {
  /** The packs to enable instead of the configuration's. */
  readonly packs?: readonly string[];
  /** The lowest failing severity instead of the configuration's. */
  readonly failOn?: FailOn;
  /** Include the built-in api and platform rules (default true; the L2 constructs already run them at synth). */
  readonly apiRules?: boolean;
  /** Rules to add besides the configuration's plugins (already loaded). */
  readonly extraRules?: readonly Rule[];
}

/**
 * Builds the policy of a configuration: loads its plugins, checks that every rule id it names exists and that every
 * parameter is one the rule declares, with the declared type. Throws a one-line `file:line:col: problem` error.
 */
export function buildPolicy(config: PolicyConfig = DEFAULT_CONFIG, options: PolicyOptions = {}): Policy {
  const packs = options.packs ?? config.packs;
  const enabled: Rule[] = [...(options.apiRules === false ? [] : API_RULES)];
  for (const name of packs) {
    const pack = policyPack(name);
    if (!pack) throw configEntryError(config, `packs[${packs.indexOf(name)}]`, `unknown pack "${name}"`);
    enabled.push(...pack.rules);
  }
  enabled.push(...loadPluginRules(config), ...(options.extraRules ?? []));

  // Rule ids a configuration may name: every rule it could enable, so that settings for a disabled pack are kept.
  const known = new Map<string, Rule>();
  for (const rule of [...API_RULES, ...enabled]) known.set(rule.id, rule);
  for (const rule of allPolicyRules()) if (!known.has(rule.id)) known.set(rule.id, rule);
  const vertexIds = new Set(VERTEX_RULES.map((rule) => rule.id));

  const parameters: { [ruleId: string]: { [name: string]: unknown } } = {};
  for (const [ruleId, settings] of Object.entries(config.rules)) {
    if (vertexIds.has(ruleId)) {
      if (settings.parameters) throw configEntryError(config, `rules.${ruleId}.parameters`, `${ruleId} takes no parameters`);
      continue;
    }
    const rule = known.get(ruleId);
    if (!rule) throw configEntryError(config, `rules.${ruleId}`, `unknown rule "${ruleId}"`);
    if (settings.parameters) {
      checkParameters(config, rule, settings.parameters);
      parameters[ruleId] = settings.parameters;
    }
  }
  config.suppressions.forEach((suppression, i) => {
    if (suppression.rule.startsWith('MLJ-POL-')) throw configEntryError(config, `suppressions[${i}]`, `${suppression.rule} findings (about suppressions) cannot be suppressed`);
    if (!known.has(suppression.rule) && !vertexIds.has(suppression.rule)) throw configEntryError(config, `suppressions[${i}]`, `unknown rule "${suppression.rule}"`);
  });

  const seen = new Set<string>();
  const rules: Rule[] = [];
  for (const rule of enabled) {
    if (seen.has(rule.id)) throw configEntryError(config, 'plugins[0]', `rule id ${rule.id} is defined twice`);
    seen.add(rule.id);
    const severity = config.rules[rule.id]?.severity;
    if (severity === 'off') continue;
    rules.push(severity ? withSeverity(rule, severity) : rule);
  }
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    rules,
    parameters,
    customJobRules: options.apiRules === false ? [] : VERTEX_RULES.flatMap((rule) => {
      const severity = config.rules[rule.id]?.severity;
      if (severity === 'off') return [];
      return [severity ? withSeverity(rule, severity) : rule];
    }),
    failOn: options.failOn ?? config.failOn,
    suppressions: config.suppressions.map((s, i) => {
      const position = config.positions[`suppressions[${i}]`];
      return {
        ruleId: s.rule,
        resource: s.resource,
        ...(s.reason !== undefined ? { reason: s.reason } : {}),
        ...(s.expires !== undefined ? { expires: s.expires } : {}),
        origin: 'config' as const,
        entry: `suppressions[${i}]`,
        ...(config.file ? { location: { file: config.file, ...(position ? { line: position.line, column: position.column } : {}) } } : {}),
      };
    }),
  };
}

/** True when findings of this summary fail a check at `failOn`. */
export function isFailing(summary: FindingSummary, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const present: Severity[] = [];
  if (summary.errors > 0) present.push('error');
  if (summary.warnings > 0) present.push('warning');
  if (summary.infos > 0) present.push('info');
  return present.some((severity) => isAtOrAbove(severity, failOn));
}

/**
 * The rule (a job rule or a Vertex AI rule) with its severity replaced. A finding-level severity (a rule reporting `info` on a partial file) is only
 * ever lowered by the override, never raised: a configured `error` must not turn an `info` into a failure.
 */
function withSeverity<J, C, R extends { readonly severity: Severity; check(job: J, ctx: C): Violation[] }>(rule: R, severity: Severity): R {
  return {
    ...rule,
    severity,
    check: (job: J, ctx: C) => rule.check(job, ctx).map((violation): Violation => (
      violation.severity === undefined ? violation : { ...violation, severity: lessSevere(violation.severity, severity) }
    )),
  };
}


function lessSevere(a: Severity, b: Severity): Severity {
  return isAtOrAbove(a, b) ? b : a;
}

/** Checks configured parameters against the rule's declared ones (rules that declare none accept any). */
function checkParameters(config: PolicyConfig, rule: Rule, values: { readonly [name: string]: unknown }): void {
  const declared = (rule as PolicyRule).parameters;
  if (!declared) return;
  for (const [name, value] of Object.entries(values)) {
    const entry = `rules.${rule.id}.parameters.${name}`;
    const spec: ParameterSpec | undefined = declared[name];
    if (!spec) {
      const names = Object.keys(declared);
      throw configEntryError(config, entry, `${rule.id} has no parameter "${name}"; ${names.length ? `its parameters are ${names.join(', ')}` : 'it takes none'}`);
    }
    if (spec.type === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw configEntryError(config, entry, `${rule.id} parameter ${name} must be a number`);
      if (spec.minimum !== undefined && value < spec.minimum) throw configEntryError(config, entry, `${rule.id} parameter ${name} must be at least ${spec.minimum}`);
    } else if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item !== '')) {
      throw configEntryError(config, entry, `${rule.id} parameter ${name} must be a list of non-empty strings`);
    }
  }
}
