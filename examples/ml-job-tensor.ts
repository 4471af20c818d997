// Seed example "Ml Job Tensor" of the draft google_ml_engine_job doc page: a TensorFlow package with arguments.
// The seed's `""gs://…""` (doubled quotes) is a typo; the intended value is the plain gs:// URI.
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { MlEngineJob, MljobsProvider } from '../src';

/** The TensorFlow census sample as a training package with command-line arguments. */
export class MlJobTensorStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // A relative state path keeps the synthesized JSON identical on every machine.
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });
    new GoogleProvider(this, 'google', { project: 'my-ml-project' });
    // The provider that deploys google_ml_engine_job (`mljob provider install`; README "Deploy").
    const mljobs = new MljobsProvider(this, 'mljobs', { project: 'my-ml-project' });
    new MlEngineJob(this, 'default', {
      provider: mljobs,
      jobId: 'ml_job_tesnor', // sic: the seed's id, kept so the example matches it
      trainingInput: {
        jobDir: 'gs://cloud-samples-data/tensorflow_census_training',
        packageUris: [
          'gs://cloud-samples-data/tensorflow_census_training/packages/aa1821b516689e2b95d2a0dec00302e50314e20e8ee303721ca3f31fd46091e3/preprocessing-1.0.tar.gz',
        ],
        args: [
          '--train-files=gs://workingnow/data/adult.data.csv',
          '--eval-files=gs://workingnow/data/adult.test.csv',
          '--train-steps=1000',
          '--eval-steps=100',
        ],
        pythonModule: 'trainer.task',
        region: 'us-central1',
        runtimeVersion: '1.14',
        scaleTier: 'BASIC',
      },
    });
  }
}
