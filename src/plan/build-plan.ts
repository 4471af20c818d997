import { Catalog } from '../catalog/catalog';
import { CustomJob } from '../model/custom-job';
import { Job } from '../model/job';
import { CUSTOM_JOB_RESOURCE_TYPE, RESOURCE_TYPE } from '../model/provider-schema';
import { compareReportFindings, ReportFinding, summarize } from '../report/check-report';
import { compareText } from '../report/compare-text';
import { checkJobWith, ruleContext } from '../rules/engine';
import { Finding, Rule } from '../rules/rule';
import { checkCustomJobWith, customJobRuleContext } from '../rules/vertex/check-custom-job';
import { CustomJobRule } from '../rules/vertex/custom-job-rule';
import { customJobChange, customJobRemoval } from './custom-job-change';
import { literalJob, literalObject, literalText } from './desired-strings';
import { jobCost } from './job-cost';
import { checkIds } from './job-id-checks';
import { mlEngineJobChange, mlEngineJobRemoval } from './ml-engine-job-change';
import { countsOf } from './plan-counts';
import { DesiredCustomJob, DesiredJob, DesiredResource, PriorCustomJob, PriorJob, ProjectJobs } from './plan-inputs';
import { JobChange, JobCostLine, PlanResult } from './plan-result';
import { EmitPlanFinding, KNOWN_AFTER_APPLY, UNKNOWN_FIELD } from './plan-rules';
import { defaultQuotas, ProjectQuotas } from './project-quotas';
import { simulateQueue } from './queue-findings';
import { resourceEstimator } from './resource-estimator';

/** Inputs of the plan. */
export interface PlanInputs {
  /** The jobs the synthesized stacks define. */
  readonly desired: readonly DesiredJob[];
  /** The stacks read (including stacks without jobs). */
  readonly stacks: readonly string[];
  /** The jobs of the prior Terraform state(s), matched to stacks. */
  readonly prior?: readonly PriorJob[];
  /** The jobs that exist in the project (a REST list or `gcloud ai-platform jobs list --format=json`). */
  readonly projectJobs?: readonly Job[];
  /** The `google_vertex_ai_custom_job` resources the synthesized stacks define. */
  readonly desiredCustomJobs?: readonly DesiredCustomJob[];
  /** The `google_vertex_ai_custom_job` instances of the prior Terraform state(s), matched to stacks. */
  readonly priorCustomJobs?: readonly PriorCustomJob[];
  /** The custom jobs that exist in the project (`gcloud ai custom-jobs list --format=json`), with their `name`. */
  readonly projectCustomJobs?: readonly CustomJob[];
  readonly catalog?: Catalog;
  readonly quotas?: ProjectQuotas;
  /** `YYYY-MM-DD` for end-of-support checks. */
  readonly today?: string;
  /** The per-job rules to run on every desired job (default: the built-in api and platform rules). */
  readonly rules?: readonly Rule[];
  /** The rules to run on every desired custom job (default: the built-in Vertex AI rules). */
  readonly customJobRules?: readonly CustomJobRule[];
}

/**
 * Plans the jobs: compares the desired jobs with the prior state (and the project's jobs), decides create / update in
 * place (labels only) / replace / delete (cancel or forget) / no-op per job, checks ids across jobs, simulates quotas
 * and the queue, and estimates costs. Vertex AI custom jobs (`google_vertex_ai_custom_job`) take part alike, with
 * their own semantics: no update (any change replaces), and removing one cancels it if active, then deletes it. Pure:
 * no file or network access.
 */
