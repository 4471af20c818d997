import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CheckReport } from '../../../src/report/check-report';
import { parseConfig } from '../../../src/policy/load-config';
import { buildPolicy } from '../../../src/policy/policy';
import { escapeData, escapeProperty, renderGithub } from '../../../src/policy/reporters/github';
import { renderJson } from '../../../src/policy/reporters/json';
import { renderJunit } from '../../../src/policy/reporters/junit';
import { renderMarkdown } from '../../../src/policy/reporters/markdown';
import { renderSarif } from '../../../src/policy/reporters/sarif';
import { renderText } from '../../../src/policy/reporters/text';
import { runChecks } from '../../../src/policy/run-checks';
import { compliantJob } from '../policy-test-helpers';
import { cleanReport, sampleReport } from './sample-report';
import { sarifSchemaErrors } from './sarif-schema';

const REPORTERS: Record<string, (report: CheckReport) => string> = {
  text: (r) => renderText(r, { showSuppressed: true }),
  json: renderJson,
  sarif: (r) => renderSarif(r, { toolVersion: '0.1.0', category: 'mljob' }),
  junit: renderJunit,
  github: renderGithub,
  markdown: renderMarkdown,
};

describe('every reporter', () => {
  test.each(Object.keys(REPORTERS))('%s is byte-identical for the same report, also when built again', (name) => {
    const render = REPORTERS[name];
    const first = render(sampleReport());
    expect(render(sampleReport())).toBe(first);
    expect(render(JSON.parse(JSON.stringify(sampleReport())))).toBe(first);
    expect(first.length).toBeGreaterThan(0);
  });

  test.each(Object.keys(REPORTERS))('%s renders a report of a real check run', (name) => {
    const policy = buildPolicy(parseConfig('packs: [security, hygiene]\n', 'mljob.config.yaml'));
    const report = runChecks([{ resource: 'training/census', job: compliantJob({ network: undefined }) as never, location: { file: 'cdk.tf.json', pointer: '/resource/google_ml_engine_job/census' } }], policy, { today: '2024-06-01' });
    const output = REPORTERS[name](report);
    if (name !== 'junit') expect(output).toContain('MLJ-SEC-003');
    else expect(output).toContain('name="MLJ-SEC-003"');
  });
});

describe('text', () => {
  test('groups findings by resource with field, fix and location, then suppressed findings and a summary', () => {
    const text = renderText(sampleReport(), { showSuppressed: true });
    expect(text).toContain([
      'training/census',
      '  error   MLJ-SEC-001 trainingInput.encryptionConfig.kmsKeyName',
      '          trainingInput.encryptionConfig.kmsKeyName is not set; this policy requires a customer-managed encryption key.',
      '          fix: Set encryptionConfig.kmsKeyName to projects/P/locations/REGION/keyRings/R/cryptoKeys/K.',
      '          at src/stacks/training.ts:42:5',
    ].join('\n'));
    expect(text).toContain('          at cdktf.out/stacks/training/cdk.tf.json#/resource/google_ml_engine_job/census_1A2B');
    expect(text).toContain('Suppressed (2):\n  MLJ-SEC-003 training/legacy trainingInput.network: No VPC in the sandbox project. (until 2026-12-31)');
    expect(text.endsWith('3 resources checked: 2 errors, 1 warning, 1 info, 2 suppressed.\n')).toBe(true);
    expect(renderText(cleanReport())).toBe('1 resource checked: 0 errors, 0 warnings, 0 infos.\n');
  });
});

