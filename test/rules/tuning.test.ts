import { CATEGORICAL_SCALE } from '../../src/rules/tuning/categorical-scale';
import { DISCRETE_VALUES_ORDER } from '../../src/rules/tuning/discrete-values-order';
import { GRID_SEARCH_TYPES } from '../../src/rules/tuning/grid-search-types';
import { LOG_SCALE_POSITIVE } from '../../src/rules/tuning/log-scale-positive';
import { PARALLEL_TRIALS } from '../../src/rules/tuning/parallel-trials';
import { PARAMETER_NAMES } from '../../src/rules/tuning/parameter-names';
import { PARAMETER_VALUES } from '../../src/rules/tuning/parameter-values';
import { TRIAL_COUNTS } from '../../src/rules/tuning/trial-counts';
import { TUNING_ENUMS } from '../../src/rules/tuning/tuning-enums';
import { findings, packageJob, tuning } from './rule-test-helpers';

const tuned = (overrides: Record<string, unknown> = {}) => packageJob({ hyperparameters: tuning(overrides) });
const withParam = (param: Record<string, unknown>) => tuned({ params: [param] });

describe('MLJ-HPT-001 tuning enums', () => {
  test('accepts a valid spec', () => {
    expect(findings(TUNING_ENUMS, tuned())).toEqual([]);
    expect(findings(TUNING_ENUMS, tuned({ algorithm: 'RANDOM_SEARCH', goal: 'MINIMIZE' }))).toEqual([]);
  });

  test.each([
    [{ goal: 'MAXIMISE' }, 'trainingInput.hyperparameters.goal', /"MAXIMISE"; allowed: MAXIMIZE/],
    [{ algorithm: 'BAYESIAN' }, 'trainingInput.hyperparameters.algorithm', /"BAYESIAN"/],
    [{ params: [{ parameterName: 'x', type: 'FLOAT', minValue: 0, maxValue: 1 }] }, 'trainingInput.hyperparameters.params[0].type', /"FLOAT"/],
    [{ params: [{ parameterName: 'x', type: 'DOUBLE', minValue: 0.1, maxValue: 1, scaleType: 'LOG' }] }, 'trainingInput.hyperparameters.params[0].scaleType', /"LOG"/],
  ])('rejects %j', (override, path, message) => {
    const [finding] = findings(TUNING_ENUMS, tuned(override));
    expect(finding).toMatchObject({ path, severity: 'error' });
    expect(finding.message).toMatch(message);
  });
});

test('MLJ-HPT-001 warns on lowercase enum names, as Google samples write them, as MLJ-CLUSTER-007 and MLJ-ACCEL-002 do', () => {
  const result = findings(TUNING_ENUMS, withParam({ parameterName: 'x', type: 'integer', minValue: 1, maxValue: 4, scaleType: 'unit-linear-scale' }));
  expect(result.map((f) => [f.severity, f.message, f.fix])).toEqual([
    ['warning', 'trainingInput.hyperparameters.params[0].scaleType is "unit-linear-scale"; the API\'s enum name is UNIT_LINEAR_SCALE, and the service\'s reading of other spellings is not documented.', 'Write UNIT_LINEAR_SCALE.'],
    ['warning', 'trainingInput.hyperparameters.params[0].type is "integer"; the API\'s enum name is INTEGER, and the service\'s reading of other spellings is not documented.', 'Write INTEGER.'],
  ]);
  expect(findings(PARAMETER_VALUES, withParam({ parameterName: 'x', type: 'integer', minValue: 1.5, maxValue: 4 }))[0].message).toMatch(/whole-number bounds/);
});

describe('MLJ-HPT-001 goal', () => {
  test('accepts a goal in the server output of a describe', () => {
    expect(findings(TUNING_ENUMS, tuned({ goal: 'MINIMIZE' }))).toEqual([]);
  });

  test('warns, not rejects, when the goal is missing: the reference says it defaults to MAXIMIZE', () => {
    const [finding, ...rest] = findings(TUNING_ENUMS, tuned({ goal: undefined }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ path: 'trainingInput.hyperparameters.goal', severity: 'warning' });
    expect(finding.message).toMatch(/goal is not set; the reference says it defaults to MAXIMIZE/);
    expect(finding.fix).toMatch(/Set goal to MAXIMIZE or MINIMIZE/);
  });
});

