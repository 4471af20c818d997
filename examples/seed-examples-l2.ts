// The three examples of the draft google_ml_engine_job doc page, written with the L2 constructs
// (compare ml-job-training.ts, ml-job-tensor.ts and ml-job-container.ts, which use the raw L1).
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { Construct } from 'constructs';
import { MlEngineTrainingJob, ScaleTier, TrainingCode } from '../src';
import { ExampleStack } from './example-stack';

/** The seed's scikit-learn package, TensorFlow package with arguments, and PyTorch container, as L2 jobs. */
export class SeedExamplesL2Stack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    // Another project: the seed's job ids are also used by the L1 examples, and ids are unique per project.
    super(scope, id, 'my-ml-sandbox');

    new MlEngineTrainingJob(this, 'training', {
      jobId: 'ml_job_training',
      region: 'us-central1',
      scaleTier: ScaleTier.BASIC,
      jobDir: 'gs://cloud-samples-data/scikit_learn_job_dir',
      code: TrainingCode.pythonPackage({
        packageUris: [
          'gs://cloud-samples-data/scikit_learn_job_dir/packages/fd65c711be463b2d1e841325d389b6c557db097c2281d40423c8451579238523/census_training-0.0.0.tar.gz',
        ],
        pythonModule: 'census_training.train',
        runtimeVersion: '1.14',
        pythonVersion: '2.7',
      }),
    });

    new MlEngineTrainingJob(this, 'tensor', {
      jobId: 'ml_job_tesnor', // sic: the seed's id
      region: 'us-central1',
      scaleTier: ScaleTier.BASIC,
      jobDir: 'gs://cloud-samples-data/tensorflow_census_training',
      code: TrainingCode.pythonPackage({
        packageUris: [
          'gs://cloud-samples-data/tensorflow_census_training/packages/aa1821b516689e2b95d2a0dec00302e50314e20e8ee303721ca3f31fd46091e3/preprocessing-1.0.tar.gz',
        ],
        pythonModule: 'trainer.task',
        runtimeVersion: '1.14',
        // The seed leaves it out: in 2019 the service defaulted to 2.7; since January 2020 it is required.
        pythonVersion: '2.7',
        args: ['--train-files=gs://workingnow/data/adult.data.csv', '--eval-files=gs://workingnow/data/adult.test.csv', '--train-steps=1000', '--eval-steps=100'],
      }),
    });

    new MlEngineTrainingJob(this, 'container', {
      jobId: 'ml_job_container',
      region: 'us-east1',
      code: TrainingCode.customContainer({
        imageUri: 'gcr.io/test-proj-234209/mnist_pytorch_custom_container:mnist_pytorch_cpu',
        args: ['--model-dir=gs://aiptrainingbucket/pytorch_model_test4AIP20191105_143006', '--epochs=10'],
      }),
    });
  }
}
