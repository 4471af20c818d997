// A TPU job: a CPU master and one cloud_tpu worker with eight TPU v3 cores, running a custom container.
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { Construct } from 'constructs';
import { Accelerator, MachineType, MlEngineTrainingJob, TrainingCode } from '../src';
import { ExampleStack } from './example-stack';

/** ResNet on a Cloud TPU v3 worker. */
export class TpuTrainingStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new MlEngineTrainingJob(this, 'resnet_tpu', {
      region: 'us-central1',
      code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/resnet-tpu:2.11', args: ['--train-steps=10000'] }),
      master: { machineType: MachineType.N1_STANDARD_8 },
      workers: { machineType: MachineType.CLOUD_TPU, count: 1, accelerator: Accelerator.tpuV3(8), tpuTfVersion: '2.11' },
    });
  }
}
