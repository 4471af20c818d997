import * as fs from 'fs';
import * as path from 'path';
import { API_RULES } from '../../../src/rules/all-rules';
import { renderRulesMarkdown } from '../../../src/rules/rules-markdown';
import { POLICY_PACKS, POLICY_PACK_NAMES, allPolicyRules, policyPack } from '../../../src/policy/packs/all-packs';
import { renderRulesDoc } from '../../../src/policy/rules-doc';

describe('policy packs', () => {
  test('are security, cost and hygiene, with their own id areas', () => {
    expect(POLICY_PACK_NAMES).toEqual(['security', 'cost', 'hygiene']);
    const areas: Record<string, string> = { security: 'SEC', cost: 'COST', hygiene: 'HYG' };
    for (const pack of POLICY_PACKS) {
      expect(pack.rules.length).toBeGreaterThan(0);
      for (const rule of pack.rules) expect(rule.id).toMatch(new RegExp(`^MLJ-${areas[pack.name]}-\\d{3}$`));
    }
    expect(policyPack('nope')).toBeUndefined();
  });

  test('rule ids are unique, sorted by allPolicyRules, and distinct from the api rules', () => {
    const ids = allPolicyRules().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const apiIds = new Set(API_RULES.map((rule) => rule.id));
    expect(ids.filter((id) => apiIds.has(id))).toEqual([]);
  });

  test('every rule is a policy rule with a summary, a rationale, an https source and valid parameter defaults', () => {
    for (const rule of allPolicyRules()) {
      expect(rule.kind).toBe('policy');
      expect(rule.summary.length).toBeGreaterThan(20);
      expect(rule.rationale.length).toBeGreaterThan(20);
      expect(rule.source).toMatch(/^https:\/\//);
      for (const spec of Object.values(rule.parameters ?? {})) {
        if (spec.type === 'number') expect(typeof spec.default).toBe('number');
        else expect(Array.isArray(spec.default)).toBe(true);
        expect(spec.description.length).toBeGreaterThan(10);
      }
    }
  });

  test('every rule has compliant and non-compliant tests in test/policy/packs', () => {
    const tests = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.ts')).map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8')).join('\n');
    for (const rule of allPolicyRules()) {
      const start = tests.indexOf(`describe('${rule.id} `);
      expect(start).toBeGreaterThanOrEqual(0);
      const block = tests.slice(start, tests.indexOf('\n});', start));
      expect(block).toMatch(/test\('compliant/);
      expect(block).toMatch(/test\('non-compliant/);
    }
  });
});

describe('docs/RULES.md generation', () => {
  test('appends the packs, their parameters and the suppression findings to the api rules', () => {
    const doc = renderRulesDoc();
    expect(doc.startsWith(renderRulesMarkdown(API_RULES))).toBe(true);
    expect(doc).toContain('# Policy packs');
    for (const pack of POLICY_PACKS) expect(doc).toContain(`## Pack \`${pack.name}\``);
    for (const rule of allPolicyRules()) expect(doc).toContain(`### ${rule.id}\n`);
    expect(doc).toContain('- **Parameter `registries`** (string-list, default `gcr.io`, `*.gcr.io`, `*-docker.pkg.dev`)');
    expect(doc).toContain('## MLJ-POL-001\n');
  });
});
