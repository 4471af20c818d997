import { terraformDottedPath, terraformPathSteps } from '../../src/plan/terraform-paths';

describe('terraformPathSteps', () => {
  test('single nested blocks are one-element lists in plan JSON: each block step is followed by 0', () => {
    expect(terraformPathSteps('trainingInput.masterConfig.acceleratorConfig.count'))
      .toEqual(['training_input', 0, 'master_config', 0, 'accelerator_config', 0, 'count']);
  });

  test('a list block takes its index from the path; attributes and list items keep theirs', () => {
    expect(terraformPathSteps('trainingInput.hyperparameters.params.1.maxValue'))
      .toEqual(['training_input', 0, 'hyperparameters', 0, 'params', 1, 'max_value']);
    expect(terraformPathSteps('trainingInput.args.2')).toEqual(['training_input', 0, 'args', 2]);
    expect(terraformPathSteps('jobId')).toEqual(['job_id']);
    expect(terraformPathSteps('')).toEqual([]);
  });
});

describe('terraformDottedPath', () => {
  test('snake_case names, indexes kept', () => {
    expect(terraformDottedPath('trainingInput.masterConfig.imageUri')).toBe('training_input.master_config.image_uri');
    expect(terraformDottedPath('trainingInput.args.0')).toBe('training_input.args.0');
  });
});
