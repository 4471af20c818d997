import { SchemaBlock } from '../model/provider-schema';
import { Finding } from '../rules/rule';
import { terraformAttributePath } from './attribute-paths';
import { Diagnostic, errorDiagnostic, warningDiagnostic } from './diagnostics';

/**
 * Rule findings as the diagnostics of ValidateResourceConfig, for either resource type: errors and warnings on the
 * attribute each finding names in `schema` (info findings are left to `mljob check`), summed up as the rule id and
 * the first sentence of the message, with the message, the fix, the rule and its source in the detail.
 */
export function findingDiagnostics(findings: readonly Finding[], schema: SchemaBlock): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    // The rules write list indexes in brackets (`workerPoolSpecs[1].machineSpec`, `params[0].minValue`).
    const steps = terraformAttributePath(finding.path.replace(/\[(\d+)\]/g, '.$1'), schema);
    const detail = [finding.message, finding.fix, `Rule ${finding.ruleId} (mljob explain ${finding.ruleId}); source: ${finding.source}`].filter(Boolean).join('\n\n');
    const summary = `${finding.ruleId}: ${firstSentence(finding.message)}`;
    diagnostics.push(finding.severity === 'error' ? errorDiagnostic(summary, detail, steps) : warningDiagnostic(summary, detail, steps));
  }
  return diagnostics;
}

/** The message up to its first `.` or `;`, at most 200 characters: Terraform shows the summary on one line. */
function firstSentence(message: string): string {
  const cut = message.search(/[.;](\s|$)/);
  const sentence = cut > 0 ? message.slice(0, cut) : message;
  return sentence.length > 200 ? `${sentence.slice(0, 197)}...` : sentence;
}
