// A custom container job locked down: CMEK, a dedicated service account, VPC peering and scheduling limits, with the
// security pack checked at synth (a violation fails `cdktf synth` with the construct path, rule id, field and fix).
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { KmsCryptoKey } from '@cdktf/provider-google/lib/kms-crypto-key';
import { Aspects } from 'cdktf';
import { Construct } from 'constructs';
import { Accelerator, Duration, EncryptionKey, MachineType, MlEngineTrainingJob, MlJobChecks, TrainingCode } from '../src';
import { ExampleStack } from './example-stack';

/** A PyTorch container on a T4 with a customer-managed key. */
export class SecureContainerTrainingStack extends ExampleStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    Aspects.of(this).add(new MlJobChecks({ packs: ['security'] }));
    const key = new KmsCryptoKey(this, 'training_key', {
      name: 'training',
      keyRing: 'projects/my-ml-project/locations/us-central1/keyRings/ml',
    });
    new MlEngineTrainingJob(this, 'pytorch_secure', {
      region: 'us-central1',
      code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/pytorch-trainer:1.4', args: ['--epochs=10'] }),
      master: { machineType: MachineType.N1_HIGHMEM_8, accelerator: Accelerator.nvidiaTeslaT4(1), disk: { sizeGb: 200, type: 'pd-ssd' } },
      encryptionKey: EncryptionKey.fromCryptoKey(key),
      serviceAccount: 'trainer@my-ml-project.iam.gserviceaccount.com',
      network: 'projects/123456789012/global/networks/ml-vpc',
      scheduling: { maxRunningTime: Duration.hours(4), maxWaitTime: Duration.minutes(30), priority: 100 },
    });
  }
}
