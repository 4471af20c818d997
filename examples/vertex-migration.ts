// Migration from ML Engine to Vertex AI: the existing AI Platform training job (a legacy cluster with a K80 GPU type,
// which Vertex no longer offers) and its Vertex AI successor, made from it. The migrated job shows as synth warnings
// what has no Vertex equivalent (here maxWaitTime); remove the ML Engine job once the Vertex job works.
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { Construct } from 'constructs';
import { Duration, MachineType, MlEngineTrainingJob, ScaleTier, TrainingCode, VertexCustomJob } from '../src';
import { ExampleStack } from './example-stack';

/** An ML Engine job on STANDARD_1-era legacy machines, and the Vertex AI job migrated from it. */
export class VertexMigrationStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const mlEngine = new MlEngineTrainingJob(this, 'criteo_legacy', {
      region: 'us-central1',
      scaleTier: ScaleTier.CUSTOM,
      code: TrainingCode.pythonPackage({
        packageUris: ['gs://my-ml-bucket/criteo-trainer-1.0.tar.gz'],
        pythonModule: 'trainer.task',
        runtimeVersion: '2.8',
        pythonVersion: '3.7',
      }),
      master: { machineType: MachineType.STANDARD_GPU },
      workers: { machineType: MachineType.COMPLEX_MODEL_M_GPU, count: 2 },
      parameterServers: { machineType: MachineType.LARGE_MODEL, count: 1 },
      jobDir: 'gs://my-ml-bucket/criteo',
      scheduling: { maxRunningTime: Duration.hours(8), maxWaitTime: Duration.hours(2) },
      serviceAccount: 'trainer@my-ml-project.iam.gserviceaccount.com',
      labels: { team: 'ml-platform' },
    });
    VertexCustomJob.fromMlEngineTrainingJob(this, 'criteo_vertex', mlEngine, { displayName: 'criteo-migrated' });
  }
}
