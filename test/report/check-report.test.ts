import { compareReportFindings, isAtOrAbove, ReportFinding, summarize } from '../../src/report/check-report';

function finding(resource: string, severity: ReportFinding['severity'], path = '', ruleId = 'MLJ-X-001'): ReportFinding {
  return { ruleId, severity, resource, path, message: 'm', source: 'https://example.com' };
}

describe('check report', () => {
  test('compareReportFindings: resource, then severity (error first), path, rule id', () => {
    // GIVEN findings in no particular order
    const findings = [
      finding('b', 'error'),
      finding('a', 'info'),
      finding('a', 'error', 'z'),
      finding('a', 'error', 'y', 'MLJ-X-002'),
      finding('a', 'error', 'y', 'MLJ-X-001'),
    ];

    // WHEN sorted
    const order = [...findings].sort(compareReportFindings).map((f) => `${f.resource} ${f.severity} ${f.path} ${f.ruleId}`);

    // THEN
    expect(order).toEqual([
      'a error y MLJ-X-001',
      'a error y MLJ-X-002',
      'a error z MLJ-X-001',
      'a info  MLJ-X-001',
      'b error  MLJ-X-001',
    ]);
  });

  test('summarize counts by severity', () => {
    expect(summarize([finding('a', 'error'), finding('a', 'warning'), finding('b', 'warning'), finding('c', 'info')]))
      .toEqual({ errors: 1, warnings: 2, infos: 1 });
    expect(summarize([])).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  test('isAtOrAbove: error ≥ warning ≥ info', () => {
    expect(isAtOrAbove('error', 'warning')).toBe(true);
    expect(isAtOrAbove('warning', 'warning')).toBe(true);
    expect(isAtOrAbove('info', 'warning')).toBe(false);
    expect(isAtOrAbove('warning', 'error')).toBe(false);
  });
});
