import { RunningEmulator, startEmulator } from '../../src/emulator/emulator-server';

const JOB = {
  displayName: 'train',
  jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: '1', containerSpec: { imageUri: 'us-docker.pkg.dev/p/r/trainer:1' } }] },
};

describe('the Vertex AI custom job API over HTTP', () => {
  let emulator: RunningEmulator;
  const base = (): string => `${emulator.url}/v1/projects/p/locations/us-central1/customJobs`;
  const call = async (method: string, url: string, body?: unknown): Promise<{ status: number; body: any }> => {
    const response = await fetch(url, { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    emulator = await startEmulator({ clock: 'manual' });
  });
  afterAll(() => emulator.close());

  test('create, get, list, cancel, delete', async () => {
    const created = await call('POST', base(), JOB);
    expect(created).toMatchObject({ status: 200, body: { state: 'JOB_STATE_QUEUED', displayName: 'train' } });
    const name = created.body.name as string;
    expect((await call('GET', `${emulator.url}/v1/${name}`)).body.name).toBe(name);
    expect((await call('GET', `${base()}?pageSize=10`)).body.customJobs.map((j: any) => j.name)).toEqual([name]);
    expect(await call('POST', `${emulator.url}/v1/${name}:cancel`, {})).toEqual({ status: 200, body: {} });
    emulator.advance(60_000);
    expect((await call('DELETE', `${emulator.url}/v1/${name}`)).body).toMatchObject({ done: true });
    expect(emulator.requests().map((r) => `${r.method} ${r.status}`)).toEqual(['POST 200', 'GET 200', 'GET 200', 'POST 200', 'DELETE 200']);
  });

  test('errors come as the API\'s JSON error body: 400, 404, and no patch method', async () => {
    expect(await call('POST', base(), { jobSpec: JOB.jobSpec })).toMatchObject({ status: 400, body: { error: { code: 400, status: 'INVALID_ARGUMENT' } } });
    expect(await call('GET', `${base()}/42`)).toMatchObject({ status: 404, body: { error: { code: 404, status: 'NOT_FOUND' } } });
    const name = (await call('POST', base(), JOB)).body.name;
    expect(await call('PATCH', `${emulator.url}/v1/${name}`, { labels: { a: 'b' } })).toMatchObject({ status: 404, body: { error: { status: 'NOT_FOUND' } } });
    expect(await call('DELETE', `${emulator.url}/v1/${name}`)).toMatchObject({ status: 400, body: { error: { status: 'FAILED_PRECONDITION' } } });
  });

  test('injected faults reach custom job calls too', async () => {
    emulator.injectFaults({ status: 503 });
    expect(await call('GET', `${base()}`)).toMatchObject({ status: 503, body: { error: { status: 'UNAVAILABLE' } } });
  });
});
