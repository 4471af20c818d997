import { closestName } from '../../src/model/closest-name';

describe('closestName', () => {
  const FIELDS = ['scaleTier', 'masterType', 'workerCount', 'region', 'args', 'maxParallelTrials', 'maxTrials'];

  test('a snake_case or differently cased spelling finds its camelCase field', () => {
    expect(closestName('scale_tier', FIELDS)).toBe('scaleTier');
    expect(closestName('MASTERTYPE', FIELDS)).toBe('masterType');
    expect(closestName('max-parallel-trials', FIELDS)).toBe('maxParallelTrials');
  });

  test('a misspelling finds the field the fewest edits away', () => {
    expect(closestName('scaleTierr', FIELDS)).toBe('scaleTier');
    expect(closestName('regoin', FIELDS)).toBe('region');
    expect(closestName('maxParalelTrials', FIELDS)).toBe('maxParallelTrials');
    // maxTrial is one edit from maxTrials and many from maxParallelTrials: the closest wins, not the first close one
    expect(closestName('maxTrial', ['maxParallelTrials', 'maxTrials'])).toBe('maxTrials');
  });

  test('nothing close, or a short name, gets no far-fetched hint', () => {
    expect(closestName('preemptible', FIELDS)).toBeUndefined();
    expect(closestName('arg', FIELDS)).toBe('args');
    expect(closestName('abc', FIELDS)).toBeUndefined();
    expect(closestName('x', ['y'])).toBeUndefined();
    expect(closestName('anything', [])).toBeUndefined();
  });
});