describe('MLJ-HPT-002 parameter names', () => {
  test('accepts distinct names', () => {
    expect(findings(PARAMETER_NAMES, tuned())).toEqual([]);
  });

  test('rejects empty params, duplicates and blanks', () => {
    expect(findings(PARAMETER_NAMES, tuned({ params: [] }))[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/params is empty/) });
    const duplicate = findings(PARAMETER_NAMES, tuned({ params: [{ parameterName: 'lr', type: 'DOUBLE', minValue: 0, maxValue: 1 }, { parameterName: 'lr', type: 'DOUBLE', minValue: 0, maxValue: 1 }] }));
    expect(duplicate[0]).toMatchObject({ path: 'trainingInput.hyperparameters.params[1].parameterName', severity: 'error', message: expect.stringMatching(/same as params\[0\]/) });
    expect(findings(PARAMETER_NAMES, withParam({ type: 'DOUBLE', minValue: 0, maxValue: 1 }))[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/not set/) });
  });

  test('warns, not rejects, on whitespace in a name: the reference does not forbid it', () => {
    const [finding, ...rest] = findings(PARAMETER_NAMES, withParam({ parameterName: 'learning rate', type: 'DOUBLE', minValue: 0, maxValue: 1 }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ path: 'trainingInput.hyperparameters.params[0].parameterName', severity: 'warning' });
    expect(finding.message).toMatch(/"learning rate" contains whitespace; each trial passes it to the program as --learning rate/);
    expect(finding.fix).toMatch(/learning_rate/);
  });
});

describe('MLJ-HPT-003 parameter values', () => {
  test('accepts every type done right', () => {
    expect(findings(PARAMETER_VALUES, tuned())).toEqual([]);
    expect(findings(PARAMETER_VALUES, withParam({ parameterName: 'x', type: 'DOUBLE', minValue: 1, maxValue: 1 }))).toEqual([]);
  });

  test('values that are all references are unknown, not empty', () => {
    expect(findings(PARAMETER_VALUES, withParam({ parameterName: 'x', type: 'CATEGORICAL', categoricalValues: ['${var.optimizer}'] }))).toEqual([]);
    expect(findings(PARAMETER_VALUES, withParam({ parameterName: 'x', type: 'DISCRETE', discreteValues: ['${var.batch}'] }))).toEqual([]);
  });

  test.each([
    [{ parameterName: 'x', type: 'DOUBLE', minValue: 0.1 }, 'maxValue', /maxValue is not set/],
    [{ parameterName: 'x', type: 'DOUBLE', minValue: 2, maxValue: 1 }, 'minValue', /minValue is 2, above maxValue 1/],
    [{ parameterName: 'x', type: 'INTEGER', minValue: 1.5, maxValue: 10 }, 'minValue', /whole-number bounds/],
    [{ parameterName: 'x', type: 'INTEGER', minValue: 1, maxValue: 10, discreteValues: [1, 2] }, 'discreteValues', /INTEGER parameters do not use it/],
    [{ parameterName: 'x', type: 'CATEGORICAL', categoricalValues: [] }, 'categoricalValues', /is empty/],
    [{ parameterName: 'x', type: 'CATEGORICAL', categoricalValues: ['a', 'a'] }, 'categoricalValues', /repeats a value/],
    [{ parameterName: 'x', type: 'CATEGORICAL', categoricalValues: ['a'], minValue: 0 }, 'minValue', /CATEGORICAL parameters do not use it/],
    [{ parameterName: 'x', type: 'DISCRETE', discreteValues: Array.from({ length: 1001 }, (_, i) => i) }, 'discreteValues', /1001 values; at most 1000/],
  ])('rejects %#', (param, field, message) => {
    const [finding] = findings(PARAMETER_VALUES, withParam(param));
    expect(finding).toMatchObject({ path: `trainingInput.hyperparameters.params[0].${field}`, severity: 'error' });
    expect(finding.message).toMatch(message);
  });

  test('describe output leaves out zero bounds, so a missing bound there is 0', () => {
    const job = { ...withParam({ parameterName: 'x', type: 'DOUBLE', maxValue: 1 }), state: 'SUCCEEDED', createTime: '2020-01-01T00:00:00Z' };
    expect(findings(PARAMETER_VALUES, job)).toEqual([]);
  });

  test('leaves the order of DISCRETE values to MLJ-HPT-009', () => {
    expect(findings(PARAMETER_VALUES, withParam({ parameterName: 'x', type: 'DISCRETE', discreteValues: [64, 32, 128] }))).toEqual([]);
  });
});

