// A Vertex AI custom job: a distributed GPU job with a primary replica, two workers and a Reduction Server, its code
// a Python package on a prebuilt TensorFlow container, writing to a Cloud Storage output directory.
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { Construct } from 'constructs';
import { ComputeMachineType, Duration, PrebuiltTrainingImage, VertexAccelerator, VertexCustomJob, VertexTrainingCode } from '../src';
import { ExampleStack } from './example-stack';

/** Census training on Vertex AI: 1 + 2 replicas with 2 × T4 each, reduced by a Reduction Server. */
export class VertexCustomJobStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new VertexCustomJob(this, 'census_vertex', {
      displayName: 'census-distributed',
      location: 'us-central1',
      code: VertexTrainingCode.pythonPackage({
        executorImage: PrebuiltTrainingImage.tensorflowGpu('2.17'),
        packageUris: ['gs://my-ml-bucket/trainer-0.2.tar.gz'],
        pythonModule: 'trainer.task',
        args: ['--epochs=20'],
        env: { TF_CPP_MIN_LOG_LEVEL: '2' },
      }),
      primary: { machineType: ComputeMachineType.N1_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaT4(2) },
      workers: { machineType: ComputeMachineType.N1_STANDARD_8, accelerator: VertexAccelerator.nvidiaTeslaT4(2), replicaCount: 2 },
      reductionServer: { machineType: ComputeMachineType.N1_HIGHCPU_16, replicaCount: 2 },
      scheduling: { timeout: Duration.hours(6) },
      baseOutputDirectory: 'gs://my-ml-bucket/census/vertex/',
      serviceAccount: 'trainer@my-ml-project.iam.gserviceaccount.com',
      labels: { team: 'ml-platform', 'cost-center': 'cc-1234' },
    });
  }
}
