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

describe('refresh reads: a bounded retry budget per endpoint (ReadBreaker)', () => {
  let emulator: RunningEmulator;
  const log: string[] = [];
  const clientWith = (probeIntervalMs: number): MlApiClient =>
    new MlApiClient(emulator.endpoint, async () => undefined, 5000, { baseDelayMs: 10, maxDelayMs: 50, probeIntervalMs }, (line) => log.push(line));
  const refresh = (ms: number): { deadline: number; refresh: true } => ({ deadline: Date.now() + ms, refresh: true });
  const clearFaults = (): Promise<Response> => fetch(`${emulator.url}/emulator/v1/faults`, { method: 'DELETE' });

  beforeAll(async () => {
    emulator = await startEmulator({ clock: 'manual' });
    for (const jobId of ['a', 'b', 'c', 'd', 'e']) emulator.store.create('p', { ...JOB, jobId } as any);
  });

  afterAll(() => emulator.close());

  afterEach(async () => {
    await clearFaults();
  });

  test('one 429 on a refresh read is retried and the read succeeds', async () => {
    const client = clientWith(60_000);
    emulator.injectFaults({ status: 429, method: 'GET' });
    const seen = emulator.requests().length;
    expect((await client.getJob('p', 'a', refresh(10_000))).jobId).toBe('a');
    expect(emulator.requests().slice(seen).map((r) => r.status)).toEqual([429, 200]);
  });

  test('once a refresh read has failed for its whole timeout, the others fail at once with its failure and send nothing', async () => {
    // GIVEN an endpoint that answers 503 to every read
    const client = clientWith(60_000);
    emulator.injectFaults({ status: 503, method: 'GET', count: 1000 });
    // WHEN one refresh read retries until its 300 ms timeout
    const first = await client.getJob('p', 'a', refresh(300)).catch((e) => e);
    expect(first).toMatchObject({ status: 503, code: 'UNAVAILABLE' });
    expect(first.message).toMatch(/^GET projects\/p\/jobs\/a: HTTP 503 UNAVAILABLE: .*\(gave up after \d+ attempts: the operation's timeout ends\)$/);
    expect(log.some((line) => /the other refresh reads from .* now fail at once/.test(line))).toBe(true);
    // THEN the next refresh reads (each with a 10 s timeout) fail at once, each naming its job and the API's error
    const sent = emulator.requests().length;
    const started = Date.now();
    const others = await Promise.all(['b', 'c', 'd', 'e'].map((jobId) => client.getJob('p', jobId, refresh(10_000)).catch((e) => e)));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(emulator.requests().length).toBe(sent);
    for (const [i, error] of others.entries()) {
      expect(error).toMatchObject({ status: 503, code: 'UNAVAILABLE' });
      expect(error.message).toMatch(new RegExp(`^GET projects/p/jobs/${'bcde'[i]}: not sent, the API at ${emulator.endpoint} is failing: GET projects/p/jobs/a: HTTP 503 UNAVAILABLE: .*\\(kept failing for [\\d.]+m?s, \\d+ attempts\\)`));
    }
    // AND the listing a refresh shares is a refresh read too; calls that are not refreshes (an apply's) still retry
    await expect(client.listJobs('p', undefined, refresh(10_000))).rejects.toThrow(/not sent/);
    await expect(client.getJob('p', 'b', { deadline: Date.now() + 100 })).rejects.toThrow(/HTTP 503 .*gave up after \d+ attempts?: the operation's timeout ends/);
    expect(emulator.requests().length).toBeGreaterThan(sent);
  });

  test('reads still retrying stop at their next attempt when another read of the endpoint gives up', async () => {
    const client = clientWith(60_000);
    emulator.injectFaults({ status: 500, method: 'GET', count: 1000 });
    const started = Date.now();
    const [short, long] = await Promise.all([
      client.getJob('p', 'a', refresh(300)).catch((e) => e),
      client.getJob('p', 'b', refresh(20_000)).catch((e) => e),
    ]);
    expect(short.message).toMatch(/gave up after \d+ attempts: the operation's timeout ends/);
    expect(long.message).toMatch(/^GET projects\/p\/jobs\/b: HTTP 500 INTERNAL: .*\(gave up after \d+ attempts?: the API at .* is failing: GET projects\/p\/jobs\/a: /);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('an open breaker lets one read probe the endpoint per interval: its failure keeps it open, an answer closes it', async () => {
    const client = clientWith(200);
    emulator.injectFaults({ status: 503, method: 'GET', count: 1000 });
    await expect(client.getJob('p', 'a', refresh(100))).rejects.toThrow(/the operation's timeout ends/);
    await expect(client.getJob('p', 'b', refresh(10_000))).rejects.toThrow(/not sent/);
    // GIVEN the interval has passed: one read sends one request, which fails: not retried, the breaker stays open
    await new Promise((resolve) => setTimeout(resolve, 250));
    const sent = emulator.requests().length;
    const [probe, meanwhile] = await Promise.all([client.getJob('p', 'b', refresh(10_000)).catch((e) => e), client.getJob('p', 'c', refresh(10_000)).catch((e) => e)]);
    expect(probe.message).toMatch(/^GET projects\/p\/jobs\/b: HTTP 503 UNAVAILABLE: .*\(one attempt, not retried: the API at .* is failing: /);
    expect(meanwhile.message).toMatch(/^GET projects\/p\/jobs\/c: not sent/);
    expect(emulator.requests().length).toBe(sent + 1);
    // WHEN the API is back, THEN the next probe succeeds and closes the breaker: reads retry as before
    await clearFaults();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await client.getJob('p', 'c', refresh(10_000))).jobId).toBe('c');
    emulator.injectFaults({ status: 429, method: 'GET' });
    expect((await client.getJob('p', 'd', refresh(10_000))).jobId).toBe('d');
  });

  test('an API that does not answer within request_timeout trips it too', async () => {
    const client = new MlApiClient(emulator.endpoint, async () => undefined, 50, { baseDelayMs: 10, maxDelayMs: 20, probeIntervalMs: 60_000 });
    emulator.injectFaults({ delayMs: 300, method: 'GET', count: 20 });
    await expect(client.getJob('p', 'a', refresh(200))).rejects.toMatchObject({ status: 0, code: 'DEADLINE_EXCEEDED' });
    const started = Date.now();
    const error = await client.getJob('p', 'b', refresh(10_000)).catch((e) => e);
    expect(Date.now() - started).toBeLessThan(50);
    expect(error).toMatchObject({ status: 0, code: 'DEADLINE_EXCEEDED' });
    expect(error.message).toMatch(/^GET projects\/p\/jobs\/b: not sent, .*no answer within 50 ms \(request_timeout\)/);
  });

  test('a 404 is an answer: it closes the breaker', async () => {
    const client = clientWith(0);
    emulator.injectFaults({ status: 503, method: 'GET', count: 1000 });
    await expect(client.getJob('p', 'a', refresh(100))).rejects.toThrow(/the operation's timeout ends/);
    await clearFaults();
    await expect(client.getJob('p', 'gone', refresh(10_000))).rejects.toMatchObject({ status: 404 });
    emulator.injectFaults({ status: 503, method: 'GET' });
    expect((await client.getJob('p', 'a', refresh(10_000))).jobId).toBe('a');
  });
});

describe('tokenSourceFor', () => {
  test('access_token wins; a loopback endpoint needs no credentials', async () => {
    expect(await tokenSourceFor({ accessToken: 't', endpoint: 'https://ml.googleapis.com/v1/', requestTimeoutMs: 1 })()).toBe('t');
    expect(await tokenSourceFor({ endpoint: 'http://127.0.0.1:8089/v1/', requestTimeoutMs: 1 })()).toBeUndefined();
  });
});
