import { RuleKind, Severity } from '../rules/rule';
import { compareText } from './compare-text';

/** Where a finding is, as precisely as the input allows. */
export interface FindingLocation {
  /** The file the job was read from (relative to the working directory when possible). */
  readonly file: string;
  /** JSON pointer of the resource or field inside `file`, for JSON inputs (`/resource/google_ml_engine_job/x`). */
  readonly pointer?: string;
  /** 1-based line in `file`, when known. */
  readonly line?: number;
  /** 1-based column in `file`, when known. */
  readonly column?: number;
}

/** One finding of `mljob check` or `mljob plan`, attributed to a resource. */
export interface ReportFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** The stack/construct path or Terraform address (`stack/google_ml_engine_job.name`), or the file of a job file. */
  readonly resource: string;
  /** The API camelCase field path (`trainingInput.workerConfig.acceleratorConfig.count`); empty for the whole job. */
  readonly path: string;
  readonly message: string;
  /** How to fix it, when the rule says. */
  readonly fix?: string;
  /** The public document the rule is based on. */
  readonly source: string;
  /** Where the resource was defined: the TypeScript source of the construct when cdktf recorded it, else the input file. */
  readonly location?: FindingLocation;
}

/** The metadata of a rule that produced findings, for reporters that describe rules (SARIF, markdown). */
export interface ReportRule {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly rationale: string;
  readonly source: string;
  /** `api`, `platform` or `policy`, when known. */
  readonly kind?: RuleKind;
}

/** Where a suppression was written: the configuration file, or the code (construct metadata in `cdk.tf.json`). */
export type SuppressionOrigin = 'config' | 'in-code';

/** A finding that a suppression with a reason accepted; reporters may list it (SARIF marks it suppressed). */
export interface SuppressedFinding extends ReportFinding {
  readonly suppression: {
    readonly origin: SuppressionOrigin;
    readonly reason: string;
    /** `YYYY-MM-DD`, the last day the suppression applies, if it expires. */
    readonly expires?: string;
  };
}

/** The counts of findings by severity. */
export interface FindingSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** The result of one check run: what every reporter renders. */
export interface CheckReport {
  /** Findings in a deterministic order: resource, then severity, path, rule id, message. */
  readonly findings: ReportFinding[];
  readonly summary: FindingSummary;
  /** The rules that ran (sorted by id), so reporters can describe them. */
  readonly rules: ReportRule[];
  /** How many resources (jobs) were checked. */
  readonly resourceCount: number;
  /** The resources that were checked (sorted), so reporters can list clean ones (JUnit); else derived from findings. */
  readonly resources?: string[];
  /** Findings accepted by suppressions, in the order of `findings`; not counted in `summary`. */
  readonly suppressed?: SuppressedFinding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The deterministic order of report findings. */
export function compareReportFindings(a: ReportFinding, b: ReportFinding): number {
  return compareText(a.resource, b.resource)
    || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    || compareText(a.path, b.path)
    || compareText(a.ruleId, b.ruleId)
    || compareText(a.message, b.message);
}

/** Counts findings by severity. */
export function summarize(findings: readonly ReportFinding[]): FindingSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** True when a finding is at or above the threshold (`error` ≥ `warning` ≥ `info`). */
export function isAtOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER[severity] <= SEVERITY_ORDER[threshold];
}
