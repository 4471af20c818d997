import { Testing } from 'cdktf';
import { MlJobContainerStack } from '../../examples/ml-job-container';
import { MlJobTensorStack } from '../../examples/ml-job-tensor';
import { MlJobTrainingStack } from '../../examples/ml-job-training';
import { jobFromTerraform } from '../../src/model/terraform-mapping';

/** Synthesizes a stack with validations on and returns its one google_ml_engine_job. */
function synthesizedJob(stack: import('cdktf').TerraformStack): Record<string, unknown> {
  const config = JSON.parse(Testing.synth(stack, true));
  const jobs = config.resource.google_ml_engine_job;
  expect(Object.keys(jobs)).toEqual(['default']);
  return jobs.default;
}

describe('the seed examples of the draft google_ml_engine_job doc page', () => {
  test('"Ml Job Training" (with the seed\'s `{ {` typo fixed)', () => {
    const job = synthesizedJob(new MlJobTrainingStack(Testing.app(), 'ml-job-training'));
    expect(job).toEqual({
      job_id: 'ml_job_training',
      provider: 'mljobs', // the seed's HCL uses the google provider, which has no google_ml_engine_job
      training_input: {
        job_dir: 'gs://cloud-samples-data/scikit_learn_job_dir',
        package_uris: [
          'gs://cloud-samples-data/scikit_learn_job_dir/packages/fd65c711be463b2d1e841325d389b6c557db097c2281d40423c8451579238523/census_training-0.0.0.tar.gz',
        ],
        python_module: 'census_training.train',
        python_version: '2.7',
        region: 'us-central1',
        runtime_version: '1.14',
        scale_tier: 'BASIC',
      },
    });
  });

  test('"Ml Job Tensor" (with the seed\'s `""gs://…""` typo fixed)', () => {
    const job = synthesizedJob(new MlJobTensorStack(Testing.app(), 'ml-job-tensor'));
    expect(job).toEqual({
      job_id: 'ml_job_tesnor',
      provider: 'mljobs', // the seed's HCL uses the google provider, which has no google_ml_engine_job
      training_input: {
        job_dir: 'gs://cloud-samples-data/tensorflow_census_training',
        package_uris: [
          'gs://cloud-samples-data/tensorflow_census_training/packages/aa1821b516689e2b95d2a0dec00302e50314e20e8ee303721ca3f31fd46091e3/preprocessing-1.0.tar.gz',
        ],
        args: ['--train-files=gs://workingnow/data/adult.data.csv', '--eval-files=gs://workingnow/data/adult.test.csv', '--train-steps=1000', '--eval-steps=100'],
        python_module: 'trainer.task',
        region: 'us-central1',
        runtime_version: '1.14',
        scale_tier: 'BASIC',
      },
    });
    const packageUri = ((job.training_input as Record<string, string[]>).package_uris)[0];
    expect(packageUri.startsWith('gs://')).toBe(true);
    expect(packageUri).not.toContain('"');
  });

  test('"Ml Job Container"', () => {
    const job = synthesizedJob(new MlJobContainerStack(Testing.app(), 'ml-job-container'));
    expect(job).toEqual({
      job_id: 'ml_job_container',
      provider: 'mljobs', // the seed's HCL uses the google provider, which has no google_ml_engine_job
      training_input: {
        master_config: { image_uri: 'gcr.io/test-proj-234209/mnist_pytorch_custom_container:mnist_pytorch_cpu' },
        args: ['--model-dir=gs://aiptrainingbucket/pytorch_model_test4AIP20191105_143006', '--epochs=10'],
        region: 'us-east1',
      },
    });
  });

  test('each example maps to the API job the seed describes', () => {
    const { job } = jobFromTerraform(synthesizedJob(new MlJobContainerStack(Testing.app(), 'ml-job-container')));
    expect(job).toEqual({
      jobId: 'ml_job_container',
      trainingInput: {
        masterConfig: { imageUri: 'gcr.io/test-proj-234209/mnist_pytorch_custom_container:mnist_pytorch_cpu' },
        args: ['--model-dir=gs://aiptrainingbucket/pytorch_model_test4AIP20191105_143006', '--epochs=10'],
        region: 'us-east1',
      },
    });
  });

  test('synthesis is deterministic: the same stack twice gives byte-identical JSON', () => {
    const first = Testing.synth(new MlJobTensorStack(Testing.app(), 'ml-job-tensor'), true);
    const second = Testing.synth(new MlJobTensorStack(Testing.app(), 'ml-job-tensor'), true);
    expect(second).toBe(first);
  });
});
