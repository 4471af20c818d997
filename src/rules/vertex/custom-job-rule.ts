import { VertexCatalog } from '../../catalog/vertex/vertex-catalog';
import { CustomJob } from '../../model/custom-job';
import { Completeness, RuleKind, Severity, Violation } from '../rule';

/** What a Vertex AI CustomJob rule may consult besides the job. */
export interface CustomJobRuleContext {
  readonly catalog: VertexCatalog;
  /**
   * `complete` for REST bodies, describe output and synthesized jobs; `partial` for a gcloud `--config` file (a
   * CustomJobSpec: the display name and region come from the command line, so their absence is `info`).
   */
  readonly completeness: Completeness;
  /** The job's region (`us-central1`), when known: it is not part of the CustomJob body. */
  readonly location?: string;
  /** Today's date, `YYYY-MM-DD`, for end-of-availability checks. */
  readonly today: string;
}

/** A rule over a Vertex AI CustomJob in its REST shape: metadata and a pure function of the job. */
export interface CustomJobRule {
  /** Stable id, `MLJ-VERTEX-<NNN>`. */
  readonly id: string;
  readonly severity: Severity;
  readonly kind: RuleKind;
  /** What the rule checks, one sentence. */
  readonly summary: string;
  /** Why: what happens if the rule is ignored. */
  readonly rationale: string;
  /** The public document the rule is based on. */
  readonly source: string;
  /**
   * True for a rule that must see the job exactly as written; every other rule sees it as the service reads it
   * (snake_case names in camelCase, gcloud's one-value lists as lists: see `normalizeCustomJob`).
   *
   * @default false
   */
  readonly readsAsWritten?: boolean;
  /** Returns the violations; unknown values (unresolved tokens, Terraform references) are never violations. */
  check(job: CustomJob, ctx: CustomJobRuleContext): Violation[];
}
