import { parseJsonDocument, parseJsonText, ParseFailure, parseYamlText, TextPlace } from '../../src/read/parse-document';
import { MAX_ITEMS } from '../../src/read/size-limits';
import { MAX_DEPTH, TOO_DEEP } from '../../src/read/depth-guard';

/** The problem and place the parser reported, as one string. */
class Reported extends Error {
  constructor(readonly problem: string, readonly place: TextPlace) {
    super(`${place.line !== undefined ? `${place.line}:${place.column}` : place.path ?? '(file)'} ${problem}`);
  }
}
const fail: ParseFailure = (problem, place) => new Reported(problem, place);

function reported(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof Reported) return error.message;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('parseJsonText', () => {
  test('parses JSON and ignores a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, "b"]}', fail)).toEqual({ a: [1, 'b'] });
  });

  test('a syntax error is "invalid JSON" at its line and column, with or without a position in the V8 message', () => {
    expect(reported(() => parseJsonText('{\n  "a": 1,\n}', fail))).toBe('3:1 invalid JSON: expected double-quoted property name');
    expect(reported(() => parseJsonText('{\n  "a": nope\n}', fail))).toBe("2:8 invalid JSON: unexpected token 'o'");
    expect(reported(() => parseJsonText('  \n', fail))).toBe('1:1 invalid JSON: unexpected end of JSON input');
  });

  test('nesting past the limit is reported at the path of the first value too deep', () => {
    const deep = `{"a": ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}}`;
    expect(reported(() => parseJsonText(deep, fail))).toBe(`a[0][0][0][0][0][0][0]… ${TOO_DEEP}`);
  });
});

describe('parseYamlText', () => {
  test('YAML 1.2 unless told; 1.1 reads yes as true', () => {
    expect(parseYamlText('a: yes\nb: [1, x]\n', fail).value).toEqual({ a: 'yes', b: [1, 'x'] });
    expect(parseYamlText('a: yes\n', fail, { version: '1.1' }).value).toEqual({ a: true });
  });

  test('returns the document, whose node ranges locate later problems', () => {
    const { document } = parseYamlText('a:\n  b: 1\n', fail);
    expect((document.getIn(['a', 'b'], true) as { range: number[] }).range[0]).toBe(8);
  });

  test('syntax errors, duplicate keys and alias bombs are "invalid YAML"; list keys, recursive aliases and deep nesting are refused as they are', () => {
    expect(reported(() => parseYamlText('a: [1, 2\nb: 1\n', fail))).toMatch(/^\d+:\d+ invalid YAML: [^\n]+$/);
    expect(reported(() => parseYamlText('a: 1\na: 2\n', fail))).toBe('2:1 invalid YAML: Map keys must be unique');
    expect(reported(() => parseYamlText('? [a, b]\n: 1\n', fail))).toBe('1:3 a mapping key that is a list or a mapping (? [a, b]); keys must be plain values');
    expect(reported(() => parseYamlText('args: &r [ *r ]\n', fail))).toMatch(/^1:\d+ the alias \*r is inside the node its anchor names/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`), ''].join('\n');
    expect(reported(() => parseYamlText(bomb, fail))).toMatch(/^\(file\) invalid YAML: .*alias/i);
    expect(reported(() => parseYamlText(`a: ${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}\n`, fail))).toMatch(new RegExp(`^1:\\d+ ${TOO_DEEP}$`));
  });

  test('a second document (gcloud list --format=yaml) is named as such, at its line, without advice to call yaml\'s functions', () => {
    expect(reported(() => parseYamlText('---\njobId: a\n---\njobId: b\n', fail)))
      .toBe('3:1 invalid YAML: a second document starts here; mljob reads one document per file (for a list of jobs, use --format=json)');
  });
});

describe('parseJsonDocument', () => {
  test('parses a document and says when all of it is within the size limits', () => {
    expect(parseJsonDocument('\uFEFF{ "resource": { "a": [1, "x"] } }', fail)).toEqual({ value: { resource: { a: [1, 'x'] } }, sized: true, escapes: false });
    expect(parseJsonDocument(`{ "args": [${Array(MAX_ITEMS + 1).fill('1').join(',')}] }`, fail).sized).toBe(false);
  });

  test('says whether a string may hold a template escape: $${ or %%{, or a \\u escape that could spell one', () => {
    expect(parseJsonDocument('{ "args": ["${var.a}", "$", "%{", "{$}"] }', fail).escapes).toBe(false);
    expect(parseJsonDocument('{ "args": ["$${a}"] }', fail).escapes).toBe(true);
    expect(parseJsonDocument('{ "args": ["%%{a}"] }', fail).escapes).toBe(true);
    // "\u0024${a}" is the string $${a}.
    expect(parseJsonDocument('{ "args": ["\\u0024${a}"] }', fail)).toEqual({ value: { args: ['$${a}'] }, sized: true, escapes: true });
  });

  test('refuses what parseJsonText refuses, with the same problem and place', () => {
    const deep = `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`;
    for (const text of [deep, '{ "a": }']) {
      const expected = reported(() => parseJsonText(text, fail));
      expect(reported(() => parseJsonDocument(text, fail))).toBe(expected);
    }
  });
});

