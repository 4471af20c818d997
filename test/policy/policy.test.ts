import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CONFIG } from '../../src/policy/config';
import { parseConfig } from '../../src/policy/load-config';
import { buildPolicy, isFailing } from '../../src/policy/policy';
import { API_RULES } from '../../src/rules/all-rules';
import { checkJobWith, ruleContext } from '../../src/rules/engine';
import { compliantJob } from './policy-test-helpers';

/** A configuration file written to a temporary folder, with optional plugin files beside it. */
function configIn(text: string, files: Record<string, string> = {}): ReturnType<typeof parseConfig> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-policy-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const file = path.join(dir, 'mljob.config.yaml');
  fs.writeFileSync(file, text);
  return parseConfig(text, file);
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

const PLUGIN_JS = `
exports.rules = [{
  id: 'ACME-001', severity: 'error', kind: 'policy', appliesTo: 'training',
  summary: 'Jobs run in europe-west4 only.', rationale: 'Data residency.', source: 'https://example.com/acme-001',
  check(job) { return job.trainingInput.region === 'europe-west4' ? [] : [{ path: 'trainingInput.region', message: 'Use europe-west4.' }]; },
}];
`;

describe('buildPolicy', () => {
  test('the default policy runs the api and platform rules only', () => {
    const policy = buildPolicy();
    expect(policy.rules.map((r) => r.id)).toEqual(API_RULES.map((r) => r.id));
    expect(policy).toMatchObject({ failOn: 'error', suppressions: [], parameters: {} });
  });

  test('enables packs, applies severities (off removes a rule) and collects parameters', () => {
    const policy = buildPolicy(parseConfig('packs: [cost, hygiene]\nrules:\n  MLJ-COST-001:\n    severity: warning\n    parameters: { max: 2 }\n  MLJ-HYG-003: { severity: off }\n', 'c.yaml'));
    const ids = policy.rules.map((r) => r.id);
    expect(ids).toContain('MLJ-COST-006');
    expect(ids).toContain('MLJ-HYG-001');
    expect(ids).not.toContain('MLJ-HYG-003');
    expect(ids).not.toContain('MLJ-SEC-001');
    expect(policy.rules.find((r) => r.id === 'MLJ-COST-001')!.severity).toBe('warning');
    expect(policy.parameters).toEqual({ 'MLJ-COST-001': { max: 2 } });
    const ctx = { ...ruleContext({ today: '2026-11-24' }), parameters: policy.parameters };
    const found = checkJobWith(compliantJob() as never, ctx, policy.rules.filter((r) => r.id === 'MLJ-COST-001'));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'MLJ-COST-001', severity: 'warning' })]);
  });

  test('a configured severity never raises a finding-level severity (info on partial files stays info)', () => {
    const policy = buildPolicy(parseConfig('rules:\n  MLJ-CODE-006: { severity: error }\n  MLJ-CODE-005: { severity: warning }\n', 'c.yaml'));
    const ctx = { ...ruleContext({ today: '2026-11-24', completeness: 'partial' }), parameters: policy.parameters };
    const job = compliantJob({ pythonVersion: undefined, runtimeVersion: undefined });
    const found = checkJobWith(job as never, ctx, policy.rules.filter((r) => r.id === 'MLJ-CODE-006' || r.id === 'MLJ-CODE-005'));
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['MLJ-CODE-006', 'info'], ['MLJ-CODE-005', 'info']]);
  });

  test('options override the packs and failOn; the api rules can be left out', () => {
    const policy = buildPolicy(DEFAULT_CONFIG, { packs: ['security'], failOn: 'warning', apiRules: false });
    expect(policy.rules.map((r) => r.id)).toEqual(['MLJ-SEC-001', 'MLJ-SEC-002', 'MLJ-SEC-003', 'MLJ-SEC-004', 'MLJ-SEC-005', 'MLJ-SEC-006']);
    expect(policy.failOn).toBe('warning');
  });

  test('turns the configuration suppressions into suppressions located in the file', () => {
    const config = configIn('suppressions:\n  - rule: MLJ-SEC-001\n    resource: "training/*"\n    reason: legacy\n');
    expect(buildPolicy(config).suppressions).toEqual([{
      ruleId: 'MLJ-SEC-001', resource: 'training/*', reason: 'legacy', origin: 'config', entry: 'suppressions[0]', location: { file: config.file, line: 2, column: 5 },
    }]);
  });

  test('unknown rule ids, unknown parameters and badly typed parameters are errors at their line', () => {
    expect(errorOf(() => buildPolicy(parseConfig('rules:\n  MLJ-SEC-999: { severity: off }\n', 'c.yaml')))).toBe('c.yaml:2:3: unknown rule "MLJ-SEC-999"');
    expect(errorOf(() => buildPolicy(parseConfig('rules:\n  MLJ-COST-001:\n    parameters:\n      maximum: 3\n', 'c.yaml'))))
      .toBe('c.yaml:4:7: MLJ-COST-001 has no parameter "maximum"; its parameters are max');
    expect(errorOf(() => buildPolicy(parseConfig('rules:\n  MLJ-COST-001:\n    parameters:\n      max: "8"\n', 'c.yaml')))).toBe('c.yaml:4:7: MLJ-COST-001 parameter max must be a number');
    expect(errorOf(() => buildPolicy(parseConfig('rules:\n  MLJ-COST-001:\n    parameters:\n      max: -1\n', 'c.yaml')))).toBe('c.yaml:4:7: MLJ-COST-001 parameter max must be at least 0');
    expect(errorOf(() => buildPolicy(parseConfig('rules:\n  MLJ-SEC-005:\n    parameters:\n      registries: gcr.io\n', 'c.yaml')))).toBe('c.yaml:4:7: MLJ-SEC-005 parameter registries must be a list of non-empty strings');
    expect(errorOf(() => buildPolicy(parseConfig('suppressions:\n  - { rule: MLJ-SEC-01, resource: "*", reason: x }\n', 'c.yaml')))).toBe('c.yaml:2:5: unknown rule "MLJ-SEC-01"');
    expect(errorOf(() => buildPolicy(parseConfig('suppressions:\n  - { rule: MLJ-POL-003, resource: "*", reason: x }\n', 'c.yaml')))).toMatch(/^c\.yaml:2:5: MLJ-POL-003 findings .* cannot be suppressed$/);
  });

  test('settings of a pack that is not enabled are kept (they are not typos)', () => {
    expect(() => buildPolicy(parseConfig('packs: [cost]\nrules:\n  MLJ-SEC-005:\n    parameters: { registries: [gcr.io] }\n', 'c.yaml'))).not.toThrow();
  });
});

