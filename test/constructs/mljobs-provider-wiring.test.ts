import { Aspects, Testing, TerraformStack } from 'cdktf';
import {
  ComputeMachineType, MachineType, MlEngineJob, MlEngineTrainingJob, MljobsProvider, MljobsProviderWiring, TrainingCode, VertexAiCustomJob,
  VertexCustomJob, VertexTrainingCode,
} from '../../src';

function trainingJob(stack: TerraformStack, id: string): MlEngineTrainingJob {
  return new MlEngineTrainingJob(stack, id, {
    region: 'us-central1',
    code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:1' }),
    master: { machineType: MachineType.N1_STANDARD_8 },
  });
}

function synthesized(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

describe('MljobsProviderWiring', () => {
  test('L2 jobs deploy through the stack\'s MljobsProvider, declared in required_providers', () => {
    // GIVEN a stack with the provider created after the job
    const stack = new TerraformStack(Testing.app(), 'test');
    trainingJob(stack, 'train');
    new MljobsProvider(stack, 'mljobs', { project: 'my-ml-project', region: 'us-central1' });
    // WHEN
    const json = synthesized(stack);
    // THEN
    const [job] = Object.values(json.resource.google_ml_engine_job) as any[];
    expect(job.provider).toBe('mljobs');
    expect(json.terraform.required_providers.mljobs).toMatchObject({ source: 'terraform.local/cdktf-gcp-ml-jobs/mljobs' });
    expect(json.provider.mljobs).toEqual([{ project: 'my-ml-project', region: 'us-central1' }]);
  });

  test('a stack without an MljobsProvider is left as it was', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    trainingJob(stack, 'train');
    const [job] = Object.values(synthesized(stack).resource.google_ml_engine_job) as any[];
    expect(job).not.toHaveProperty('provider');
  });

  test('an aliased provider is not the default; a provider set on a job is kept', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const other = new MljobsProvider(stack, 'other', { alias: 'eu', project: 'eu-project' });
    trainingJob(stack, 'train');
    new MlEngineJob(stack, 'raw', { jobId: 'raw_1', provider: other, trainingInput: { region: 'europe-west1', scaleTier: 'BASIC' } });
    const jobs = synthesized(stack).resource.google_ml_engine_job;
    expect(jobs.raw.provider).toBe('mljobs.eu');
    const train = Object.entries(jobs).find(([name]) => name !== 'raw')![1] as any;
    expect(train).not.toHaveProperty('provider');
  });

  test('a stack with only the MljobsProvider passes cdktf\'s provider check (the app synthesizes with validations)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    new MljobsProvider(stack, 'mljobs', { project: 'p' });
    trainingJob(stack, 'train');
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('bare MlEngineJob resources are wired when the aspect is added to the stack', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new MljobsProvider(stack, 'mljobs', {});
    new MlEngineJob(stack, 'raw', { jobId: 'raw_1', trainingInput: { region: 'us-central1', scaleTier: 'BASIC' } });
    Aspects.of(stack).add(new MljobsProviderWiring());
    expect(synthesized(stack).resource.google_ml_engine_job.raw.provider).toBe('mljobs');
  });

  test('Vertex AI custom jobs, L2 and bare L1, deploy through the MljobsProvider too', () => {
    // GIVEN a stack with only the MljobsProvider, an L2 custom job and a bare L1 one
    const stack = new TerraformStack(Testing.app(), 'test');
    new MljobsProvider(stack, 'mljobs', { project: 'my-ml-project' });
    new VertexCustomJob(stack, 'train', {
      location: 'us-central1',
      code: VertexTrainingCode.container({ imageUri: 'us-central1-docker.pkg.dev/my-ml-project/trainers/census:1' }),
      primary: { machineType: ComputeMachineType.N1_STANDARD_8 },
    });
    new VertexAiCustomJob(stack, 'raw', {
      displayName: 'raw', location: 'us-central1',
      jobSpec: { workerPoolSpecs: [{ replicaCount: 1, machineSpec: { machineType: 'n1-standard-4' }, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] },
    });
    // WHEN synthesized with validations (cdktf checks each resource's provider is in the stack)
    const json = JSON.parse(Testing.synth(stack, true));
    // THEN
    const jobs = Object.values(json.resource.google_vertex_ai_custom_job) as any[];
    expect(jobs.map((job) => job.provider)).toEqual(['mljobs', 'mljobs']);
  });

  test('a provider added after a first synth is found by the next synth; every job of a stack gets it', () => {
    // GIVEN a stack synthesized once without a provider
    const stack = new TerraformStack(Testing.app(), 'test');
    trainingJob(stack, 'a');
    trainingJob(stack, 'b');
    expect(Object.values(synthesized(stack).resource.google_ml_engine_job).map((job: any) => job.provider)).toEqual([undefined, undefined]);
    // WHEN the provider is added and the stack synthesized again
    new MljobsProvider(stack, 'mljobs', { project: 'p' });
    const jobs = Object.values(synthesized(stack).resource.google_ml_engine_job) as any[];
    // THEN
    expect(jobs.map((job) => job.provider)).toEqual(['mljobs', 'mljobs']);
  });

  test('two stacks of one app each get their own provider', () => {
    const app = Testing.app();
    const stacks = ['one', 'two'].map((name) => {
      const stack = new TerraformStack(app, name);
      new MljobsProvider(stack, 'mljobs', { project: `${name}-project` });
      trainingJob(stack, 'train');
      return stack;
    });
    for (const stack of stacks) {
      const json = synthesized(stack);
      expect((Object.values(json.resource.google_ml_engine_job) as any[])[0].provider).toBe('mljobs');
      expect(json.provider.mljobs[0].project).toBe(`${stack.node.id}-project`);
    }
  });
});