export function buildPlan(inputs: PlanInputs): PlanResult {
  const catalog = inputs.catalog ?? Catalog.default();
  const quotas = inputs.quotas ?? defaultQuotas(catalog);
  const ctx = ruleContext({ catalog, ...(inputs.today ? { today: inputs.today } : {}) });
  const project: ProjectJobs = {
    jobs: new Map((inputs.projectJobs ?? []).map((job) => [job.jobId, job])),
    customJobs: new Map((inputs.projectCustomJobs ?? []).filter((job) => typeof job.name === 'string').map((job) => [job.name as string, job])),
  };
  const findings: ReportFinding[] = [];
  const emit: EmitPlanFinding = (rule, resource, path, message, fix, severity = rule.severity, desired) => {
    findings.push({
      ruleId: rule.id,
      severity,
      resource,
      path,
      message,
      ...(fix ? { fix } : {}),
      source: rule.source,
      ...(desired ? { location: desired.location } : {}),
    });
  };
  const unknownFields = (desired: DesiredResource, type: string): void => {
    for (const field of desired.unknownFields) {
      emit(UNKNOWN_FIELD, desired.resource, field, `${field} is not a field of ${type}.`, 'Remove it, or fix the override that adds it.', undefined, desired);
    }
  };

  const estimator = resourceEstimator(catalog);
  const changes: JobChange[] = [];
  const priorByResource = new Map<string, PriorJob>();
  for (const prior of inputs.prior ?? []) priorByResource.set(`${prior.stack}/${prior.address}`, prior);
  for (const desired of inputs.desired) {
    const prior = priorByResource.get(desired.resource);
    priorByResource.delete(desired.resource);
    changes.push(mlEngineJobChange(desired, prior, project.jobs));
    // The rules see what the service receives: `$${` in cdk.tf.json is a literal `${`.
    for (const finding of checkJobWith(literalJob(desired.job, desired.strings, desired.escapes), ctx, inputs.rules)) {
      findings.push(reportFinding(finding, desired));
    }
    // The job's resources (queue and cost, below) are worked out now, while the facts the rules just derived from it
    // (its replicas, its accelerators) are still at hand; the estimator keeps them for the job.
    estimator.ofJob(desired.job);
    unknownFields(desired, RESOURCE_TYPE);
  }
  for (const prior of priorByResource.values()) changes.push(mlEngineJobRemoval(prior, project.jobs));

  const priorCustomByResource = new Map<string, PriorCustomJob>();
  for (const prior of inputs.priorCustomJobs ?? []) priorCustomByResource.set(`${prior.stack}/${prior.address}`, prior);
  for (const desired of inputs.desiredCustomJobs ?? []) {
    const prior = priorCustomByResource.get(desired.resource);
    priorCustomByResource.delete(desired.resource);
    changes.push(customJobChange(desired, prior, project.customJobs));
    // The Vertex rules see what the service receives, in the job's region (known, or left to the rules as unknown).
    const region = desired.region === undefined ? undefined : literalText(desired.region, desired.strings);
    const customCtx = customJobRuleContext({ ...(region !== undefined ? { location: region } : {}), ...(inputs.today ? { today: inputs.today } : {}), catalog: catalog.vertex });
    for (const finding of checkCustomJobWith(literalObject(desired.customJob, desired.strings, desired.escapes), customCtx, inputs.customJobRules)) {
      findings.push({ ...finding, resource: desired.resource, location: desired.location });
    }
    unknownFields(desired, CUSTOM_JOB_RESOURCE_TYPE);
  }
  for (const prior of priorCustomByResource.values()) changes.push(customJobRemoval(prior, project.customJobs));
  changes.sort((a, b) => compareText(a.resource, b.resource));

  checkIds(changes, project.jobs, emit);
  for (const change of changes) {
    for (const path of change.action === 'create' ? [] : change.unknownPaths) emitKnownAfterApply(change, path, emit);
  }

  const { schedule, running } = simulateQueue(changes, project, estimator, quotas, emit);
  const costs: JobCostLine[] = [];
  for (const change of changes) {
    const resources = estimator.of(change, 'after');
    if (resources) costs.push({ type: change.type, resource: change.resource, stack: change.stack, action: change.action, cost: jobCost(resources, catalog) });
  }

  findings.sort(compareReportFindings);
  return {
    changes,
    findings,
    summary: summarize(findings),
    counts: countsOf(changes),
    schedule,
    running,
    costs,
    stacks: [...inputs.stacks].sort(compareText),
    priceDate: catalog.prices.read,
    ...(quotas.file ? { quotaFile: quotas.file } : {}),
  };
}

/** A rule's finding on a desired job, as the report has it (the same fields in the same order as a spread). */
function reportFinding(finding: Finding, desired: DesiredJob): ReportFinding {
  // Two literal shapes rather than a spread: there is one per finding, thousands per plan.
  return finding.fix === undefined
    ? { ruleId: finding.ruleId, severity: finding.severity, path: finding.path, message: finding.message, source: finding.source, resource: desired.resource, location: desired.location }
    : {
      ruleId: finding.ruleId,
      severity: finding.severity,
      path: finding.path,
      message: finding.message,
      fix: finding.fix,
      source: finding.source,
      resource: desired.resource,
      location: desired.location,
    };
}

/**
 * MLJ-PLAN-004: a field known only at apply replaces the job (see `replacingPaths`). Not a violation: the plan says what
 * Terraform does and why. A replacement that keeps its id is MLJ-PLAN-003 (`checkIds`).
 */
function emitKnownAfterApply(change: JobChange, path: string, emit: EmitPlanFinding): void {
  emit(
    KNOWN_AFTER_APPLY,
    change.resource,
    path,
    `${path} is known only at apply; Terraform will replace the job (it cannot tell whether the value changes).`,
    'To keep the job, let Terraform know the value at plan: apply the resource it refers to first.',
    undefined,
    change.desired,
  );
}
