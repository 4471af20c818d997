import { Testing, TerraformStack } from 'cdktf';
import { BatchPredictionStack } from '../../examples/batch-prediction';
import { DistributedGpuTrainingStack } from '../../examples/distributed-gpu-training';
import { HyperparameterTuningStack } from '../../examples/hyperparameter-tuning';
import { SecureContainerTrainingStack } from '../../examples/secure-container-training';
import { SeedExamplesL2Stack } from '../../examples/seed-examples-l2';
import { TpuTrainingStack } from '../../examples/tpu-training';

/** The one google_ml_engine_job of an example stack, synthesized with validations on (so the rules ran). */
function job(stack: TerraformStack): Record<string, any> {
  const jobs = Object.values(JSON.parse(Testing.synth(stack, true)).resource.google_ml_engine_job);
  expect(jobs).toHaveLength(1);
  return jobs[0] as Record<string, any>;
}

describe('the L2 examples synthesize and pass every rule', () => {
  test('distributed GPU training', () => {
    const j = job(new DistributedGpuTrainingStack(Testing.app(), 'distributed-gpu-training'));
    expect(j.job_id).toMatch(/^census_distributed_[0-9a-f]{8}$/);
    expect(j.training_input).toMatchObject({ scale_tier: 'CUSTOM', worker_count: 4, parameter_server_count: 2, master_config: { accelerator_config: { type: 'NVIDIA_TESLA_V100', count: 2 } } });
    expect(j.labels).toEqual({ team: 'ml-platform', 'cost-center': 'cc-1234' });
  });

  test('TPU training', () => {
    const j = job(new TpuTrainingStack(Testing.app(), 'tpu-training'));
    expect(j.training_input).toMatchObject({ worker_type: 'cloud_tpu', worker_count: 1, worker_config: { accelerator_config: { type: 'TPU_V3', count: 8 }, tpu_tf_version: '2.11' } });
  });

  test('hyperparameter tuning', () => {
    const j = job(new HyperparameterTuningStack(Testing.app(), 'hyperparameter-tuning'));
    expect(j.training_input.hyperparameters).toMatchObject({ goal: 'MAXIMIZE', max_trials: 20, max_parallel_trials: 4, enable_trial_early_stopping: true });
    expect(j.training_input.hyperparameters.params).toHaveLength(4);
  });

  test('batch prediction from an MlEngineModel', () => {
    const j = job(new BatchPredictionStack(Testing.app(), 'batch-prediction'));
    expect(j.prediction_input).toMatchObject({ model_name: '${google_ml_engine_model.census.id}', data_format: 'JSON', max_worker_count: 4 });
  });

  test('a locked-down custom container', () => {
    const j = job(new SecureContainerTrainingStack(Testing.app(), 'secure-container-training'));
    expect(j.training_input).toMatchObject({
      encryption_config: { kms_key_name: '${google_kms_crypto_key.training_key.id}' },
      service_account: 'trainer@my-ml-project.iam.gserviceaccount.com',
      network: 'projects/123456789012/global/networks/ml-vpc',
      scheduling: { max_running_time: '14400s', max_wait_time: '1800s', priority: 100 },
    });
  });

  test('the seed examples rewritten with the L2 keep the seed ids and intent', () => {
    const jobs = JSON.parse(Testing.synth(new SeedExamplesL2Stack(Testing.app(), 'seed-examples-l2'), true)).resource.google_ml_engine_job;
    const byId = Object.fromEntries(Object.values(jobs).map((j: any) => [j.job_id, j.training_input]));
    expect(Object.keys(byId).sort()).toEqual(['ml_job_container', 'ml_job_tesnor', 'ml_job_training']);
    expect(byId.ml_job_training).toMatchObject({ scale_tier: 'BASIC', python_module: 'census_training.train', runtime_version: '1.14', python_version: '2.7', region: 'us-central1' });
    expect(byId.ml_job_tesnor.args).toHaveLength(4);
    expect(byId.ml_job_container).toMatchObject({
      region: 'us-east1',
      master_config: { image_uri: 'gcr.io/test-proj-234209/mnist_pytorch_custom_container:mnist_pytorch_cpu', container_args: ['--model-dir=gs://aiptrainingbucket/pytorch_model_test4AIP20191105_143006', '--epochs=10'] },
    });
  });
});
