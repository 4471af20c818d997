import { IConstruct } from 'constructs';
import { AnnotationMetadataEntryType, DefaultTokenResolver, StringConcat, TerraformStack, Tokenization } from '../cdk';
import { Job } from '../model/job';
import { checkJob } from '../rules/engine';
import { plainCopy } from './plain-copy';

/**
 * Registers the rule engine as a validation of an L2 job construct. At synth the resolved job (tokens become `${…}`
 * references, which the rules treat as unknown) is checked: errors fail synth with the rule id, the field
 * (in props terms), the message and the fix; warnings and infos become annotations.
 */
export function addJobValidation(scope: IConstruct, resolvedJob: () => Job, propName: (apiPath: string) => string): void {
  scope.node.addValidation({
    validate: () => {
      const job = resolvedJob();
      const errors: string[] = [];
      for (const finding of checkJob(job)) {
        const prop = propName(finding.path);
        const text = `${finding.ruleId} ${prop ? `(prop ${prop}) ` : ''}${finding.message}${finding.fix ? ` Fix: ${finding.fix}` : ''}`;
        if (finding.severity === 'error') errors.push(text);
        // Annotations without a JS stack trace: the construct path already locates the finding, and recording a
        // trace per finding was the largest cost of synthesizing many jobs.
        else scope.node.addMetadata(finding.severity === 'warning' ? AnnotationMetadataEntryType.WARN : AnnotationMetadataEntryType.INFO, text, { stackTrace: false });
      }
      return errors;
    },
  });
}

/**
 * Resolves tokens the way synth does: references become `${…}` strings, which are stable across runs (unlike the
 * token placeholders, whose numbers depend on construction order). Plain data, with no token in it, is copied
 * without cdktf's resolver, to the same result.
 */
export function resolveInStack(scope: IConstruct, value: unknown): unknown {
  const plain = plainCopy(value);
  if (plain) return plain.value;
  return Tokenization.resolve(value, { scope: TerraformStack.of(scope), resolver: new DefaultTokenResolver(new StringConcat()) });
}
