import { SOURCES as CATALOG_SOURCES } from '../catalog/sources';
import { Severity } from '../rules/rule';
import { SOURCES } from '../rules/sources';
import { DesiredResource } from './plan-inputs';

/**
 * A rule of the plan simulator: it looks at several jobs at once (ids across stacks and the project, quotas shared by
 * jobs, the queue), so it has no per-job `check` function; the simulator emits its findings.
 */
export interface PlanRule {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly rationale: string;
  readonly source: string;
}

/**
 * How the simulator reports a plan rule's finding: on a resource and an API path, with the fix, at the rule's severity
 * unless told, located at the desired resource when there is one.
 */
export type EmitPlanFinding = (
  rule: PlanRule,
  resource: string,
  path: string,
  message: string,
  fix?: string,
  severity?: PlanRule['severity'],
  desired?: DesiredResource,
) => void;

/** Two jobs of the plan with the same id in the same project. */
export const DUPLICATE_JOB_ID: PlanRule = {
  id: 'MLJ-PLAN-001',
  severity: 'error',
  summary: 'Two jobs of the plan have the same jobId in the same project.',
  rationale: 'Job ids are unique within a project: the second create fails with ALREADY_EXISTS and the apply stops half done.',
  source: SOURCES.jobNames,
};

/** A job to create whose id already exists in the project. */
export const JOB_ID_EXISTS: PlanRule = {
  id: 'MLJ-PLAN-002',
  severity: 'error',
  summary: 'A job to create has the jobId of a job that already exists in the project.',
  rationale:
    'Job ids are never reusable, not even after the job ended or was deleted: the create fails with ALREADY_EXISTS. ' +
    'Import the existing job, or give the new one a new id.',
  source: SOURCES.jobNames,
};

/** A replacement that keeps the old job's id. */
export const REPLACEMENT_KEEPS_ID: PlanRule = {
  id: 'MLJ-PLAN-003',
  severity: 'error',
  summary: 'A job that Terraform replaces (a changed spec, or a value known only at apply) keeps its old jobId.',
  rationale:
    'Jobs are immutable except labels, so a changed spec is a new job, and a new job needs a new id: the old id stays ' +
    'taken. The L2 constructs derive the id from the spec; with an explicit jobId, change it with the spec. A derived ' +
    'id hashes a reference as written (`${…}`), not its value, so a job replaced because a referenced value is known ' +
    'only at apply (MLJ-PLAN-004) keeps its id: give it a jobIdSalt, or apply the referenced resource first.',
  source: SOURCES.jobNames,
};

/** A field whose value is only known at apply: Terraform replaces the job. */
export const KNOWN_AFTER_APPLY: PlanRule = {
  id: 'MLJ-PLAN-004',
  severity: 'info',
  summary: 'A field refers to another resource, so its value is known only at apply, and Terraform will replace the job.',
  rationale:
    'Every field but labels forces a replacement, and Terraform cannot prove a value it knows only at apply unchanged, ' +
    'so it replaces the job (as the google provider does for its ForceNew fields); `mljob plan` plans the same. This is ' +
    'not a violation. If the job keeps its id, the new job\'s create fails with ALREADY_EXISTS (MLJ-PLAN-003).',
  source: SOURCES.jobsApi,
};

/** A field of the synthesized resource that the schema does not know. */
export const UNKNOWN_FIELD: PlanRule = {
  id: 'MLJ-PLAN-005',
  severity: 'warning',
  summary: 'The synthesized resource has a field that its resource type (google_ml_engine_job, google_vertex_ai_custom_job) does not know.',
  rationale: 'Terraform rejects unknown arguments; an escape-hatch override with a typo ends here.',
  source: SOURCES.jobsApi,
};

/** A job that needs more than the project's quota: it can never start. */
export const DEMAND_EXCEEDS_QUOTA: PlanRule = {
  id: 'MLJ-QUOTA-001',
  severity: 'error',
  summary: 'A job needs more accelerators or vCPUs in its region than the project quota allows: it can never start.',
  rationale:
    'A job waits until all its machines fit in the quota at once. A job larger than the quota is rejected or waits ' +
    'until maxWaitTime. With the catalog\'s default quotas (not your project\'s) this is a warning: pass --quotas.',
  source: CATALOG_SOURCES.quotas,
};

/** A job whose worst-case start is later than its maxWaitTime. */
export const WAIT_EXCEEDS_MAX_WAIT: PlanRule = {
  id: 'MLJ-QUEUE-001',
  severity: 'warning',
  summary: 'In the worst case, a job waits longer for its accelerators than its scheduling.maxWaitTime allows.',
  rationale:
    'Jobs that need the same quota run one after another; a job still queued when maxWaitTime passes is cancelled. ' +
    'The simulation assumes every earlier job runs its full maxRunningTime.',
  source: SOURCES.scheduling,
};

/** Every rule of the plan simulator, sorted by id. */
export const PLAN_RULES: readonly PlanRule[] = [
  DUPLICATE_JOB_ID,
  JOB_ID_EXISTS,
  REPLACEMENT_KEEPS_ID,
  KNOWN_AFTER_APPLY,
  UNKNOWN_FIELD,
  WAIT_EXCEEDS_MAX_WAIT,
  DEMAND_EXCEEDS_QUOTA,
];
