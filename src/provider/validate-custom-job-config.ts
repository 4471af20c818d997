import { customJobSchema } from '../model/provider-schema';
import { checkCustomJobWith, customJobRuleContext } from '../rules/vertex/check-custom-job';
import { CustomJobRuleContext } from '../rules/vertex/custom-job-rule';
import { customJobOfValue } from './custom-job-values';
import { Diagnostic } from './diagnostics';
import { findingDiagnostics } from './finding-diagnostics';
import { TerraformObject } from './terraform-value';

/**
 * ValidateResourceConfig of a `google_vertex_ai_custom_job`: the Vertex rules (`checkCustomJob`, the same as the L2
 * construct and `mljob check` run) over the job the config describes, in its location when the config names it;
 * errors and warnings as diagnostics on the attribute each names (info findings are left to `mljob check`). Values
 * unknown until apply are skipped.
 */
export function validateCustomJobConfig(config: TerraformObject | null, today?: string): Diagnostic[] {
  if (!config) return [];
  const location = typeof config.location === 'string' ? config.location : undefined;
  return findingDiagnostics(checkCustomJobWith(customJobOfValue(config), contextFor(location, today)), customJobSchema());
}

// Terraform validates every resource, often twice per command: build the rules' context (the catalog) once per location.
const contexts = new Map<string, CustomJobRuleContext>();

function contextFor(location: string | undefined, today: string | undefined): CustomJobRuleContext {
  const key = `${location ?? ''}\u0000${today ?? ''}`;
  let context = contexts.get(key);
  if (!context) {
    context = customJobRuleContext({ completeness: 'complete', ...(location ? { location } : {}), ...(today ? { today } : {}) });
    contexts.set(key, context);
  }
  return context;
}
