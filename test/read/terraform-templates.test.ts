import * as fc from 'fast-check';
import { escapeTemplate, isTemplateExpression, looksLikeCdktfToken, unescapeTemplate } from '../../src/read/terraform-templates';

describe('Terraform templates', () => {
  test('literal `${` and `%{` are escaped the way Terraform reads them back', () => {
    expect(escapeTemplate('--home=${HOME} %{x}')).toBe('--home=$${HOME} %%{x}');
    expect(escapeTemplate('$${x}')).toBe('$$${x}');
    expect(unescapeTemplate('$$${x}')).toBe('$${x}');
  });

  test('references and directives are expressions; escapes are not', () => {
    expect(isTemplateExpression('${var.region}')).toBe(true);
    expect(isTemplateExpression('gs://${google_storage_bucket.b.name}/x')).toBe(true);
    expect(isTemplateExpression('%{ if true }x%{ endif }')).toBe(true);
    expect(isTemplateExpression('$${HOME}')).toBe(false);
    expect(isTemplateExpression('plain $ { text')).toBe(false);
    expect(looksLikeCdktfToken('${TfToken[TOKEN.12]}')).toBe(true);
  });

  test('property: escaping is undone exactly and leaves no expression', () => {
    const text = fc.string({ unit: fc.constantFrom('$', '{', '%', '}', 'a', '\\') });
    fc.assert(fc.property(text, (value) => {
      expect(unescapeTemplate(escapeTemplate(value))).toBe(value);
      expect(isTemplateExpression(escapeTemplate(value))).toBe(false);
    }), { numRuns: 500 });
  });
});
