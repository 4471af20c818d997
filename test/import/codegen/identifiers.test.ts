import * as fc from 'fast-check';
import { className, constructId, sanitizeIdentifier, variableName } from '../../../src/import/codegen/identifiers';
import { RESERVED_NAMES } from '../../../src/import/codegen/ts-syntax';

describe('identifiers', () => {
  test('variable names are camelCase, never reserved, unique in order of arrival', () => {
    const taken = new Set<string>();
    expect(['census_basic_2020', 'JOB_A', 'new', 'new', 'x y', '', '123'].map((id) => variableName(id, taken)))
      .toEqual(['censusBasic_2020', 'jobA', 'newJob', 'newJob2', 'xY', 'job', 'job_123']);
  });

  test('construct ids stay close to the job id but avoid Object.prototype names', () => {
    const taken = new Set(['google']);
    expect(['census', 'census', 'constructor', 'toString', 'google', 'a.b/c'].map((id) => constructId(id, taken)))
      .toEqual(['census', 'census2', 'constructor_job', 'toString_job', 'google2', 'a_b_c']);
  });

  test('class names are PascalCase identifiers', () => {
    expect(className('imported jobs', new Set())).toBe('ImportedJobs');
    expect(className('9 lives', new Set())).toBe('Stack9Lives');
    expect(className('Object', new Set())).toBe('ObjectStack');
  });

  test('property: any text gives a valid, unreserved, fresh identifier', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), (texts) => {
      const taken = new Set<string>();
      const names = texts.map((t) => variableName(t, taken));
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        expect(RESERVED_NAMES.has(name)).toBe(false);
      }
      for (const t of texts) expect(sanitizeIdentifier(t)).toMatch(/^([A-Za-z_][A-Za-z0-9_]*)?$/);
    }));
  });
});
