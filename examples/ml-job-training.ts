// Seed example "Ml Job Training" of the draft google_ml_engine_job doc page: a scikit-learn package on BASIC.
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { MlEngineJob, MljobsProvider } from '../src';

/** A scikit-learn training package run on the BASIC scale tier. */
export class MlJobTrainingStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // A relative state path keeps the synthesized JSON identical on every machine.
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });
    new GoogleProvider(this, 'google', { project: 'my-ml-project' });
    // The provider that deploys google_ml_engine_job (`mljob provider install`; README "Deploy").
    const mljobs = new MljobsProvider(this, 'mljobs', { project: 'my-ml-project' });
    new MlEngineJob(this, 'default', {
      provider: mljobs,
      jobId: 'ml_job_training',
      trainingInput: {
        jobDir: 'gs://cloud-samples-data/scikit_learn_job_dir',
        packageUris: [
          'gs://cloud-samples-data/scikit_learn_job_dir/packages/fd65c711be463b2d1e841325d389b6c557db097c2281d40423c8451579238523/census_training-0.0.0.tar.gz',
        ],
        pythonModule: 'census_training.train',
        pythonVersion: '2.7',
        region: 'us-central1',
        runtimeVersion: '1.14',
        scaleTier: 'BASIC',
      },
    });
  }
}
