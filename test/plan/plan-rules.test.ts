import { KNOWN_AFTER_APPLY, PLAN_RULES, REPLACEMENT_KEEPS_ID } from '../../src/plan/plan-rules';

describe('PLAN_RULES', () => {
  test('ids are unique, grouped MLJ-<AREA>-<NNN>, sorted, with a summary, a rationale and an https source', () => {
    const ids = PLAN_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const rule of PLAN_RULES) {
      expect(rule.id).toMatch(/^MLJ-[A-Z]+-\d{3}$/);
      expect(rule.summary).toMatch(/\.$/);
      expect(rule.rationale.length).toBeGreaterThan(20);
      expect(rule.source).toMatch(/^https:\/\//);
    }
  });

  test('MLJ-PLAN-004 says Terraform replaces the job and that this is no violation; MLJ-PLAN-003 covers the id it keeps and names the fix', () => {
    expect(KNOWN_AFTER_APPLY.summary).toContain('Terraform will replace the job');
    expect(KNOWN_AFTER_APPLY.rationale).toContain('not a violation');
    expect(KNOWN_AFTER_APPLY.rationale).toContain('MLJ-PLAN-003');
    expect(REPLACEMENT_KEEPS_ID.rationale).toContain('MLJ-PLAN-004');
    expect(REPLACEMENT_KEEPS_ID.rationale).toContain('jobIdSalt');
  });
});
