import { KNOWN_AT_APPLY, replacingPaths, withTopLevelField } from '../../src/plan/replacement';

describe('replacingPaths', () => {
  test('known differences and values known only at apply both replace, sorted, each once', () => {
    // GIVEN diffs with known differences, unknown values, both, or neither
    // WHEN their replacing paths are taken
    // THEN every path of either kind replaces: Terraform cannot prove an unknown value unchanged
    expect(replacingPaths({ replacePaths: [], unknownPaths: [] })).toEqual([]);
    expect(replacingPaths({ replacePaths: ['trainingInput.masterType'], unknownPaths: [] })).toEqual(['trainingInput.masterType']);
    expect(replacingPaths({ replacePaths: [], unknownPaths: ['predictionInput.modelName'] })).toEqual(['predictionInput.modelName']);
    expect(replacingPaths({ replacePaths: ['trainingInput.masterType', 'project'], unknownPaths: ['trainingInput.args.1', 'project'] })).toEqual([
      'project',
      'trainingInput.args.1',
      'trainingInput.masterType',
    ]);
  });
});

describe('withTopLevelField', () => {
  const empty = { labelsChanged: false, replacePaths: [], unknownPaths: [] };

  test('a value known at apply is an unknown path; a different one a replace path; the same, or one side unset, nothing', () => {
    expect(withTopLevelField(empty, 'project', KNOWN_AT_APPLY, 'p')).toEqual({ ...empty, unknownPaths: ['project'] });
    expect(withTopLevelField(empty, 'project', 'q', 'p')).toEqual({ ...empty, replacePaths: ['project'] });
    expect(withTopLevelField(empty, 'project', 'p', 'p')).toBe(empty);
    expect(withTopLevelField(empty, 'project', undefined, 'p')).toBe(empty);
    expect(withTopLevelField(empty, 'project', 'q', undefined)).toBe(empty);
  });

  test('keeps the other fields of the diff (labelsChanged) and sorts the paths', () => {
    const diff = { labelsChanged: true, replacePaths: ['trainingInput.region'], unknownPaths: [] };
    expect(withTopLevelField(diff, 'location', 'europe-west4', 'us-central1')).toEqual({ labelsChanged: true, replacePaths: ['location', 'trainingInput.region'], unknownPaths: [] });
  });
});
