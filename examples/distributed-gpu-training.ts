// Distributed training on GPUs: a master and four workers with two V100 each, and two parameter servers.
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { Construct } from 'constructs';
import { Accelerator, Duration, MachineType, MlEngineTrainingJob, TrainingCode } from '../src';
import { ExampleStack } from './example-stack';

/** A TensorFlow package trained on a custom GPU cluster. */
export class DistributedGpuTrainingStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new MlEngineTrainingJob(this, 'census_distributed', {
      region: 'us-central1',
      labels: { team: 'ml-platform', 'cost-center': 'cc-1234' },
      code: TrainingCode.pythonPackage({
        packageUris: ['gs://my-ml-bucket/census/trainer-0.1.tar.gz'],
        pythonModule: 'trainer.task',
        runtimeVersion: '2.11',
        pythonVersion: '3.7',
        args: ['--train-files=gs://my-ml-bucket/census/adult.data.csv', '--num-epochs=20'],
      }),
      master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(2) },
      workers: { machineType: MachineType.N1_STANDARD_8, count: 4, accelerator: Accelerator.nvidiaTeslaV100(2) },
      parameterServers: { machineType: MachineType.N1_HIGHMEM_8, count: 2 },
      jobDir: 'gs://my-ml-bucket/census/output',
      scheduling: { maxRunningTime: Duration.hours(6), maxWaitTime: Duration.hours(1) },
    });
  }
}
