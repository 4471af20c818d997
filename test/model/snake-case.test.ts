import { snakeCase } from '../../src/model/snake-case';

describe('snakeCase', () => {
  test('each capital becomes _ and its lower case', () => {
    expect(snakeCase('machineType')).toBe('machine_type');
    expect(snakeCase('hyperparameterMetricTag')).toBe('hyperparameter_metric_tag');
    expect(snakeCase('region')).toBe('region');
  });

  test('a run of capitals is spelled letter by letter (Terraform\'s irregular names are terraformName\'s)', () => {
    expect(snakeCase('consumedMLUnits')).toBe('consumed_m_l_units');
  });
});
