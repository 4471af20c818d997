import { RunningEmulator, startEmulator } from '../../src/emulator/emulator-server';
import { defaultVertexEndpoint, VertexApiClient } from '../../src/provider/vertex-api-client';

const JOB = { displayName: 'census', jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] } };

describe('VertexApiClient against the emulator', () => {
  let emulator: RunningEmulator;
  let client: VertexApiClient;
  const soon = (): { deadline: number } => ({ deadline: Date.now() + 10_000 });

  beforeAll(async () => {
    emulator = await startEmulator({ clock: 'manual', durations: { cancellingMs: 0 } });
    client = new VertexApiClient(emulator.endpoint, async () => 'token', 5000, { baseDelayMs: 10, maxDelayMs: 50 });
  });
  afterAll(() => emulator.close());

  test('create (the server names the job), get, cancel, delete', async () => {
    const created = await client.createCustomJob('p', 'us-central1', JOB as any, soon());
    expect(created.name).toMatch(/^projects\/p\/locations\/us-central1\/customJobs\/\d+$/);
    expect((await client.getCustomJob(created.name!, soon())).state).toBe('JOB_STATE_QUEUED');
    await client.cancelCustomJob(created.name!, soon());
    expect((await client.getCustomJob(created.name!, soon())).state).toBe('JOB_STATE_CANCELLED');
    await client.deleteCustomJob(created.name!, soon());
    await expect(client.getCustomJob(created.name!, soon())).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  test('a create is retried after 429 but not after a 5xx, which may have created the job', async () => {
    emulator.injectFaults({ status: 429 });
    expect((await client.createCustomJob('p', 'us-central1', JOB as any, { ...soon(), idempotent: false })).name).toBeDefined();
    emulator.injectFaults({ status: 503 });
    await expect(client.createCustomJob('p', 'us-central1', JOB as any, { ...soon(), idempotent: false })).rejects.toMatchObject({ status: 503 });
    emulator.injectFaults({ status: 503 });
    expect((await client.getCustomJob(emulator.customJobs.list('p', 'us-central1').customJobs![0].name!, soon())).name).toBeDefined();
  });

  test('without a custom endpoint each location has its regional endpoint', () => {
    expect(defaultVertexEndpoint('europe-west4')).toBe('https://europe-west4-aiplatform.googleapis.com/v1/');
  });
});
