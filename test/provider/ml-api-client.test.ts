import { RunningEmulator, startEmulator } from '../../src/emulator/emulator-server';
import { MlApiClient, MlApiError, tokenSourceFor } from '../../src/provider/ml-api-client';

const JOB = { jobId: 'j1', trainingInput: { region: 'us-central1', scaleTier: 'BASIC', pythonModule: 'trainer.task', packageUris: ['gs://b/p.tar.gz'], runtimeVersion: '2.11', pythonVersion: '3.7' } };

describe('MlApiClient against the emulator', () => {
  let emulator: RunningEmulator;
  let client: MlApiClient;
  const retries: string[] = [];
  const soon = (): { deadline: number } => ({ deadline: Date.now() + 10_000 });

  beforeAll(async () => {
    emulator = await startEmulator({ clock: 'manual' });
    client = new MlApiClient(emulator.endpoint, async () => 'token', 5000, { baseDelayMs: 10, maxDelayMs: 50 }, (line) => retries.push(line));
  });

  afterAll(() => emulator.close());

  test('create, get, patch the labels with the etag, cancel', async () => {
    const created = await client.createJob('p', JOB as any, soon());
    expect(created).toMatchObject({ jobId: 'j1', state: 'QUEUED' });
    const patched = await client.patchLabels('p', 'j1', { team: 'ml' }, created.etag, soon());
    expect(patched.labels).toEqual({ team: 'ml' });
    expect(patched.etag).not.toBe(created.etag);
    await client.cancelJob('p', 'j1', soon());
    expect((await client.getJob('p', 'j1', soon())).state).toBe('CANCELLING');
  });

  test('429 and 5xx are retried with backoff; other errors are not', async () => {
    emulator.injectFaults({ status: 429 });
    emulator.injectFaults({ status: 503 });
    expect((await client.getJob('p', 'j1', soon())).jobId).toBe('j1');
    expect(retries.filter((line) => line.startsWith('[WARN]')).length).toBe(2);
    emulator.injectFaults({ status: 400 });
    await expect(client.getJob('p', 'j1', soon())).rejects.toMatchObject({ status: 400, code: 'INVALID_ARGUMENT' });
    await expect(client.getJob('p', 'nope', soon())).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  test('a stale etag is the API error the apply turns into "the job changed since it was read"', async () => {
    await expect(client.patchLabels('p', 'j1', { team: 'x' }, 'stale', soon())).rejects.toBeInstanceOf(MlApiError);
  });

  test('retries stop at the deadline with the last error', async () => {
    emulator.injectFaults({ status: 500, count: 50 });
    const error = await client.getJob('p', 'j1', { deadline: Date.now() + 200 }).catch((e) => e);
    expect(error).toBeInstanceOf(MlApiError);
    expect(error.message).toMatch(/HTTP 500 .*gave up after \d+ attempts?/);
    emulator.reset();
  });

  test('a request that takes longer than request_timeout is a timeout error', async () => {
    const slow = new MlApiClient(emulator.endpoint, async () => undefined, 100, { baseDelayMs: 10 });
    emulator.injectFaults({ delayMs: 1000, count: 5 });
    const error = await slow.getJob('p', 'j1', { deadline: Date.now() + 150 }).catch((e) => e);
    expect(error).toMatchObject({ status: 0, code: 'DEADLINE_EXCEEDED' });
    emulator.reset();
  });
});

describe('tokenSourceFor', () => {
  test('access_token wins; a loopback endpoint needs no credentials', async () => {
    expect(await tokenSourceFor({ accessToken: 't', endpoint: 'https://ml.googleapis.com/v1/', requestTimeoutMs: 1 })()).toBe('t');
    expect(await tokenSourceFor({ endpoint: 'http://127.0.0.1:8089/v1/', requestTimeoutMs: 1 })()).toBeUndefined();
  });
});
