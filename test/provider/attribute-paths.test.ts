import { jobSchema } from '../../src/model/provider-schema';
import { formatAttributePath, terraformAttributePath } from '../../src/provider/attribute-paths';

const path = (apiPath: string): string => formatAttributePath(terraformAttributePath(apiPath, jobSchema()));

describe('terraformAttributePath', () => {
  test('maps API paths to Terraform paths: single blocks get [0], list items their index, map keys a string key', () => {
    expect(path('trainingInput.workerConfig.acceleratorConfig.count')).toBe('training_input[0].worker_config[0].accelerator_config[0].count');
    expect(path('trainingInput.args.2')).toBe('training_input[0].args[2]');
    expect(path('trainingInput.hyperparameters.params.1.minValue')).toBe('training_input[0].hyperparameters[0].params[1].min_value');
    expect(path('labels.team')).toBe('labels["team"]');
    expect(path('jobId')).toBe('job_id');
    expect(path('')).toBe('');
  });

  test('stops at the last step the schema knows', () => {
    expect(path('trainingInput.noSuchField')).toBe('training_input[0]');
    expect(path('trainingInput.hyperparameters.params.minValue')).toBe('training_input[0].hyperparameters[0].params');
  });
});
