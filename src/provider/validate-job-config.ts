import { jobSchema } from '../model/provider-schema';
import { RuleContext } from '../rules/rule';
import { ruleContext, checkJobWith } from '../rules/engine';
import { attributePath, Diagnostic, errorDiagnostic } from './diagnostics';
import { findingDiagnostics } from './finding-diagnostics';
import { jobOfValue } from './job-values';
import { parseDuration } from './provider-settings';
import { isObject, TerraformObject, TerraformValue } from './terraform-value';

/**
 * ValidateResourceConfig: the rule engine's api and platform rules over the job the config describes, errors and
 * warnings as diagnostics on the attribute each names (info findings are left to `mljob check`). Values unknown until
 * apply are skipped, as at synth. The `timeouts` block's durations are checked here.
 */
export function validateJobConfig(config: TerraformObject | null, today?: string): Diagnostic[] {
  if (!config) return [];
  const diagnostics = findingDiagnostics(checkJobWith(jobOfValue(config), contextFor(today)), jobSchema());
  const timeouts: TerraformValue = config.timeouts;
  if (isObject(timeouts)) {
    for (const [name, value] of Object.entries(timeouts)) {
      if (typeof value === 'string' && parseDuration(value) === undefined) {
        diagnostics.push(errorDiagnostic(`Invalid timeouts.${name}`, `${JSON.stringify(value)} is not a duration; use a number with a unit, such as 4m, 90s or 1h.`, attributePath('timeouts', name)));
      }
    }
  }
  return diagnostics;
}

// Terraform validates every resource, often twice per command: build the rules' context (the catalog) once.
const contexts = new Map<string, RuleContext>();

function contextFor(today: string | undefined): RuleContext {
  const key = today ?? '';
  let context = contexts.get(key);
  if (!context) {
    context = ruleContext({ completeness: 'complete', ...(today ? { today } : {}) });
    contexts.set(key, context);
  }
  return context;
}
