import { builtObject, builtString } from '../../../src/import/codegen/built';
import { constructStatements } from '../../../src/import/codegen/construct-statements';

describe('constructStatements', () => {
  const props = builtObject([['displayName', builtString('d')]]);

  test('a construct alone needs no variable', () => {
    const { lines } = constructStatements({ className: 'X', props, variable: 'v', constructId: 'c', notes: ['note'], findings: [], overrides: [], overrideReason: () => '', isL1: false });
    expect(lines).toEqual(['    // note', "    new X(this, 'c', { displayName: 'd' });"]);
  });

  test('overrides and the import block go on the resource of the L2 (the L1 itself), each override with its reason', () => {
    const statements = constructStatements({
      className: 'X', props, variable: 'v', constructId: 'c', notes: [],
      findings: [{ ruleId: 'R-1', severity: 'warning', path: 'p', message: 'm.', fix: 'f.', source: 's' }],
      fallbackReason: 'a reason', overrides: [{ path: 'a.b', value: 2 }], overrideReason: () => 'why.', isL1: false, importId: "id('x')",
    });
    const { lines, expressions } = statements;
    expect(lines).toEqual([
      '    // R-1 (warning) p: m. Fix: f.',
      '    // The L1 X, because a reason.',
      "    const v = new X(this, 'c', { displayName: 'd' });",
      '    // Escape hatch: why.',
      "    v.resource.addOverride('a.b', 2);",
      "    v.resource.importFrom(id('x'));",
    ]);
    expect(expressions).toHaveLength(2);
    expect(statements).toMatchObject({ className: 'X', fallbackReason: 'a reason', errors: 0, usesImportId: true, overrides: [{ path: 'a.b', value: 2 }] });
    expect(constructStatements({ className: 'L1', props, variable: 'v', constructId: 'c', notes: [], findings: [], overrides: [], overrideReason: () => '', isL1: true, importId: 'i' }).lines[1])
      .toBe('    v.importFrom(i);');
  });
});