describe('MLJ-HPT-009 DISCRETE values in increasing order', () => {
  test('accepts increasing values, references and other types', () => {
    expect(findings(DISCRETE_VALUES_ORDER, withParam({ parameterName: 'x', type: 'DISCRETE', discreteValues: [32, 64, 128] }))).toEqual([]);
    expect(findings(DISCRETE_VALUES_ORDER, withParam({ parameterName: 'x', type: 'DISCRETE', discreteValues: ['${var.a}', 1] }))).toEqual([]);
    expect(findings(DISCRETE_VALUES_ORDER, withParam({ parameterName: 'x', type: 'CATEGORICAL', categoricalValues: ['b', 'a'] }))).toEqual([]);
  });

  test('warns on another order or a repeated value, and suggests the sorted list', () => {
    // lleewwiiss/Distributed-Tensorflow-Template hptuning_config.yaml lists them decreasing.
    const [finding] = findings(DISCRETE_VALUES_ORDER, withParam({ parameterName: 'lr', type: 'discrete', discreteValues: [0.1, 0.01, 0.001, 0.0001] }));
    expect(finding).toMatchObject({ path: 'trainingInput.hyperparameters.params[0].discreteValues', severity: 'warning', fix: 'Use [0.0001,0.001,0.01,0.1].' });
    expect(finding.message).toMatch(/not strictly increasing \(0\.1 then 0\.01\)/);
    expect(findings(DISCRETE_VALUES_ORDER, withParam({ parameterName: 'x', type: 'DISCRETE', discreteValues: [1, 1] }))[0].message).toMatch(/not strictly increasing/);
  });
});

describe('MLJ-HPT-004 log scales need a positive range', () => {
  test('accepts a positive log range and a linear range from 0', () => {
    expect(findings(LOG_SCALE_POSITIVE, tuned())).toEqual([]);
    expect(findings(LOG_SCALE_POSITIVE, withParam({ parameterName: 'x', type: 'DOUBLE', minValue: 0, maxValue: 1, scaleType: 'UNIT_LINEAR_SCALE' }))).toEqual([]);
  });

  test('rejects a log scale from 0 and non-positive discrete values', () => {
    expect(findings(LOG_SCALE_POSITIVE, withParam({ parameterName: 'x', type: 'DOUBLE', minValue: 0, maxValue: 1, scaleType: 'UNIT_LOG_SCALE' }))[0].message).toMatch(/minValue is 0 with scaleType UNIT_LOG_SCALE/);
    expect(findings(LOG_SCALE_POSITIVE, withParam({ parameterName: 'x', type: 'DISCRETE', discreteValues: [-1, 1], scaleType: 'UNIT_REVERSE_LOG_SCALE' }))[0].message).toMatch(/contains -1/);
  });
});

describe('MLJ-HPT-005 grid search types', () => {
  test('accepts grid search over INTEGER, CATEGORICAL and DISCRETE', () => {
    expect(findings(GRID_SEARCH_TYPES, tuned({ algorithm: 'GRID_SEARCH', params: (tuning().params as unknown[]).slice(1) }))).toEqual([]);
    expect(findings(GRID_SEARCH_TYPES, tuned())).toEqual([]);
  });

  test('rejects DOUBLE with grid search', () => {
    expect(findings(GRID_SEARCH_TYPES, tuned({ algorithm: 'GRID_SEARCH' }))[0]).toMatchObject({ path: 'trainingInput.hyperparameters.params[0].type', message: expect.stringMatching(/DOUBLE \(learning_rate\); GRID_SEARCH needs/) });
  });
});

describe('MLJ-HPT-006 trial counts', () => {
  test('accepts positive counts and maxFailedTrials 0', () => {
    expect(findings(TRIAL_COUNTS, tuned({ maxFailedTrials: 0 }))).toEqual([]);
  });

  test.each([[{ maxTrials: 0 }, 'maxTrials'], [{ maxParallelTrials: -2 }, 'maxParallelTrials'], [{ maxFailedTrials: 1.5 }, 'maxFailedTrials']])('rejects %j', (override, field) => {
    expect(findings(TRIAL_COUNTS, tuned(override))[0].path).toBe(`trainingInput.hyperparameters.${field}`);
  });
});

describe('MLJ-HPT-007 parallel trials', () => {
  test('accepts parallel ≤ total', () => {
    expect(findings(PARALLEL_TRIALS, tuned())).toEqual([]);
  });

  test('warns when parallel exceeds total, including the default total of 1', () => {
    expect(findings(PARALLEL_TRIALS, tuned({ maxTrials: 2, maxParallelTrials: 5 }))[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/5, above maxTrials 2/) });
    expect(findings(PARALLEL_TRIALS, tuned({ maxTrials: undefined, maxParallelTrials: 2 }))[0].message).toMatch(/above maxTrials 1 \(the default\)/);
  });
});

describe('MLJ-HPT-008 categorical scale', () => {
  test('accepts categorical parameters without scale', () => {
    expect(findings(CATEGORICAL_SCALE, tuned())).toEqual([]);
  });

  test('warns about a scale on a categorical parameter', () => {
    expect(findings(CATEGORICAL_SCALE, withParam({ parameterName: 'o', type: 'CATEGORICAL', categoricalValues: ['a'], scaleType: 'UNIT_LINEAR_SCALE' }))[0]).toMatchObject({ severity: 'warning' });
  });
});
