import { checkDepth, MAX_DEPTH, TOO_DEEP } from '../../src/read/depth-guard';

/** `levels` nested lists around `leaf`. */
function nested(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

function failureOf(value: unknown): [string, string] | undefined {
  try {
    checkDepth(value, (location, problem) => Object.assign(new Error(problem), { location }));
  } catch (error) {
    return [(error as Error & { location: string }).location, (error as Error).message];
  }
  return undefined;
}

describe('checkDepth', () => {
  test('accepts a document exactly MAX_DEPTH levels deep', () => {
    expect(failureOf({ a: nested(MAX_DEPTH - 1) })).toBeUndefined();
  });

  test('refuses one level more, naming the path of the first value too deep (cut after a few segments)', () => {
    expect(failureOf({ trainingInput: { args: nested(MAX_DEPTH - 1) } })).toEqual(['trainingInput.args[0][0][0][0][0][0]…', TOO_DEEP]);
    expect(failureOf(nested(MAX_DEPTH + 1))).toEqual(['[0][0][0][0][0][0][0][0]…', TOO_DEEP]);
  });

  test('does not overflow itself on a million levels, and walks 200,000 siblings in linear time', () => {
    expect(failureOf(nested(1_000_000))?.[1]).toBe(TOO_DEEP);
    const start = Date.now();
    expect(failureOf({ args: Array.from({ length: 200_000 }, (_, i) => ({ i })) })).toBeUndefined();
    expect(Date.now() - start).toBeLessThan(5000);
  });

  test('scalars and empty containers are depth 0 and 1', () => {
    expect(failureOf('x')).toBeUndefined();
    expect(failureOf(null)).toBeUndefined();
    expect(failureOf([])).toBeUndefined();
  });
});
