import { IConstruct } from 'constructs';
import { Annotations, DefaultTokenResolver, StringConcat, TerraformStack, Tokenization } from '../cdk';
import { Job } from '../model/job';
import { checkJob } from '../rules/engine';

/**
 * Registers the rule engine as a validation of an L2 job construct. At synth the job is resolved (tokens become
 * `${…}` references, which the rules treat as unknown) and checked: errors fail synth with the rule id, the field
 * (in props terms), the message and the fix; warnings and infos become annotations.
 */
export function addJobValidation(scope: IConstruct, renderJob: () => Job, propName: (apiPath: string) => string): void {
  scope.node.addValidation({
    validate: () => {
      const job = resolveInStack(scope, renderJob()) as Job;
      const errors: string[] = [];
      for (const finding of checkJob(job)) {
        const prop = propName(finding.path);
        const text = `${finding.ruleId} ${prop ? `(prop ${prop}) ` : ''}${finding.message}${finding.fix ? ` Fix: ${finding.fix}` : ''}`;
        if (finding.severity === 'error') errors.push(text);
        else if (finding.severity === 'warning') Annotations.of(scope).addWarning(text);
        else Annotations.of(scope).addInfo(text);
      }
      return errors;
    },
  });
}

/**
 * Resolves tokens the way synth does: references become `${…}` strings, which are stable across runs (unlike the
 * token placeholders, whose numbers depend on construction order).
 */
export function resolveInStack(scope: IConstruct, value: unknown): unknown {
  return Tokenization.resolve(value, { scope: TerraformStack.of(scope), resolver: new DefaultTokenResolver(new StringConcat()) });
}
