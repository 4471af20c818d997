import { customJobSchema } from '../model/provider-schema';
import { diffCustomJobs } from '../plan/custom-job-diff';
import { KNOWN_AT_APPLY, replacingPaths, withTopLevelField } from '../plan/replacement';
import { terraformAttributePath } from './attribute-paths';
import { customJobOfValue, desiredCustomJobOf, withUnknownCustomJobOutputs } from './custom-job-values';
import { attributePath, Diagnostic, errorDiagnostic, PathStep } from './diagnostics';
import { isUnknown, TerraformObject, TerraformValue, UnknownValue } from './terraform-value';

/** What PlanResourceChange receives for a custom job, decoded. */
export interface CustomJobPlanRequest {
  readonly prior: TerraformObject | null;
  readonly proposed: TerraformObject | null;
  readonly config: TerraformObject | null;
  /** The provider's project, unknown while the provider block is not known yet. */
  readonly providerProject: string | UnknownValue | undefined;
  /** The provider's region, the default location. */
  readonly providerRegion: string | UnknownValue | undefined;
}

/** What PlanResourceChange answers. */
export interface CustomJobPlanResult {
  readonly planned: TerraformObject | null;
  readonly requiresReplace: PathStep[][];
  readonly diagnostics: Diagnostic[];
}

/**
 * Plans one `google_vertex_ai_custom_job` with the diff `mljob plan` makes (`src/plan/custom-job-diff.ts`). A custom
 * job cannot change (the REST resource has no patch method) and its id is the server's, so:
 * - create (no prior state, also Terraform's second call when it replaces): `id`, `name` and every output-only
 *   attribute unknown; `project` and `location` from the provider (`project`, `region`) when the resource sets none;
 * - any difference, `labels` included, or a value unknown until apply where the job has one: `requires_replace` on
 *   those paths (`replacingPaths`, shared with `mljob plan`);
 * - no difference: the prior state as it is; destroy: a null plan.
 */
export function planCustomJobChange(request: CustomJobPlanRequest): CustomJobPlanResult {
  const { prior, proposed, config } = request;
  if (!proposed) return { planned: null, requiresReplace: [], diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  let planned: TerraformObject = { ...proposed };
  const defaults: Array<[string, TerraformValue | undefined, string]> = [
    ['project', request.providerProject, 'Set project on the resource, or project in the mljobs provider block (or GOOGLE_PROJECT in the environment).'],
    ['location', request.providerRegion, 'Set location on the resource (a Vertex AI region such as us-central1), or region in the mljobs provider block (or GOOGLE_REGION in the environment).'],
  ];
  for (const [name, fromProvider, fix] of defaults) {
    if (config?.[name] !== null && config?.[name] !== undefined) continue;
    const value = prior?.[name] ?? fromProvider;
    if (value === undefined || value === null) diagnostics.push(errorDiagnostic(`No ${name} for the custom job`, fix, attributePath(name)));
    else planned[name] = value;
  }
  if (!prior) return { planned: withUnknownCustomJobOutputs(planned), requiresReplace: [], diagnostics };

  // The diff `mljob plan` makes, and its rule for what replaces the job (`replacingPaths`).
  let diff = diffCustomJobs(desiredCustomJobOf(planned), customJobOfValue(prior), 'terraform');
  for (const name of ['project', 'location']) {
    const value = isUnknown(planned[name]) ? KNOWN_AT_APPLY : typeof planned[name] === 'string' ? (planned[name] as string) : undefined;
    diff = withTopLevelField(diff, name, value, typeof prior[name] === 'string' ? (prior[name] as string) : '');
  }
  const requiresReplace: PathStep[][] = [];
  const seen = new Set<string>();
  for (const apiPath of replacingPaths(diff)) {
    const steps = terraformAttributePath(apiPath, customJobSchema());
    const key = JSON.stringify(steps);
    if (steps.length && !seen.has(key)) {
      seen.add(key);
      requiresReplace.push(steps);
    }
  }
  if (requiresReplace.length) planned = withUnknownCustomJobOutputs(planned);
  return { planned, requiresReplace, diagnostics };
}