describe('json', () => {
  test('is exactly findings (six keys each, in order) and summary', () => {
    const text = renderJson(sampleReport());
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['findings', 'summary']);
    for (const finding of parsed.findings) expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'resource', 'path', 'message', 'source']);
    expect(parsed.summary).toEqual({ errors: 2, warnings: 1, infos: 1 });
    expect(parsed.findings[1]).toEqual({
      ruleId: 'MLJ-SEC-001', severity: 'error', resource: 'training/census', path: 'trainingInput.encryptionConfig.kmsKeyName',
      message: 'trainingInput.encryptionConfig.kmsKeyName is not set; this policy requires a customer-managed encryption key.',
      source: 'https://cloud.google.com/ai-platform/training/docs/cmek',
    });
    expect(text.startsWith('{\n  "findings": [\n    {\n      "ruleId": "MLJ-POL-001",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(renderJson(cleanReport())).toBe('{\n  "findings": [],\n  "summary": {\n    "errors": 0,\n    "warnings": 0,\n    "infos": 0\n  }\n}\n');
  });
});

describe('sarif', () => {
  test('is a valid SARIF 2.1.0 log (the schema @microsoft/jest-sarif ships, offline)', () => {
    expect(sarifSchemaErrors(JSON.parse(renderSarif(sampleReport(), { category: 'mljob', toolVersion: '0.1.0' })))).toEqual([]);
    expect(sarifSchemaErrors(JSON.parse(renderSarif(cleanReport())))).toEqual([]);
    // The validation does reject what the schema forbids.
    const broken = JSON.parse(renderSarif(sampleReport()));
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    expect(sarifSchemaErrors(broken)).toEqual([
      '.runs[0].results[0].level should be equal to one of the allowed values',
      '.runs[0].results[1].locations[0].physicalLocation.region.startLine should be >= 1',
    ]);
  });

  test('describes the rules with help text and default levels', () => {
    const log = JSON.parse(renderSarif(sampleReport(), { toolVersion: '0.1.0' }));
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'mljob', semanticVersion: '0.1.0' });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['MLJ-COST-006', 'MLJ-HYG-003', 'MLJ-POL-001', 'MLJ-SEC-001', 'MLJ-SEC-003']);
    expect(driver.rules[3]).toEqual({
      id: 'MLJ-SEC-001',
      shortDescription: { text: 'A training job sets a CMEK key.' },
      fullDescription: { text: 'Keys the organisation controls.' },
      helpUri: 'https://cloud.google.com/ai-platform/training/docs/cmek',
      help: {
        text: 'A training job sets a CMEK key.\n\nWhy: Keys the organisation controls.\n\nSource: https://cloud.google.com/ai-platform/training/docs/cmek',
        markdown: '**MLJ-SEC-001**: A training job sets a CMEK key.\n\n**Why:** Keys the organisation controls.\n\n[Source](https://cloud.google.com/ai-platform/training/docs/cmek)',
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['mljob', 'policy', 'sec'] },
    });
  });

  test('results: file and line when known; else line 1 with the resource and JSON pointer as logical locations', () => {
    const results = JSON.parse(renderSarif(sampleReport(), { fallbackFile: 'cdk.tf.json' })).runs[0].results;
    const byRule = (id: string, resource = 'training/census') => results.find((r: any) => r.ruleId === id && r.properties.resource === resource);
    expect(byRule('MLJ-SEC-001')).toMatchObject({
      ruleIndex: 3, level: 'error',
      message: { text: 'trainingInput.encryptionConfig.kmsKeyName is not set; this policy requires a customer-managed encryption key. Fix: Set encryptionConfig.kmsKeyName to projects/P/locations/REGION/keyRings/R/cryptoKeys/K.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/stacks/training.ts' }, region: { startLine: 42, startColumn: 5 } }, logicalLocations: [{ fullyQualifiedName: 'training/census', kind: 'resource' }] }],
    });
    expect(byRule('MLJ-COST-006').locations).toEqual([{
      physicalLocation: { artifactLocation: { uri: 'cdktf.out/stacks/training/cdk.tf.json' }, region: { startLine: 1 } },
      logicalLocations: [{ fullyQualifiedName: 'training/census', kind: 'resource' }, { fullyQualifiedName: '/resource/google_ml_engine_job/census_1A2B', kind: 'object' }],
    }]);
    expect(byRule('MLJ-COST-006').level).toBe('warning');
    expect(byRule('MLJ-HYG-003', 'training/tuning')).toMatchObject({ level: 'note', locations: [{ physicalLocation: { artifactLocation: { uri: 'cdk.tf.json' } } }] });
    expect(byRule('MLJ-SEC-001').partialFingerprints['mljobFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  test('suppressed findings are results with suppressions', () => {
    const results = JSON.parse(renderSarif(sampleReport())).runs[0].results;
    const suppressed = results.filter((r: any) => r.suppressions);
    expect(suppressed.map((r: any) => [r.ruleId, r.suppressions])).toEqual([
      ['MLJ-SEC-003', [{ kind: 'external', status: 'accepted', justification: 'No VPC in the sandbox project. (until 2026-12-31)' }]],
      ['MLJ-SEC-001', [{ kind: 'inSource', status: 'accepted', justification: 'CMEK rollout in Q3.' }]],
    ]);
  });

  test('paths become relative URI references; absolute ones file URIs', () => {
    const report = sampleReport();
    const withPaths: CheckReport = { ...report, findings: [{ ...report.findings[1], location: { file: './my stacks\\training.ts', line: 3 } }, { ...report.findings[2], location: { file: '/abs/cdk.tf.json' } }], suppressed: [] };
    const results = JSON.parse(renderSarif(withPaths)).runs[0].results;
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20stacks/training.ts');
    expect(results[1].locations[0].physicalLocation.artifactLocation.uri).toBe('file:///abs/cdk.tf.json');
    expect(sarifSchemaErrors(JSON.parse(renderSarif(withPaths)))).toEqual([]);
  });
});

