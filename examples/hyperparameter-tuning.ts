// Hyperparameter tuning: 20 trials, 4 at a time, over all four kinds of parameter.
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { Construct } from 'constructs';
import { Accelerator, Hyperparameter, MachineType, MlEngineTrainingJob, ScaleType, TrainingCode, TuningGoal } from '../src';
import { ExampleStack } from './example-stack';

/** Tunes learning rate, width, optimizer and batch size for accuracy. */
export class HyperparameterTuningStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new MlEngineTrainingJob(this, 'census_tuning', {
      region: 'us-central1',
      code: TrainingCode.pythonPackage({
        packageUris: ['gs://my-ml-bucket/census/trainer-0.1.tar.gz'],
        pythonModule: 'trainer.task',
        runtimeVersion: '2.11',
        pythonVersion: '3.7',
      }),
      master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaT4(1) },
      hyperparameterTuning: {
        goal: TuningGoal.MAXIMIZE,
        metricTag: 'accuracy',
        maxTrials: 20,
        maxParallelTrials: 4,
        enableEarlyStopping: true,
        params: [
          Hyperparameter.double('learning_rate', 1e-4, 1e-1, ScaleType.LOG),
          Hyperparameter.integer('hidden_units', 16, 512, ScaleType.LINEAR),
          Hyperparameter.categorical('optimizer', ['adam', 'sgd', 'rmsprop']),
          Hyperparameter.discrete('batch_size', [32, 64, 128, 256]),
        ],
      },
    });
  }
}
