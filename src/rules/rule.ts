import { Catalog } from '../catalog/catalog';
import { Job } from '../model/job';

/** How bad a finding is: `error` fails the check, `warning` and `info` inform. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * `api`: the service would reject the job. `platform`: it would be accepted but cannot run as written (or a fact
 * the rule relies on is not certain enough to reject it). `policy`: an organisation's choice (opt-in rule packs).
 */
export type RuleKind = 'api' | 'platform' | 'policy';

/** Which jobs a rule looks at. */
export type JobKind = 'training' | 'prediction' | 'any';

/**
 * How much of the job the input holds. A REST body or `describe` output is `complete`; a gcloud `--config` file is
 * `partial`: the command line still supplies the job id, region, module, packages and often machine types, so their
 * absence is reported as `info`, never as an error.
 */
export type Completeness = 'complete' | 'partial';

/** What a rule may consult besides the job. */
export interface RuleContext {
  readonly catalog: Catalog;
  readonly completeness: Completeness;
  /** Today's date, `YYYY-MM-DD`, for end-of-support checks (injected so results are reproducible). */
  readonly today: string;
  /** Parameters of configurable (policy) rules, by rule id then parameter name; a rule uses its defaults without. */
  readonly parameters?: { readonly [ruleId: string]: { readonly [name: string]: unknown } };
}

/** One problem a rule found, before the engine stamps the rule's id on it. */
export interface Violation {
  /** The API camelCase path of the field, e.g. `trainingInput.workerConfig.acceleratorConfig.count`. */
  readonly path: string;
  /** What is wrong and what is allowed, in one sentence that names the field and the bad value. */
  readonly message: string;
  /** How to fix it, when that is not obvious from the message. */
  readonly fix?: string;
  /** Overrides the rule's severity for this finding (used for `info` on partial inputs). */
  readonly severity?: Severity;
}

/** One finding of one rule on one job. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly path: string;
  readonly message: string;
  readonly fix?: string;
  readonly source: string;
}

/** A rule: metadata and a pure function of the job. */
export interface Rule {
  /** Stable id, `MLJ-<AREA>-<NNN>`. */
  readonly id: string;
  readonly severity: Severity;
  readonly kind: RuleKind;
  readonly appliesTo: JobKind;
  /** What the rule checks, one sentence. */
  readonly summary: string;
  /** Why: what happens if the rule is ignored. */
  readonly rationale: string;
  /** The public document the rule is based on. */
  readonly source: string;
  /**
   * Ids of rules whose findings state the same fact as this rule's when they are on the same path (e.g. a policy
   * rule that makes a platform warning stricter). When both run on a job and both report a path, only this rule's
   * finding is kept: one finding per fact.
   */
  readonly supersedes?: readonly string[];
  /** Returns the violations; unknown values (unresolved tokens) are never violations. */
  check(job: Job, ctx: RuleContext): Violation[];
}