describe('junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

  test('is well-formed XML with one case per resource × rule, failures at the threshold', () => {
    const xml = renderJunit(sampleReport());
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: any) => s.name)).toEqual(['mljob.config.yaml', 'training/census', 'training/legacy', 'training/tuning']);
    // Checked resources get a case for every rule that ran (not MLJ-POL-*); the config file only where it has findings.
    expect(suites[0].testcase.map((c: any) => c.name)).toEqual(['MLJ-POL-001']);
    expect(suites[1].testcase.map((c: any) => c.name)).toEqual(['MLJ-COST-006', 'MLJ-HYG-003', 'MLJ-SEC-001', 'MLJ-SEC-003']);
    expect(doc.testsuites).toMatchObject({ name: 'mljob check', tests: '13', failures: '2', errors: '0', skipped: '2' });
    const census = suites[1].testcase;
    expect(census[2].failure).toMatchObject({ type: 'error', message: 'trainingInput.encryptionConfig.kmsKeyName is not set; this policy requires a customer-managed encryption key.' });
    expect(census[2].failure['#text']).toMatch(/^error MLJ-SEC-001 trainingInput\.encryptionConfig\.kmsKeyName: .* \(at src\/stacks\/training\.ts:42:5\) See https:/);
    // A warning below the threshold is output, not a failure; its special characters survive the round trip.
    expect(census[0].failure).toBeUndefined();
    expect(census[0]['system-out']).toContain('Cost 100% over budget: a, b: c | <d> & "e"\nsecond line `f`');
    expect(suites[2].testcase.find((c: any) => c.name === 'MLJ-SEC-003').skipped).toEqual({ message: 'suppressed: No VPC in the sandbox project.' });
    expect(suites[2].testcase.find((c: any) => c.name === 'MLJ-HYG-003')).toEqual({ classname: 'training/legacy', name: 'MLJ-HYG-003', time: '0' });
  });

  test('failOn warning fails warnings too; never fails nothing', () => {
    expect(parser.parse(renderJunit(sampleReport(), { failOn: 'warning' })).testsuites.failures).toBe('3');
    expect(parser.parse(renderJunit(sampleReport(), { failOn: 'never' })).testsuites.failures).toBe('0');
  });
});

