import { parseDocument } from 'yaml';
import { MAX_DEPTH, TOO_DEEP } from '../../src/read/depth-guard';
import { checkYamlDocument, checkYamlText } from '../../src/read/yaml-guard';

/** The problem and the offset the guards report, or undefined when the text passes both. */
function failureOf(text: string): [string, number | undefined] | undefined {
  const fail = (problem: string, offset?: number): Error => Object.assign(new Error(problem), { offset });
  try {
    checkYamlText(text, fail);
    checkYamlDocument(parseDocument(text, { version: '1.1' }), fail);
  } catch (error) {
    return [(error as Error).message, (error as Error & { offset?: number }).offset];
  }
  return undefined;
}

describe('checkYamlText', () => {
  test('accepts MAX_DEPTH levels of flow and of block nesting', () => {
    expect(failureOf(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}\n`)).toBeUndefined();
    const block = Array.from({ length: MAX_DEPTH }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(failureOf(`${block} 1\n`)).toBeUndefined();
  });

  test('refuses one level more of either, at the collection that is too deep', () => {
    expect(failureOf(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}\n`)).toEqual([TOO_DEEP, MAX_DEPTH]);
    const block = Array.from({ length: MAX_DEPTH + 1 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(failureOf(`${block} 1\n`)?.[0]).toBe(TOO_DEEP);
  });

  test('50,000 levels of [ are refused, not composed (the yaml package died of an out-of-memory error at 5,000)', () => {
    expect(failureOf(`args: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`)?.[0]).toBe(TOO_DEEP);
  });
});

describe('checkYamlDocument', () => {
  test('refuses a list or a mapping as a mapping key, also through an alias', () => {
    expect(failureOf('jobId: a\n? [a, b]\n: 1\n')).toEqual(['a mapping key that is a list or a mapping (? [a, b]); keys must be plain values', 11]);
    expect(failureOf('x: &k { a: 1 }\n? *k\n: 1\n')?.[0]).toMatch(/^a mapping key that is a list or a mapping/);
  });

  test('refuses an alias inside the node its anchor names, directly or deeper down', () => {
    expect(failureOf('args: &r [ *r ]\n')).toEqual(['the alias *r is inside the node its anchor names (a recursive alias); write the value out', 11]);
    expect(failureOf('a: &top\n  b:\n    c: [1, *top]\n')?.[0]).toMatch(/^the alias \*top is inside the node its anchor names/);
  });

  test('accepts ordinary anchors, aliases and merge keys', () => {
    expect(failureOf('base: &base { region: us-central1 }\njob:\n  <<: *base\n  args: [*base, *base]\n')).toBeUndefined();
  });

  test('refuses nesting past MAX_DEPTH that only aliases reach', () => {
    // GIVEN an anchor 200 levels deep, and a list 200 levels deep around an alias of it
    const deep = `${'['.repeat(200)}1${']'.repeat(200)}`;
    expect(failureOf(`a: &d ${deep}\nb: ${'['.repeat(200)}*d${']'.repeat(200)}\n`)?.[0]).toBe(TOO_DEEP);
  });
});
