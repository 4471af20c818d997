import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { StorageBucket } from '@cdktf/provider-google/lib/storage-bucket';
import { App, Testing, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { BatchPredictionJob, DataFormat, MachineType, MlEngineJob, MlEngineTrainingJob, MlEngineTrainingJobProps, MlJobBase, PredictionModel, TrainingCode } from '../../src';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'test');
  new GoogleProvider(s, 'google', { project: 'my-project' });
  return s;
}

const props: MlEngineTrainingJobProps = {
  region: 'us-central1',
  code: TrainingCode.pythonPackage({ packageUris: ['gs://my-bucket/trainer-0.1.tar.gz'], pythonModule: 'trainer.task', runtimeVersion: '2.11', pythonVersion: '3.7' }),
  master: { machineType: MachineType.N1_STANDARD_8 },
};

/** The synthesized job ids of a stack, by construct id. */
function synthesizedIds(s: TerraformStack): Record<string, string> {
  const jobs = JSON.parse(Testing.synth(s, true)).resource.google_ml_engine_job as Record<string, { job_id: string }>;
  return Object.fromEntries(Object.entries(jobs).map(([name, job]) => [name.replace(/_[0-9A-F]{8}$/, ''), job.job_id]));
}

describe('MlJobBase job ids', () => {
  test('resolvedJobId is the derived id as a plain string, the one synthesized; jobId is the reference', () => {
    // GIVEN
    const s = stack();
    const job = new MlEngineTrainingJob(s, 'census', props);

    // WHEN
    const id = job.resolvedJobId;

    // THEN
    expect(id).toMatch(/^census_[0-9a-f]{8}$/);
    expect(Token.isUnresolved(id)).toBe(false);
    expect(Token.isUnresolved(job.jobId)).toBe(true);
    expect(Object.values(synthesizedIds(s))).toEqual([id]);
  });

  test('resolvedJobId follows the spec and jobIdPrefix, not the labels', () => {
    const s = stack();
    const a = new MlEngineTrainingJob(s, 'a', { ...props, jobIdPrefix: 'nightly' });
    const b = new MlEngineTrainingJob(s, 'b', { ...props, jobIdPrefix: 'nightly', labels: { team: 'ml' } });
    const c = new MlEngineTrainingJob(s, 'c', { ...props, jobIdPrefix: 'nightly', region: 'europe-west1' });
    expect(a.resolvedJobId).toMatch(/^nightly_[0-9a-f]{8}$/);
    expect(b.resolvedJobId).toBe(a.resolvedJobId);
    expect(c.resolvedJobId).not.toBe(a.resolvedJobId);
  });

  test('a spec with a reference gets a plain id too, hashed over the reference as synthesized', () => {
    const s = stack();
    const bucket = new StorageBucket(s, 'bucket', { name: 'my-bucket', location: 'US' });
    const job = new BatchPredictionJob(s, 'predict', {
      region: 'us-central1',
      model: PredictionModel.fromUri('gs://my-bucket/model/'),
      runtimeVersion: '2.11',
      dataFormat: DataFormat.JSON,
      inputPaths: [`gs://${bucket.name}/input/*`],
      outputPath: `gs://${bucket.name}/output/`,
    });
    expect(job.resolvedJobId).toMatch(/^predict_[0-9a-f]{8}$/);
    expect(Object.values(synthesizedIds(s))).toEqual([job.resolvedJobId]);
  });

  test('a spec without tokens synthesizes as it was when the job was made, with the id derived from it', () => {
    // GIVEN
    const s = stack();
    const args = ['--epochs=3'];
    const job = new MlEngineTrainingJob(s, 'census', { ...props, code: TrainingCode.pythonPackage({ ...props.code.pythonPackageOptions!, args }) });

    // WHEN an array of the props changes afterwards
    args.push('--epochs=4');

    // THEN the job, its id and the rules' findings all read the spec as it was made
    const synthesized = JSON.parse(Testing.synth(s, true)).resource.google_ml_engine_job;
    const [resource] = Object.values(synthesized) as Array<{ job_id: string; training_input: { args: string[] } }>;
    expect(resource.training_input.args).toEqual(['--epochs=3']);
    expect(resource.job_id).toBe(job.resolvedJobId);
    expect(job.resolvedJobId).toBe(new MlEngineTrainingJob(stack(), 'census', { ...props, code: TrainingCode.pythonPackage({ ...props.code.pythonPackageOptions!, args: ['--epochs=3'] }) }).resolvedJobId);
  });

  test('jobIdSalt gives a job whose referenced value changed a new id: same salt same id, no salt the id as before', () => {
    // GIVEN the same batch prediction job over a referenced bucket, without a salt and with two salts
    const s = stack();
    const bucket = new StorageBucket(s, 'bucket', { name: 'my-bucket', location: 'US' });
    const predict = (id: string, jobIdSalt?: string) => new BatchPredictionJob(s, id, {
      region: 'us-central1',
      jobIdPrefix: 'predict',
      model: PredictionModel.fromUri('gs://my-bucket/model/'),
      runtimeVersion: '2.11',
      dataFormat: DataFormat.JSON,
      inputPaths: [`gs://${bucket.name}/input/*`],
      outputPath: `gs://${bucket.name}/output/`,
      ...(jobIdSalt !== undefined ? { jobIdSalt } : {}),
    });
    const plain = predict('plain');
    const v1 = predict('v1', 'data-2026-11');
    const v1Again = predict('v1Again', 'data-2026-11');
    const v2 = predict('v2', 'data-2026-12');

    // THEN the salt is part of the id, and leaving it out keeps the unsalted id
    expect(new Set([plain.resolvedJobId, v1.resolvedJobId, v2.resolvedJobId]).size).toBe(3);
    expect(v1Again.resolvedJobId).toBe(v1.resolvedJobId);
    expect(plain.resolvedJobId).toBe(predict('plainAgain').resolvedJobId);
    expect(Object.values(synthesizedIds(s)).sort()).toEqual([plain.resolvedJobId, plain.resolvedJobId, v1.resolvedJobId, v1.resolvedJobId, v2.resolvedJobId].sort());
  });

  test('jobIdSalt on a training job too; with an explicit jobId it is refused', () => {
    const s = stack();
    expect(new MlEngineTrainingJob(s, 'a', { ...props, jobIdPrefix: 'census', jobIdSalt: '2' }).resolvedJobId)
      .not.toBe(new MlEngineTrainingJob(s, 'b', { ...props, jobIdPrefix: 'census' }).resolvedJobId);
    expect(() => new MlEngineTrainingJob(s, 'c', { ...props, jobId: 'census_v1', jobIdSalt: '2' })).toThrow(/jobIdSalt only changes a derived job id; with an explicit jobId, change jobId itself/);
  });

  test('an explicit jobId is returned as given; a token jobId has no plain value', () => {
    const s = stack();
    const explicit = new MlEngineTrainingJob(s, 'explicit', { ...props, jobId: 'census_2024_06' });
    const variable = new TerraformVariable(s, 'job_id', { type: 'string' });
    const fromVariable = new MlEngineTrainingJob(s, 'fromVariable', { ...props, jobId: variable.stringValue });
    expect(explicit.resolvedJobId).toBe('census_2024_06');
    expect(fromVariable.resolvedJobId).toBeUndefined();
  });

  test('a subclass of MlJobBase from outside the library gets its L1, rules and source line from the base constructor', () => {
    // GIVEN a subclass written as a jsii user would: it only calls the protected constructor
    class NightlyJob extends MlJobBase {
      constructor(scope: Construct, id: string) {
        super(scope, id, {}, { trainingInput: { scaleTier: 'BASIC', region: 'us-central1', packageUris: ['gs://my-bucket/t.tar.gz'], pythonModule: 'trainer.task', runtimeVersion: '2.11', pythonVersion: '3.7'} });
      }
    }
    const s = new TerraformStack(new App({ stackTraces: true }), 'test');
    new GoogleProvider(s, 'google', { project: 'my-project' });

    // WHEN
    const job = new NightlyJob(s, 'nightly');

    // THEN the base made the L1 with the derived id, and the rules report the line that made the job
    expect(job.resource).toBeInstanceOf(MlEngineJob);
    expect(job.resource.node.scope).toBe(job);
    expect(Object.values(synthesizedIds(s))).toEqual([job.resolvedJobId]);
    expect(job.node.metadata.map((entry) => entry.data)).toEqual([expect.stringMatching(/^test\/constructs\/ml-job-base\.test\.ts:\d+:\d+: MLJ-CODE-005 /)]);
  });
});

