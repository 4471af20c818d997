import { IConstruct } from 'constructs';
import { AnnotationMetadataEntryType, DefaultTokenResolver, StringConcat, TerraformStack, Tokenization } from '../cdk';
import { Job } from '../model/job';
import { checkJob } from '../rules/engine';
import { constructSource } from './construct-source';
import { plainCopy } from './plain-copy';

/**
 * Registers the rule engine as a validation of an L2 job construct. At synth the resolved job (tokens become `${…}`
 * references, which the rules treat as unknown) is checked: errors fail synth, warnings and infos become annotations,
 * each one line in `synthFindingText`'s form (cdktf puts the construct path before it).
 */
export function addJobValidation(scope: IConstruct, resolvedJob: () => Job): void {
  scope.node.addValidation({
    validate: () => {
      const job = resolvedJob();
      const errors: string[] = [];
      const source = constructSource(scope);
      for (const finding of checkJob(job)) {
        const text = synthFindingText(finding, source);
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
 * A finding as a synth message: `main.ts:12:1: MLJ-ACCEL-003 trainingInput.masterConfig.acceleratorConfig.count is 3;
 * …`, the file:line:col where the job was created first when it was recorded. Short on purpose: the rule's message
 * names the field, the value and what is allowed; `mljob explain RULE-ID` has the rest.
 */
export function synthFindingText(finding: { readonly ruleId: string; readonly message: string }, source?: string): string {
  return `${source ? `${source}: ` : ''}${finding.ruleId} ${finding.message}`;
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
