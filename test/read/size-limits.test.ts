import { checkDepth, MAX_DEPTH } from '../../src/read/depth-guard';
import { checkSizes, MAX_ITEMS, MAX_STRING_LENGTH, pathText, withinLimits } from '../../src/read/size-limits';

function failureOf(value: unknown): [string, string] | undefined {
  try {
    checkSizes(value, (path, problem) => new Error(`${pathText(path)} | ${problem}`));
  } catch (error) {
    return (error as Error).message.split(' | ') as [string, string];
  }
  return undefined;
}

describe('checkSizes', () => {
  test('accepts lists, mappings and strings exactly at the limits', () => {
    expect(failureOf({
      trainingInput: { args: Array(MAX_ITEMS).fill('x') },
      labels: Object.fromEntries(Array.from({ length: MAX_ITEMS }, (_, i) => [`k${i}`, 'v'])),
      jobId: 'j'.repeat(MAX_STRING_LENGTH),
    })).toBeUndefined();
  });

  test('refuses one entry or one character more, naming the path', () => {
    expect(failureOf({ trainingInput: { args: Array(MAX_ITEMS + 1).fill('x') } }))
      .toEqual(['trainingInput.args', 'a list of 10,001 items; mljob reads lists of at most 10,000']);
    expect(failureOf({ labels: Object.fromEntries(Array.from({ length: MAX_ITEMS + 1 }, (_, i) => [`k${i}`, 'v'])) }))
      .toEqual(['labels', 'a mapping of 10,001 keys; mljob reads mappings of at most 10,000']);
    expect(failureOf({ trainingInput: { args: ['a', 'b'.repeat(MAX_STRING_LENGTH + 1)] } }))
      .toEqual(['trainingInput.args[1]', 'a string of 131,073 characters; mljob reads strings of at most 131,072 (the longest argument a process can receive)']);
    expect(failureOf({ labels: { ['k'.repeat(MAX_STRING_LENGTH + 1)]: 'v' } })?.[0]).toBe('labels');
  });

  test('is linear: a million-item list is refused at once, ten million characters too', () => {
    const start = Date.now();
    expect(failureOf({ args: Array(1_000_000).fill('') })?.[1]).toMatch(/^a list of 1,000,000 items/);
    expect(failureOf({ jobId: 'a'.repeat(10_000_000) })?.[1]).toMatch(/^a string of 10,000,000 characters/);
    expect(Date.now() - start).toBeLessThan(1000);
  });
});

describe('withinLimits', () => {
  function nested(levels: number): unknown {
    let value: unknown = 'x';
    for (let i = 0; i < levels; i++) value = [value];
    return value;
  }

  test('a document within every limit, and exactly at them, is within', () => {
    expect(withinLimits({ resource: { job: { args: Array(MAX_ITEMS).fill('a'), jobId: 'j'.repeat(MAX_STRING_LENGTH) } } })).toBe(true);
    expect(withinLimits(nested(MAX_DEPTH))).toBe(true);
    expect(withinLimits('text')).toBe(true);
    expect(withinLimits(null)).toBe(true);
  });

  test('agrees with checkDepth on depth: the first level it refuses is the first checkDepth refuses', () => {
    const fail = (): Error => new Error('too deep');
    expect(() => checkDepth(nested(MAX_DEPTH), fail)).not.toThrow();
    expect(() => checkDepth(nested(MAX_DEPTH + 1), fail)).toThrow('too deep');
    expect(withinLimits(nested(MAX_DEPTH + 1))).toBe(false);
    expect(withinLimits({ a: nested(MAX_DEPTH) })).toBe(false);
  });

  test('a value past a size limit anywhere makes the document not within', () => {
    expect(withinLimits({ resource: { job: { args: Array(MAX_ITEMS + 1).fill('a') } } })).toBe(false);
    expect(withinLimits({ resource: { job: { jobId: 'j'.repeat(MAX_STRING_LENGTH + 1) } } })).toBe(false);
    expect(withinLimits([{ ['k'.repeat(MAX_STRING_LENGTH + 1)]: 1 }])).toBe(false);
  });
});
