import { isTemplateExpression, unescapeTemplate } from '../read/terraform-templates';
import { StringSemantics } from '../read/prepare-job';
import { Job } from '../model/job';

/**
 * The literal text a string of a desired job stands for, or undefined when only Terraform knows it at apply.
 *
 * In `terraform` strings (`cdk.tf.json`) `${…}` is a reference and `%{…}` a directive: unknown; `$${` and `%%{` are
 * escapes of the literal `${` and `%{`, which is what the service receives. `literal` strings (a plan's planned
 * values, which Terraform has evaluated) are the text itself.
 */
export function literalText(text: string, strings: StringSemantics): string | undefined {
  // Most strings have no brace at all: no reference, no escape.
  if (strings === 'literal' || !text.includes('{')) return text;
  if (isTemplateExpression(text)) return undefined;
  return text.includes('$${') || text.includes('%%{') ? unescapeTemplate(text) : text;
}

/**
 * The job as the service receives it, for the rules: escaped literals unescaped, references left as they are (the
 * rules read them as unknown values). `escapes` false says that no string of it holds an escape (its reader knows).
 */
export function literalJob(job: Job, strings: StringSemantics, escapes = true): Job {
  return literalObject(job, strings, escapes);
}

/** `literalJob` for any API object (a Vertex AI `CustomJob`). */
export function literalObject<T extends object>(value: T, strings: StringSemantics, escapes = true): T {
  return strings === 'literal' || !escapes || !hasEscape(value) ? value : (unescaped(value) as T);
}

/** True when some string of the value holds an escape (`$${`, `%%{`); walks without allocating. */
function hasEscape(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('{') && (value.includes('$${') || value.includes('%%{'));
  if (Array.isArray(value)) {
    for (const item of value) if (hasEscape(item)) return true;
    return false;
  }
  if (typeof value === 'object' && value !== null) {
    for (const key in value) if (hasEscape((value as { [key: string]: unknown })[key])) return true;
  }
  return false;
}

/** The value with escaped literals unescaped; the same object when nothing is escaped (the common case). */
function unescaped(value: unknown): unknown {
  if (typeof value === 'string') return literalText(value, 'terraform') ?? value;
  if (Array.isArray(value)) {
    const items = value.map(unescaped);
    return items.every((item, i) => item === value[i]) ? value : items;
  }
  if (typeof value === 'object' && value !== null) {
    const source = value as { [key: string]: unknown };
    const keys = Object.keys(source);
    const items = keys.map((key) => unescaped(source[key]));
    if (items.every((item, i) => item === source[keys[i]])) return value;
    const out: { [key: string]: unknown } = {};
    // Label keys are user data: defined, so a key such as `__proto__` stays a key.
    keys.forEach((key, i) => Object.defineProperty(out, key, { value: items[i], enumerable: true, writable: true, configurable: true }));
    return out;
  }
  return value;
}
