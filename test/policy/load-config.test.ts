import { DEFAULT_CONFIG } from '../../src/policy/config';
import { loadConfig, parseConfig } from '../../src/policy/load-config';

const VALID = `# The organisation's policy for ML jobs.
packs: [security, cost]
failOn: warning
rules:
  MLJ-COST-001:
    severity: warning
    parameters:
      max: 32
  MLJ-HYG-003:
    severity: off
plugins:
  - ./policies/team-rules.js
suppressions:
  - rule: MLJ-SEC-001
    resource: "training/legacy_*"
    reason: Legacy jobs predate CMEK; tracked in ML-123.
    expires: 2026-12-31
  - rule: MLJ-SEC-003
    resource: "**"
`;

/** The error message `parseConfig` throws for `text`. */
function errorOf(text: string): string {
  try {
    parseConfig(text, 'mljob.config.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('parseConfig', () => {
  test('reads packs, failOn, rule settings, plugins and suppressions', () => {
    const config = parseConfig(VALID, '/repo/mljob.config.yaml');
    expect(config).toMatchObject({
      file: '/repo/mljob.config.yaml',
      packs: ['security', 'cost'],
      failOn: 'warning',
      rules: { 'MLJ-COST-001': { severity: 'warning', parameters: { max: 32 } }, 'MLJ-HYG-003': { severity: 'off' } },
      plugins: ['/repo/policies/team-rules.js'],
      suppressions: [
        { rule: 'MLJ-SEC-001', resource: 'training/legacy_*', reason: 'Legacy jobs predate CMEK; tracked in ML-123.', expires: '2026-12-31' },
        { rule: 'MLJ-SEC-003', resource: '**' },
      ],
    });
    expect(config.positions['rules.MLJ-COST-001']).toEqual({ line: 5, column: 3 });
    expect(config.positions['rules.MLJ-COST-001.parameters.max']).toEqual({ line: 8, column: 7 });
    expect(config.positions['suppressions[1]']).toEqual({ line: 18, column: 5 });
  });

  test('an empty file is the default configuration', () => {
    expect(parseConfig('', 'mljob.config.yaml')).toMatchObject({ packs: [], failOn: 'error', rules: {}, plugins: [], suppressions: [] });
    expect(DEFAULT_CONFIG.failOn).toBe('error');
  });

  test('errors are one line with the file, line and column', () => {
    expect(errorOf('packs: [security\n')).toMatch(/^mljob\.config\.yaml:\d+:\d+: invalid YAML: /);
    expect(errorOf('packs: [security, costs]\n')).toBe('mljob.config.yaml:1:19: unknown pack "costs"; the packs are security, cost, hygiene');
    expect(errorOf('pack: [security]\n')).toBe('mljob.config.yaml:1:1: unknown field "pack"; expected packs, failOn, rules, plugins or suppressions');
    expect(errorOf('failOn: fatal\n')).toBe('mljob.config.yaml:1:9: expected error, warning, info or never');
    expect(errorOf('rules:\n  MLJ-SEC-001:\n    severity: critical\n')).toBe('mljob.config.yaml:3:15: expected error, warning, info or off');
    expect(errorOf('rules:\n  MLJ-SEC-001:\n    level: error\n')).toBe('mljob.config.yaml:3:5: unknown field "level"');
    expect(errorOf('suppressions:\n  - rule: MLJ-SEC-001\n    reason: x\n')).toBe('mljob.config.yaml:2:5: resource is required');
    expect(errorOf('suppressions:\n  - rule: MLJ-SEC-001\n    resource: "*"\n    expires: 2026-02-30\n')).toBe('mljob.config.yaml:4:14: expected a date YYYY-MM-DD');
    // Month 13 and day 00 made an invalid Date, whose toISOString threw: an internal error, not this line
    expect(errorOf('suppressions:\n  - rule: MLJ-SEC-001\n    resource: "*"\n    expires: 2026-13-01\n')).toBe('mljob.config.yaml:4:14: expected a date YYYY-MM-DD');
    expect(errorOf('suppressions:\n  - rule: MLJ-SEC-001\n    resource: "*"\n    expires: 2026-00-10\n')).toBe('mljob.config.yaml:4:14: expected a date YYYY-MM-DD');
    expect(errorOf('- security\n')).toBe('mljob.config.yaml:1:1: expected a mapping with packs, failOn, rules, plugins or suppressions');
  });

  test('a suppression without a reason is accepted here (it becomes finding MLJ-POL-001)', () => {
    expect(parseConfig('suppressions:\n  - rule: MLJ-SEC-001\n    resource: "*"\n', 'c.yaml').suppressions).toEqual([{ rule: 'MLJ-SEC-001', resource: '*' }]);
  });
});

describe('loadConfig', () => {
  test('a missing file is a one-line error', () => {
    expect(() => loadConfig('/nonexistent/mljob.config.yaml')).toThrow(/^\/nonexistent\/mljob\.config\.yaml: no such file$/);
  });
});
