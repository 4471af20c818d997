import * as fs from 'fs';
import * as path from 'path';
import { API_RULES } from '../../src/rules/all-rules';
import { renderRulesDoc } from '../../src/policy/rules-doc';
import { renderRulesMarkdown } from '../../src/rules/rules-markdown';

describe('docs/RULES.md', () => {
  test('is current with the rule metadata (api and platform rules, policy packs)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'RULES.md'), 'utf8');
    // On failure: npm run build (it regenerates docs/RULES.md) and commit it.
    expect(renderRulesDoc()).toBe(committed);
  });

  test('says which rule a rule replaces on the same field', () => {
    const doc = renderRulesDoc();
    expect(doc).toContain('- **Replaces:** the finding of [MLJ-CODE-005](#mlj-code-005) on the same field when both run (one finding per fact)');
  });

  test('lists every rule with its id, severity, source and rationale', () => {
    const doc = renderRulesMarkdown(API_RULES);
    for (const rule of API_RULES) {
      expect(doc).toContain(`## ${rule.id}\n`);
      expect(doc).toContain(`<${rule.source}>`);
    }
  });
});

describe('rule metadata', () => {
  test('ids are unique, well-formed and sorted', () => {
    const ids = API_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^MLJ-[A-Z]+-\d{3}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });

  test('every rule has a summary, a rationale and an https source', () => {
    for (const rule of API_RULES) {
      expect(rule.summary.length).toBeGreaterThan(20);
      expect(rule.rationale.length).toBeGreaterThan(20);
      expect(rule.source).toMatch(/^https:\/\//);
    }
  });

  test('every rule has tests on both sides in test/rules', () => {
    const testDir = path.join(__dirname);
    const tests = fs.readdirSync(testDir).filter((f) => f.endsWith('.test.ts')).map((f) => fs.readFileSync(path.join(testDir, f), 'utf8')).join('\n');
    const untested = API_RULES.filter((rule) => !tests.includes(`describe('${rule.id} `)).map((rule) => rule.id);
    expect(untested).toEqual([]);
  });
});
