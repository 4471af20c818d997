import { customJobSchema } from '../model/provider-schema';
import { checkCustomJobWith, customJobRuleContext } from '../rules/vertex/check-custom-job';
import { CustomJobRuleContext } from '../rules/vertex/custom-job-rule';
import { terraformAttributePath } from './attribute-paths';
import { customJobOfValue } from './custom-job-values';
import { Diagnostic, errorDiagnostic, warningDiagnostic } from './diagnostics';
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
  const findings = checkCustomJobWith(customJobOfValue(config), contextFor(location, today));
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    // The Vertex rules write list indexes in brackets (`workerPoolSpecs[1].machineSpec`).
    const steps = terraformAttributePath(finding.path.replace(/\[(\d+)\]/g, '.$1'), customJobSchema());
    const detail = [finding.message, finding.fix, `Rule ${finding.ruleId} (mljob explain ${finding.ruleId}); source: ${finding.source}`].filter(Boolean).join('\n\n');
    const summary = `${finding.ruleId}: ${firstSentence(finding.message)}`;
    diagnostics.push(finding.severity === 'error' ? errorDiagnostic(summary, detail, steps) : warningDiagnostic(summary, detail, steps));
  }
  return diagnostics;
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

function firstSentence(message: string): string {
  const cut = message.search(/[.;](\s|$)/);
  const sentence = cut > 0 ? message.slice(0, cut) : message;
  return sentence.length > 200 ? `${sentence.slice(0, 197)}...` : sentence;
}
