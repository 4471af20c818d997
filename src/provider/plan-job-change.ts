import { jobSchema } from '../model/provider-schema';
import { diffJobs } from '../plan/job-diff';
import { KNOWN_AT_APPLY, replacingPaths, withTopLevelField } from '../plan/replacement';
import { terraformAttributePath } from './attribute-paths';
import { attributePath, Diagnostic, errorDiagnostic, PathStep } from './diagnostics';
import { desiredJobOf, jobOfValue, jobResourceId, withUnknownOutputs } from './job-values';
import { isUnknown, TerraformObject, UNKNOWN, UnknownValue } from './terraform-value';

/** What PlanResourceChange receives, decoded. */
export interface PlanRequest {
  readonly prior: TerraformObject | null;
  readonly proposed: TerraformObject | null;
  readonly config: TerraformObject | null;
  /** The provider's project, unknown while the provider block is not known yet. */
  readonly providerProject: string | UnknownValue | undefined;
}

/** What PlanResourceChange answers. */
export interface PlanResult {
  readonly planned: TerraformObject | null;
  readonly requiresReplace: PathStep[][];
  readonly diagnostics: Diagnostic[];
}

/**
 * Plans one `google_ml_engine_job` with the same diff as `mljob plan` (`src/plan/job-diff.ts`), so both predict the
 * same action:
 * - create (no prior state, also Terraform's second call when it replaces): every output-only attribute unknown;
 *   `project` from the provider when the resource sets none; `id` = `projects/{project}/jobs/{job_id}` when known;
 * - labels the only difference: update in place (the etag changes);
 * - any other difference, or a value unknown until apply where the job has one: `requires_replace` on those paths
 *   (`replacingPaths`, shared with `mljob plan`; Terraform replaces when a listed path differs or is unknown);
 * - destroy: a null plan.
 */
export function planJobChange(request: PlanRequest): PlanResult {
  const { prior, proposed, config } = request;
  if (!proposed) return { planned: null, requiresReplace: [], diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  let planned: TerraformObject = { ...proposed };
  if (config?.project === null || config?.project === undefined) {
    const project = prior?.project ?? request.providerProject;
    if (project === undefined || project === null) {
      diagnostics.push(errorDiagnostic('No project for the job', 'Set project on the resource, or project in the mljobs provider block (or GOOGLE_PROJECT in the environment).', attributePath('project')));
    } else {
      planned.project = project;
    }
  }
  if (!prior) {
    planned = withUnknownOutputs(planned);
    if (config?.id === null || config?.id === undefined) planned.id = resourceId(planned);
    return { planned, requiresReplace: [], diagnostics };
  }

  // The planned value as cdk.tf.json spells it, the prior one literal: the diff `mljob plan` makes, and its rule for
  // what replaces the job (`replacingPaths`): a known difference, or a value known only at apply.
  const project = isUnknown(planned.project) ? KNOWN_AT_APPLY : typeof planned.project === 'string' ? planned.project : undefined;
  const diff = withTopLevelField(diffJobs(desiredJobOf(planned), jobOfValue(prior), 'terraform'), 'project', project, typeof prior.project === 'string' ? prior.project : '');
  const requiresReplace: PathStep[][] = [];
  const seen = new Set<string>();
  for (const apiPath of replacingPaths(diff)) {
    const steps = terraformAttributePath(apiPath, jobSchema());
    const key = JSON.stringify(steps);
    if (steps.length && !seen.has(key)) {
      seen.add(key);
      requiresReplace.push(steps);
    }
  }
  if (requiresReplace.length) {
    planned = withUnknownOutputs(planned);
    if (config?.id === null || config?.id === undefined) planned.id = resourceId(planned);
  } else if (diff.labelsChanged) {
    planned.etag = UNKNOWN;
  }
  return { planned, requiresReplace, diagnostics };
}

function resourceId(value: TerraformObject): string | UnknownValue {
  return typeof value.project === 'string' && typeof value.job_id === 'string' ? jobResourceId(value.project, value.job_id) : UNKNOWN;
}
