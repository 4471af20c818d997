import { Catalog } from '../catalog/catalog';
import { Job } from '../model/job';
import { API_RULES } from './all-rules';
import { Completeness, Finding, Rule, RuleContext, Severity } from './rule';
import { isUnknown } from './values';

/** Options of one rule run. */
export interface CheckOptions {
  /** The catalog to check against (default: the built-in one). */
  readonly catalog?: Catalog;
  /** `complete` (default) for REST bodies and synthesized jobs, `partial` for gcloud `--config` files. */
  readonly completeness?: Completeness;
  /** `YYYY-MM-DD` for end-of-support checks (default: today, UTC). */
  readonly today?: string;
  /** The rules to run (default: the built-in api and platform rules). */
  readonly rules?: readonly Rule[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Builds the context rules see; build it once and pass it to `checkJobWith` to check many jobs. */
export function ruleContext(options: CheckOptions = {}): RuleContext {
  if (options.catalog === undefined && options.completeness === undefined && options.today === undefined) return defaultContext();
  return {
    catalog: options.catalog ?? Catalog.default(),
    completeness: options.completeness ?? 'complete',
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

let defaultContextOf: { readonly day: number; readonly context: RuleContext } | undefined;

/**
 * The context of a check without options (the built-in catalog, a complete job, today), made once per UTC day rather
 * than once per job: every L2 job asks for it at synth.
 */
function defaultContext(): RuleContext {
  const now = Date.now();
  const day = Math.floor(now / DAY_MS);
  if (defaultContextOf?.day !== day) {
    defaultContextOf = { day, context: { catalog: Catalog.default(), completeness: 'complete', today: new Date(now).toISOString().slice(0, 10) } };
  }
  return defaultContextOf.context;
}

/** Runs the rules over one job and returns its findings, most severe first, then by path and rule id. */
export function checkJob(job: Job, options: CheckOptions = {}): Finding[] {
  return checkJobWith(job, ruleContext(options), options.rules ?? API_RULES);
}

/** Runs the given rules over one job with a prepared context. */
export function checkJobWith(job: Job, ctx: RuleContext, rules: readonly Rule[] = API_RULES): Finding[] {
  // A whole input that is unknown (a Terraform reference or token in place of the block) leaves every field of it
  // unknown: only the rules of the job itself (id, labels, the input union) run.
  const input: unknown = job.trainingInput ?? job.predictionInput;
  const kind = input !== undefined && input !== null && isUnknown(input) ? 'unknown' : job.trainingInput ? 'training' : job.predictionInput ? 'prediction' : undefined;
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.appliesTo !== 'any' && rule.appliesTo !== kind) continue;
    let violations;
    try {
      violations = rule.check(job, ctx);
    } catch (error) {
      // A rule must never take the whole check down on odd input; say so instead of hiding it.
      violations = [{ path: '', severity: 'warning' as Severity, message: `Rule ${rule.id} could not check this job: ${(error as Error).message}` }];
    }
    for (const violation of violations) {
      // Two literal shapes rather than a conditional spread, which costs more than the rest of the loop.
      const severity = violation.severity ?? rule.severity;
      findings.push(violation.fix
        ? { ruleId: rule.id, severity, path: violation.path, message: violation.message, fix: violation.fix, source: rule.source }
        : { ruleId: rule.id, severity, path: violation.path, message: violation.message, source: rule.source });
    }
  }
  return findings.length ? withoutSuperseded(findings, rules).sort(compareFindings) : findings;
}

/** Drops the findings another rule of the run supersedes on the same path (`Rule.supersedes`): one finding per fact. */
function withoutSuperseded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const supersedes = supersedesOf(rules);
  if (!supersedes.size) return findings;
  const superseded = new Set<string>();
  for (const finding of findings) {
    for (const id of supersedes.get(finding.ruleId) ?? []) superseded.add(`${id}\u0000${finding.path}`);
  }
  return superseded.size ? findings.filter((finding) => !superseded.has(`${finding.ruleId}\u0000${finding.path}`)) : findings;
}

/** Which rule supersedes which, by rule id, for one list of rules (worked out once per list: every job runs it). */
function supersedesOf(rules: readonly Rule[]): ReadonlyMap<string, readonly string[]> {
  let supersedes = supersedesByRules.get(rules);
  if (!supersedes) {
    const map = new Map<string, readonly string[]>();
    for (const rule of rules) if (rule.supersedes?.length) map.set(rule.id, rule.supersedes);
    supersedes = map;
    supersedesByRules.set(rules, supersedes);
  }
  return supersedes;
}

const supersedesByRules = new WeakMap<readonly Rule[], ReadonlyMap<string, readonly string[]>>();

/** The deterministic order of findings: severity, then path, then rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    || a.path.localeCompare(b.path)
    || a.ruleId.localeCompare(b.ruleId)
    || a.message.localeCompare(b.message);
}