describe('plugins', () => {
  test('a .js module exporting rules adds them, and the configuration can set their severity', () => {
    const config = configIn('plugins: [./acme.js]\nrules:\n  ACME-001: { severity: warning }\n', { 'acme.js': PLUGIN_JS });
    const policy = buildPolicy(config);
    const rule = policy.rules.find((r) => r.id === 'ACME-001')!;
    expect(rule.severity).toBe('warning');
    expect(checkJobWith(compliantJob() as never, ruleContext({ today: '2026-11-24' }), [rule])).toEqual([expect.objectContaining({ ruleId: 'ACME-001', severity: 'warning', message: 'Use europe-west4.' })]);
  });

  test('a .ts module is loaded too (ts-node is installed here)', () => {
    const ts = PLUGIN_JS.replace('exports.rules =', 'export const rules: unknown[] =').replace('check(job)', 'check(job: any)');
    const config = configIn('plugins: [./acme.ts]\n', { 'acme.ts': ts });
    expect(buildPolicy(config).rules.map((r) => r.id)).toContain('ACME-001');
  });

  test('a missing module, a module without rules and a malformed rule are errors at the plugin line', () => {
    expect(errorOf(() => buildPolicy(configIn('plugins:\n  - ./missing.js\n')))).toMatch(/mljob\.config\.yaml:2:5: plugin missing\.js: no such file$/);
    expect(errorOf(() => buildPolicy(configIn('plugins: [./empty.js]\n', { 'empty.js': 'exports.checks = [];' })))).toMatch(/:1:11: plugin empty\.js: expected the module to export rules: Rule\[\]$/);
    const bad = PLUGIN_JS.replace("severity: 'error'", "severity: 'fatal'");
    expect(errorOf(() => buildPolicy(configIn('plugins: [./bad.js]\n', { 'bad.js': bad })))).toMatch(/plugin bad\.js: rules\[0\]: ACME-001: severity must be error, warning or info$/);
    expect(errorOf(() => buildPolicy(configIn('plugins: [./rules.yaml]\n', { 'rules.yaml': '' })))).toMatch(/unsupported module type "\.yaml"/);
  });
});

describe('isFailing', () => {
  test('compares the summary with the threshold', () => {
    expect(isFailing({ errors: 0, warnings: 1, infos: 0 }, 'error')).toBe(false);
    expect(isFailing({ errors: 0, warnings: 1, infos: 0 }, 'warning')).toBe(true);
    expect(isFailing({ errors: 0, warnings: 0, infos: 2 }, 'info')).toBe(true);
    expect(isFailing({ errors: 3, warnings: 0, infos: 0 }, 'never')).toBe(false);
  });
});

describe('buildPolicy: the Vertex AI rules', () => {
  test('run on custom jobs with configured severities; off leaves a rule out; they take no parameters; their ids may be suppressed', () => {
    const policy = buildPolicy(parseConfig([
      'rules:',
      '  MLJ-VERTEX-015: { severity: off }',
      '  MLJ-VERTEX-002: { severity: warning }',
      'suppressions:',
      '  - { rule: MLJ-VERTEX-010, resource: "*", reason: The display name comes from the command line. }',
    ].join('\n'), '/repo/mljob.config.yaml'));
    const ids = (policy.customJobRules ?? []).map((rule) => rule.id);
    expect(ids).not.toContain('MLJ-VERTEX-015');
    expect(policy.customJobRules?.find((rule) => rule.id === 'MLJ-VERTEX-002')?.severity).toBe('warning');
    expect(() => buildPolicy(parseConfig('rules:\n  MLJ-VERTEX-002: { parameters: { max: 1 } }\n', '/repo/mljob.config.yaml'))).toThrow(/MLJ-VERTEX-002 takes no parameters/);
    expect(buildPolicy(undefined, { apiRules: false }).customJobRules).toEqual([]);
  });
});
