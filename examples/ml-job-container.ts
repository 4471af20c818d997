// Seed example "Ml Job Container" of the draft google_ml_engine_job doc page: a PyTorch custom container.
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { MlEngineJob, MljobsProvider } from '../src';

/** A custom container training job: only the image, its arguments and the region. */
export class MlJobContainerStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // A relative state path keeps the synthesized JSON identical on every machine.
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });
    new GoogleProvider(this, 'google', { project: 'my-ml-project' });
    // The provider that deploys google_ml_engine_job (`mljob provider install`; README "Deploy").
    const mljobs = new MljobsProvider(this, 'mljobs', { project: 'my-ml-project' });
    new MlEngineJob(this, 'default', {
      provider: mljobs,
      jobId: 'ml_job_container',
      trainingInput: {
        masterConfig: {
          imageUri: 'gcr.io/test-proj-234209/mnist_pytorch_custom_container:mnist_pytorch_cpu',
        },
        args: ['--model-dir=gs://aiptrainingbucket/pytorch_model_test4AIP20191105_143006', '--epochs=10'],
        region: 'us-east1',
      },
    });
  }
}