describe('github', () => {
  test('one workflow command per finding, with file, line, column and title', () => {
    const lines = renderGithub(sampleReport()).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('::error file=mljob.config.yaml,line=7,col=5,title=MLJ-POL-001 mljob.config.yaml::suppressions[1]: The suppression of MLJ-SEC-003 for resources "training/**" has no reason; it does not apply until it says why the finding is accepted. (https://github.com/cdktf-gcp-ml-jobs/cdktf-gcp-ml-jobs/blob/main/docs/RULES.md#mlj-pol-001)');
    expect(lines[1]).toBe('::error file=src/stacks/training.ts,line=42,col=5,title=MLJ-SEC-001 training/census::trainingInput.encryptionConfig.kmsKeyName: trainingInput.encryptionConfig.kmsKeyName is not set; this policy requires a customer-managed encryption key. Fix: Set encryptionConfig.kmsKeyName to projects/P/locations/REGION/keyRings/R/cryptoKeys/K. (https://cloud.google.com/ai-platform/training/docs/cmek)');
    expect(lines[2]).toBe('::warning file=cdktf.out/stacks/training/cdk.tf.json,title=MLJ-COST-006 training/census::trainingInput.scheduling.maxRunningTime: Cost 100%25 over budget: a, b: c | <d> & "e"%0Asecond line `f` (https://cloud.google.com/ml-engine/docs/pricing)');
    expect(lines[3]).toMatch(/^::notice title=MLJ-HYG-003 training\/tuning::trainingInput\.jobDir: /);
    expect(renderGithub(sampleReport(), { minSeverity: 'error' }).trimEnd().split('\n')).toHaveLength(2);
    expect(renderGithub(cleanReport())).toBe('');
  });

  test('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('100%\r\nnext: a,b')).toBe('100%25%0D%0Anext: a,b');
    expect(escapeProperty('100%\r\nnext: a,b')).toBe('100%25%0D%0Anext%3A a%2Cb');
    const report = sampleReport();
    const odd: CheckReport = { ...report, findings: [{ ...report.findings[1], resource: 'stack:a,b', location: { file: 'dir,x/a:b.ts', line: 1 } }] };
    expect(renderGithub(odd)).toMatch(/^::error file=dir%2Cx\/a%3Ab\.ts,line=1,title=MLJ-SEC-001 stack%3Aa%2Cb::/);
  });
});

describe('markdown', () => {
  test('a PR comment with a verdict, a summary table, findings and collapsed suppressions', () => {
    const md = renderMarkdown(sampleReport());
    expect(md.startsWith('## mljob check\n\n:x: Policy check failed: 3 resources checked.\n\n| | Count |\n|---|---:|\n| :x: Errors | 2 |\n| :warning: Warnings | 1 |\n| :information_source: Infos | 1 |\n| :mute: Suppressed | 2 |\n')).toBe(true);
    expect(md).toContain('| :x: error | [MLJ-SEC-001](https://cloud.google.com/ai-platform/training/docs/cmek) | `training/census` | `trainingInput.encryptionConfig.kmsKeyName` | trainingInput.encryptionConfig.kmsKeyName is not set; this policy requires a customer-managed encryption key.<br>**Fix:** Set encryptionConfig.kmsKeyName to projects/P/locations/REGION/keyRings/R/cryptoKeys/K.<br>at `src/stacks/training.ts:42:5` |');
    // Pipes, HTML and line breaks cannot break the table.
    expect(md).toContain('Cost 100% over budget: a, b: c \\| &lt;d&gt; &amp; "e"<br>second line `f`');
    expect(md).toContain('<details>\n<summary>2 suppressed findings</summary>');
    expect(md).toContain('| MLJ-SEC-003 | training/legacy | No VPC in the sandbox project. (until 2026-12-31) |');
  });

  test('truncates long lists and says when everything passed', () => {
    expect(renderMarkdown(sampleReport(), { maxFindings: 1 })).toContain('…and 3 more; see the full report.');
    const clean = renderMarkdown(cleanReport(), { title: 'Training jobs' });
    expect(clean.startsWith('## Training jobs\n\n:white_check_mark: Policy check passed: 1 resource checked.')).toBe(true);
    expect(clean).not.toContain('| Severity |');
  });
});
