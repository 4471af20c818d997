import { ReportFinding } from '../../src/report/check-report';
import { SUPPRESSION_RULES, Suppression, applySuppressions } from '../../src/policy/suppressions';

const TODAY = '2026-11-24';
const CONFIG = { file: 'mljob.config.yaml', line: 12, column: 5 };

function finding(ruleId: string, resource: string, path = ''): ReportFinding {
  return { ruleId, severity: 'error', resource, path, message: `${ruleId} on ${resource}`, source: 'https://example.com' };
}

function configSuppression(ruleId: string, resource: string, extra: Partial<Suppression> = {}): Suppression {
  return { ruleId, resource, reason: 'Accepted until the migration (ML-123).', origin: 'config', location: CONFIG, entry: 'suppressions[0]', ...extra };
}

describe('applySuppressions', () => {
  test('a configuration suppression with a reason accepts findings whose resource matches its glob', () => {
    const findings = [finding('MLJ-SEC-001', 'training/legacy_a'), finding('MLJ-SEC-001', 'training/census'), finding('MLJ-SEC-003', 'training/legacy_a')];
    const outcome = applySuppressions(findings, [configSuppression('MLJ-SEC-001', 'training/legacy_*')], TODAY);
    expect(outcome.findings.map((f) => `${f.ruleId} ${f.resource}`)).toEqual(['MLJ-SEC-001 training/census', 'MLJ-SEC-003 training/legacy_a']);
    expect(outcome.suppressed).toEqual([{ ...findings[0], suppression: { origin: 'config', reason: 'Accepted until the migration (ML-123).' } }]);
  });

  test('globs: * stays within a path segment, ** crosses segments', () => {
    const findings = [finding('MLJ-SEC-001', 'stack/team/job'), finding('MLJ-SEC-001', 'stack/job')];
    expect(applySuppressions(findings, [configSuppression('MLJ-SEC-001', 'stack/*')], TODAY).suppressed.map((f) => f.resource)).toEqual(['stack/job']);
    expect(applySuppressions(findings, [configSuppression('MLJ-SEC-001', 'stack/**')], TODAY).suppressed).toHaveLength(2);
  });

  test('in-code suppressions match their resource exactly, or their subtree', () => {
    const findings = [finding('MLJ-SEC-001', 'stack/team/job'), finding('MLJ-SEC-001', 'stack/team2/job')];
    const exact: Suppression = { ruleId: 'MLJ-SEC-001', resource: 'stack/team/job', reason: 'why', origin: 'in-code' };
    expect(applySuppressions(findings, [exact], TODAY).suppressed.map((f) => f.resource)).toEqual(['stack/team/job']);
    const subtree: Suppression = { ...exact, resource: 'stack/team', match: 'subtree' };
    const outcome = applySuppressions(findings, [subtree], TODAY);
    expect(outcome.suppressed.map((f) => [f.resource, f.suppression.origin])).toEqual([['stack/team/job', 'in-code']]);
  });

  test('a suppression without a reason does not apply and is finding MLJ-POL-001 at its place in the file', () => {
    const outcome = applySuppressions([finding('MLJ-SEC-001', 'training/a')], [configSuppression('MLJ-SEC-001', '**', { reason: '  ' })], TODAY);
    expect(outcome.suppressed).toEqual([]);
    expect(outcome.findings).toEqual([
      expect.objectContaining({ ruleId: 'MLJ-POL-001', severity: 'error', resource: 'mljob.config.yaml', path: 'suppressions[0]', location: CONFIG }),
      expect.objectContaining({ ruleId: 'MLJ-SEC-001', resource: 'training/a' }),
    ]);
  });

  test('an expired suppression does not apply and is finding MLJ-POL-002; the expiry day itself still applies', () => {
    const expired = applySuppressions([finding('MLJ-SEC-001', 'training/a')], [configSuppression('MLJ-SEC-001', '**', { expires: '2026-11-23' })], TODAY);
    expect(expired.findings.map((f) => f.ruleId)).toEqual(['MLJ-POL-002', 'MLJ-SEC-001'].sort());
    expect(expired.findings.find((f) => f.ruleId === 'MLJ-POL-002')!.message).toMatch(/expired on 2026-11-23/);
    const lastDay = applySuppressions([finding('MLJ-SEC-001', 'training/a')], [configSuppression('MLJ-SEC-001', '**', { expires: TODAY })], TODAY);
    expect(lastDay.findings).toEqual([]);
    expect(lastDay.suppressed[0].suppression.expires).toBe(TODAY);
  });

  test('an expiry that is not a date (hand-written cdk.tf.json metadata) does not apply and is finding MLJ-POL-002', () => {
    // GIVEN in-code suppressions as suppressionsOfResource reads them: the text compared as a date never expired
    const inCode = (expires: string): Suppression => ({ ruleId: 'MLJ-SEC-001', resource: 'stack/job', reason: 'why', origin: 'in-code', expires });
    for (const expires of ['next week', '2026-13-01']) {
      // WHEN
      const outcome = applySuppressions([finding('MLJ-SEC-001', 'stack/job')], [inCode(expires)], TODAY);

      // THEN the finding stays, beside one saying why
      expect(outcome.findings.map((f) => [f.ruleId, f.message, f.fix])).toEqual([
        ['MLJ-SEC-001', 'MLJ-SEC-001 on stack/job', undefined],
        ['MLJ-POL-002', `The in-code suppression of MLJ-SEC-001 expires ${JSON.stringify(expires)}, which is not a date; it does not apply.`, 'Write the last day it applies as YYYY-MM-DD.'],
      ]);
    }
  });

  test('a suppression that matches nothing is the warning MLJ-POL-003 (unless unused ones are not reported)', () => {
    const outcome = applySuppressions([], [configSuppression('MLJ-SEC-001', 'old/*')], TODAY);
    expect(outcome.findings).toEqual([expect.objectContaining({ ruleId: 'MLJ-POL-003', severity: 'warning', message: 'The suppression of MLJ-SEC-001 for resources "old/*" matched no finding; remove it, or correct its rule id or resource.' })]);
    expect(applySuppressions([], [configSuppression('MLJ-SEC-001', 'old/*')], TODAY, { reportUnused: false }).findings).toEqual([]);
    const inCode: Suppression = { ruleId: 'MLJ-SEC-001', resource: 'stack/job', reason: 'why', origin: 'in-code' };
    expect(applySuppressions([], [inCode], TODAY).findings[0]).toMatchObject({ ruleId: 'MLJ-POL-003', resource: 'stack/job' });
  });

  test('overlapping suppressions are all in use; the first one written is reported', () => {
    const first = configSuppression('MLJ-SEC-001', 'training/*', { reason: 'first' });
    const second: Suppression = { ruleId: 'MLJ-SEC-001', resource: 'training/a', reason: 'second', origin: 'in-code' };
    const outcome = applySuppressions([finding('MLJ-SEC-001', 'training/a')], [first, second], TODAY);
    expect(outcome.findings).toEqual([]);
    expect(outcome.suppressed.map((f) => f.suppression.reason)).toEqual(['first']);
  });

  test('findings about suppressions are never suppressed; the suppression rules are documented', () => {
    const outcome = applySuppressions([finding('MLJ-POL-001', 'c.yaml')], [configSuppression('MLJ-POL-001', '**')], TODAY, { reportUnused: false });
    expect(outcome.findings.map((f) => f.ruleId)).toEqual(['MLJ-POL-001']);
    expect(SUPPRESSION_RULES.map((r) => [r.id, r.severity])).toEqual([['MLJ-POL-001', 'error'], ['MLJ-POL-002', 'warning'], ['MLJ-POL-003', 'warning']]);
  });
});
