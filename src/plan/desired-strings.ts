import { isTemplateExpression, mapStrings, unescapeTemplate } from '../import/terraform-templates';
import { StringSemantics } from '../import/prepare-job';
import { Job } from '../model/job';

/**
 * The literal text a string of a desired job stands for, or undefined when only Terraform knows it at apply.
 *
 * In `terraform` strings (`cdk.tf.json`) `${…}` is a reference and `%{…}` a directive: unknown; `$${` and `%%{` are
 * escapes of the literal `${` and `%{`, which is what the service receives. `literal` strings (a plan's planned
 * values, which Terraform has evaluated) are the text itself.
 */
export function literalText(text: string, strings: StringSemantics): string | undefined {
  if (strings === 'literal') return text;
  if (isTemplateExpression(text)) return undefined;
  return text.includes('$${') || text.includes('%%{') ? unescapeTemplate(text) : text;
}

/**
 * The job as the service receives it, for the rules: escaped literals unescaped, references left as they are (the
 * rules read them as unknown values).
 */
export function literalJob(job: Job, strings: StringSemantics): Job {
  if (strings === 'literal') return job;
  return mapStrings(job, (text) => literalText(text, strings) ?? text) as Job;
}
