// Every example stack, as `cdktf synth` builds them (examples/main.ts) and as the tests synthesize them.
import { App } from 'cdktf';
import { BatchPredictionStack } from './batch-prediction';
import { DistributedGpuTrainingStack } from './distributed-gpu-training';
import { HyperparameterTuningStack } from './hyperparameter-tuning';
import { MlJobContainerStack } from './ml-job-container';
import { MlJobTensorStack } from './ml-job-tensor';
import { MlJobTrainingStack } from './ml-job-training';
import { SecureContainerTrainingStack } from './secure-container-training';
import { SeedExamplesL2Stack } from './seed-examples-l2';
import { TpuTrainingStack } from './tpu-training';
import { VertexCustomJobStack } from './vertex-custom-job';
import { VertexMigrationStack } from './vertex-migration';

/** Adds one stack per example to `app`. */
export function addExampleStacks(app: App): void {
  new MlJobTrainingStack(app, 'ml-job-training');
  new MlJobTensorStack(app, 'ml-job-tensor');
  new MlJobContainerStack(app, 'ml-job-container');
  new DistributedGpuTrainingStack(app, 'distributed-gpu-training');
  new TpuTrainingStack(app, 'tpu-training');
  new HyperparameterTuningStack(app, 'hyperparameter-tuning');
  new BatchPredictionStack(app, 'batch-prediction');
  new SecureContainerTrainingStack(app, 'secure-container-training');
  new SeedExamplesL2Stack(app, 'seed-examples-l2');
  new VertexCustomJobStack(app, 'vertex-custom-job');
  new VertexMigrationStack(app, 'vertex-migration');
}
