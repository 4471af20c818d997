/**
 * Terraform reads every string of a configuration as a template: `${…}` interpolates and `%{…}` is a directive.
 * A value read from a REST or gcloud file is literal text, so before it goes into Terraform (through cdktf) each
 * `${` becomes `$${` and each `%{` becomes `%%{`, the escapes Terraform reads back as the literal text.
 */

/** `text` as a Terraform template that evaluates to exactly `text`. */
export function escapeTemplate(text: string): string {
  // Replacement functions, not strings: in a replacement string `$$` means one `$`.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/** The literal text a Terraform template with no interpolation evaluates to (the inverse of `escapeTemplate`). */
export function unescapeTemplate(template: string): string {
  return template.replace(/\$\$\{/g, () => '${').replace(/%%\{/g, () => '%{');
}

/**
 * True for a Terraform string that interpolates (`${var.x}`, `${google_storage_bucket.b.url}`) or holds a directive
 * (`%{ if … }`): its value is only known to Terraform, so it can never become a literal in code.
 */
export function isTemplateExpression(template: string): boolean {
  if (!template.includes('{')) return false;
  // Scanned left to right as Terraform does: in `$$${`, the `$${` is the escape and the first `$` plain text.
  for (const match of template.matchAll(/\$\$\{|%%\{|\$\{|%\{/g)) if (match[0].length === 2) return true;
  return false;
}

/** True for text cdktf would take for one of its own token markers (`${TfToken[…]}`) and try to resolve. */
export function looksLikeCdktfToken(text: string): boolean {
  return /[$#&]\{TfToken\[/.test(text);
}

/** A copy of a JSON-like value with `fn` applied to every string value (object keys are left as they are). */
export function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: mapStrings(item, fn), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
