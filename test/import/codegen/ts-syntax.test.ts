import * as fc from 'fast-check';
import * as ts from 'typescript';
import { commentLines, commentText, numberLiteral, propertyKey, stringLiteral } from '../../../src/import/codegen/ts-syntax';

/** The value TypeScript's own parser reads from an expression. */
function evaluate(expression: string): unknown {
  const js = ts.transpileModule(`module.exports = (${expression});`, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const module = { exports: undefined as unknown };
  new Function('module', js)(module);
  return module.exports;
}

describe('stringLiteral', () => {
  test('escapes quotes, backslashes, line terminators and invisible characters; keeps other text readable', () => {
    expect(stringLiteral('it\'s')).toBe('\'it\\\'s\'');
    expect(stringLiteral('a\\b')).toBe('\'a\\\\b\'');
    expect(stringLiteral('${x} `y` */')).toBe('\'${x} `y` */\'');
    expect(stringLiteral('1\n2\r3\u20284\u20295')).toBe('\'1\\n2\\r3\\u20284\\u20295\'');
    expect(stringLiteral('\u202Eabc\u200B\uFEFF\0')).toBe('\'\\u202Eabc\\u200B\\uFEFF\\u0000\'');
    expect(stringLiteral('é中😀')).toBe('\'é中😀\'');
    expect(stringLiteral('\ud800')).toBe('\'\\uD800\'');
    expect(stringLiteral('\u{E0001}')).toBe('\'\\u{E0001}\'');
  });

  test('property: TypeScript reads back exactly the string, and the literal is one line of visible characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), (a, b) => {
      for (const value of [a, b]) {
        const literal = stringLiteral(value);
        expect(literal).not.toMatch(/[\p{C}\p{Zl}\p{Zp}]/u);
        expect(evaluate(literal)).toBe(value);
      }
    }), { numRuns: 300 });
  });
});

describe('propertyKey and numberLiteral', () => {
  test('keys are bare only when they are identifier names; __proto__ is computed', () => {
    expect(propertyKey('team')).toBe('team');
    expect(propertyKey('class')).toBe('class');
    expect(propertyKey('ml-team')).toBe('\'ml-team\'');
    expect(propertyKey('__proto__')).toBe('[\'__proto__\']');
    expect(evaluate(`{ ${propertyKey('__proto__')}: 1 }`)).toEqual(Object.defineProperty({}, '__proto__', { value: 1, enumerable: true }));
  });

  test('numbers print as TypeScript reads them', () => {
    for (const n of [0, -5, 0.1, 1e-7, 1.5e21, 123456789012]) expect(evaluate(numberLiteral(n))).toBe(n);
    expect(numberLiteral(Number.NaN)).toBe('Number.NaN');
    expect(numberLiteral(-Infinity)).toBe('Number.NEGATIVE_INFINITY');
  });
});

describe('comments', () => {
  test('untrusted text cannot end a comment or its line', () => {
    expect(commentText('a */ b\nc\u2028d\u202E')).toBe('a *\\/ b\\u000Ac\\u2028d\\u202E');
  });

  test('lines wrap at spaces under a bullet, without trailing spaces', () => {
    const lines = commentLines(`${'word '.repeat(40)}end   `, '    ', '- ', 60);
    expect(lines[0]).toMatch(/^ {4}\/\/ - word/);
    expect(lines[1]).toMatch(/^ {4}\/\/ {3}word/);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(60);
      expect(line).not.toMatch(/\s$/);
    }
    expect(commentLines('', '')).toEqual(['//']);
  });
});
