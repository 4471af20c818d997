import { VertexCatalog } from '../../catalog/vertex/vertex-catalog';
import { CustomJob } from '../../model/custom-job';
import { compareFindings } from '../engine';
import { Completeness, Finding, Severity } from '../rule';
import { VERTEX_RULES } from './all-vertex-rules';
import { CustomJobRule, CustomJobRuleContext } from './custom-job-rule';
import { normalizeCustomJob } from './normalize-custom-job';

/** Options of one Vertex AI CustomJob check. */
export interface CustomJobCheckOptions {
  /** The job's region (`us-central1`), for the region rules; the CustomJob body does not hold it. */
  readonly location?: string;
  /** `complete` (default) for REST bodies, describe output and synthesized jobs; `partial` for a gcloud `--config` file. */
  readonly completeness?: Completeness;
  /** `YYYY-MM-DD` for end-of-availability checks (default: today, UTC). */
  readonly today?: string;
  /** The Vertex catalog (default: the built-in one). */
  readonly catalog?: VertexCatalog;
  /** The rules to run (default: `VERTEX_RULES`). */
  readonly rules?: readonly CustomJobRule[];
}

/** Builds the context the Vertex rules see; build it once per region and pass it to `checkCustomJobWith` for many jobs. */
export function customJobRuleContext(options: CustomJobCheckOptions = {}): CustomJobRuleContext {
  return {
    catalog: options.catalog ?? VertexCatalog.default(),
    completeness: options.completeness ?? 'complete',
    today: options.today ?? new Date().toISOString().slice(0, 10),
    ...(options.location !== undefined ? { location: options.location } : {}),
  };
}

/**
 * Checks a Vertex AI CustomJob in its REST shape (`displayName`, `jobSpec.workerPoolSpecs`, …; a gcloud `--config`
 * CustomJobSpec goes in `jobSpec` with `completeness: 'partial'`). The one entry point the L2 construct, `mljob
 * check`/`plan` and the provider share. Findings come most severe first, then by path and rule id; paths are in API
 * camelCase (`jobSpec.workerPoolSpecs[0].machineSpec.acceleratorCount`). Unresolved tokens and `${…}` references are
 * unknown values, never violations.
 */
export function checkCustomJob(job: CustomJob, options: CustomJobCheckOptions = {}): Finding[] {
  return checkCustomJobWith(job, customJobRuleContext(options), options.rules ?? VERTEX_RULES);
}

/** Runs the given Vertex rules over one job with a prepared context. */
export function checkCustomJobWith(job: CustomJob, ctx: CustomJobRuleContext, rules: readonly CustomJobRule[] = VERTEX_RULES): Finding[] {
  const findings: Finding[] = [];
  if (!job || typeof job !== 'object') {
    return [{ ruleId: 'MLJ-VERTEX-001', severity: 'error', path: '', message: 'The custom job is not an object.', source: VERTEX_RULES[0].source }];
  }
  // The rules read the job as the service reads it; MLJ-VERTEX-019 reports where that differs from how it is written.
  let normalized: CustomJob;
  try {
    normalized = normalizeCustomJob(job, ctx.completeness).job;
  } catch {
    normalized = job;
  }
  for (const rule of rules) {
    let violations;
    try {
      violations = rule.check(rule.readsAsWritten ? job : normalized, ctx);
    } catch (error) {
      // A rule must never take the whole check down on odd input; say so instead of hiding it.
      violations = [{ path: '', severity: 'warning' as Severity, message: `Rule ${rule.id} could not check this job: ${(error as Error).message}` }];
    }
    for (const violation of violations) {
      findings.push({
        ruleId: rule.id,
        severity: violation.severity ?? rule.severity,
        path: violation.path,
        message: violation.message,
        ...(violation.fix ? { fix: violation.fix } : {}),
        source: rule.source,
      });
    }
  }
  return findings.sort(compareFindings);
}
