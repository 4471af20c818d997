import { RunningEmulator, startEmulator } from '../../src/emulator/emulator-server';

// GIVEN an emulator on a free port, driven over real HTTP with fetch.

const TRAINING = {
  jobId: 'train_1',
  labels: { team: 'vision' },
  trainingInput: { scaleTier: 'CUSTOM', masterType: 'n1-standard-8', workerType: 'n1-standard-8', workerCount: 2, region: 'us-central1', masterConfig: { imageUri: 'gcr.io/my-project/trainer:1' } },
};
const PREDICTION = {
  jobId: 'predict_1',
  predictionInput: { dataFormat: 'JSON', inputPaths: ['gs://bucket/in/*.json'], outputPath: 'gs://bucket/out', region: 'us-central1', modelName: 'projects/p/models/census' },
};

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

let emulator: RunningEmulator;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { Authorization: 'Bearer test-token', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: await response.json() };
}

const jobs = (project = 'my-project'): string => `/v1/projects/${project}/jobs`;

function expectError(answer: Answer, code: number, status: string, message?: RegExp): void {
  expect(answer.status).toBe(code);
  expect(answer.body.error).toMatchObject({ code, status });
  expect(typeof answer.body.error.message).toBe('string');
  if (message) expect(answer.body.error.message).toMatch(message);
}

beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterEach(async () => {
  await emulator.close();
});

describe('startEmulator', () => {
  test('listens on a free loopback port and gives the API endpoint', () => {
    expect(emulator.port).toBeGreaterThan(0);
    expect(emulator.url).toBe(`http://127.0.0.1:${emulator.port}`);
    expect(emulator.endpoint).toBe(`${emulator.url}/v1/`);
    expect(emulator.now()).toBe('2024-01-01T00:00:00Z');
  });
});

describe('projects.jobs.create and get', () => {
  test('a created job is QUEUED, with createTime, an etag and int64 fields as strings', async () => {
    const created = await call('POST', jobs(), TRAINING);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ jobId: 'train_1', labels: { team: 'vision' }, state: 'QUEUED', createTime: '2024-01-01T00:00:00Z' });
    expect(created.body.trainingInput.workerCount).toBe('2');
    expect(created.body.etag).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    expect(created.body.startTime).toBeUndefined();

    const got = await call('GET', `${jobs()}/train_1`);
    expect(got).toEqual({ status: 200, body: created.body });
  });

  test('output-only fields in the body are ignored', async () => {
    const created = await call('POST', jobs(), { ...TRAINING, state: 'SUCCEEDED', etag: 'abc=', createTime: '2000-01-01T00:00:00Z' });
    expect(created.body.state).toBe('QUEUED');
    expect(created.body.createTime).toBe('2024-01-01T00:00:00Z');
    expect(created.body.etag).not.toBe('abc=');
  });

  test('a job id is unique in its project forever: ALREADY_EXISTS, even after the job ended', async () => {
    await call('POST', jobs(), TRAINING);
    expectError(await call('POST', jobs(), TRAINING), 409, 'ALREADY_EXISTS', /train_1/);
    emulator.advance(3_600_000);
    expect((await call('GET', `${jobs()}/train_1`)).body.state).toBe('SUCCEEDED');
    expectError(await call('POST', jobs(), { ...TRAINING, labels: {} }), 409, 'ALREADY_EXISTS');
    // Another project has its own ids.
    expect((await call('POST', jobs('other-project'), TRAINING)).status).toBe(200);
  });

  test('a bad job id is INVALID_ARGUMENT naming jobId', async () => {
    for (const jobId of ['1starts_with_digit', 'has-dash', '', 'x'.repeat(129)]) {
      const answer = await call('POST', jobs(), { ...TRAINING, jobId });
      expectError(answer, 400, 'INVALID_ARGUMENT', /jobId/);
      expect(answer.body.error.details[0]['@type']).toBe('type.googleapis.com/google.rpc.BadRequest');
      expect(answer.body.error.details[0].fieldViolations[0].field).toBe('jobId');
    }
    const missing = await call('POST', jobs(), { trainingInput: TRAINING.trainingInput });
    expectError(missing, 400, 'INVALID_ARGUMENT', /jobId/);
  });

  test('the project\'s rules refuse what the service would: one field violation per error', async () => {
    const answer = await call('POST', jobs(), {
      jobId: 'bad_job',
      labels: { Team: 'x' },
      trainingInput: { ...TRAINING.trainingInput, masterConfig: { imageUri: 'gcr.io/p/t:1', acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 3 } } },
    });
    expectError(answer, 400, 'INVALID_ARGUMENT', /^Field: /);
    const fields = answer.body.error.details[0].fieldViolations.map((violation: { field: string }) => violation.field);
    expect(fields).toEqual(expect.arrayContaining(['labels.Team', 'trainingInput.masterConfig.acceleratorConfig.count']));
    expect(answer.body.error.details[0].fieldViolations[0].description).toMatch(/\(MLJ-[A-Z]+-\d{3}\)$/);
    expectError(await call('GET', `${jobs()}/bad_job`), 404, 'NOT_FOUND');
  });

  test('a body that is not a job, or no job input, is INVALID_ARGUMENT', async () => {
    expectError(await call('POST', jobs(), [TRAINING]), 400, 'INVALID_ARGUMENT', /Expected a Job object, found a list/);
    expectError(await call('POST', jobs()), 400, 'INVALID_ARGUMENT', /found nothing|found undefined|Expected a Job/);
    expectError(await call('POST', jobs(), { jobId: 'no_input' }), 400, 'INVALID_ARGUMENT', /trainingInput/);
    expectError(await call('POST', jobs(), { ...TRAINING, trainingInput: { ...TRAINING.trainingInput, max_parallel_trials: 2 } }), 400, 'INVALID_ARGUMENT', /max_parallel_trials/);
  });

  test('malformed JSON is INVALID_ARGUMENT, as the service words it', async () => {
    expectError(await call('POST', jobs(), '{"jobId": '), 400, 'INVALID_ARGUMENT', /^Invalid JSON payload received\./);
  });

  test('an unknown job is NOT_FOUND for get, patch and cancel', async () => {
    expectError(await call('GET', `${jobs()}/nope`), 404, 'NOT_FOUND', /projects\/my-project\/jobs\/nope/);
    expectError(await call('PATCH', `${jobs()}/nope?updateMask=labels`, { labels: {} }), 404, 'NOT_FOUND');
    expectError(await call('POST', `${jobs()}/nope:cancel`), 404, 'NOT_FOUND');
  });

  test('an unknown URL or method is NOT_FOUND with the JSON error body', async () => {
    expectError(await call('DELETE', `${jobs()}/train_1`), 404, 'NOT_FOUND');
    expectError(await call('GET', '/v2/projects/p/jobs'), 404, 'NOT_FOUND');
    expectError(await call('GET', '/v1/projects/p/models'), 404, 'NOT_FOUND');
    expectError(await call('GET', `${jobs()}/train_1:cancel`), 404, 'NOT_FOUND');
  });
});

describe('the state machine on the driven clock', () => {
  test('QUEUED → PREPARING → RUNNING → SUCCEEDED, with startTime, endTime and trainingOutput', async () => {
    await call('POST', jobs(), TRAINING);
    const state = async (): Promise<any> => (await call('GET', `${jobs()}/train_1`)).body; // eslint-disable-line @typescript-eslint/no-explicit-any
    emulator.advance(4_999);
    expect((await state()).state).toBe('QUEUED');
    emulator.advance(1);
    expect(await state()).toMatchObject({ state: 'PREPARING', startTime: '2024-01-01T00:00:05Z' });
    emulator.advance(60_000);
    const running = await state();
    expect(running.state).toBe('RUNNING');
    expect(running.trainingOutput).toEqual({ consumedMLUnits: 0 });
    emulator.advance(300_000);
    const done = await state();
    expect(done).toMatchObject({ state: 'SUCCEEDED', startTime: '2024-01-01T00:00:05Z', endTime: '2024-01-01T00:06:05Z' });
    // 2 workers + master of n1-standard-8 for 5 minutes: positive, rounded to cents.
    expect(done.trainingOutput.consumedMLUnits).toBeGreaterThan(0);
    expect(Number.isInteger(done.trainingOutput.consumedMLUnits * 100)).toBe(true);
    // Time going on changes nothing once it ended.
    emulator.advance(86_400_000);
    expect(await state()).toEqual(done);
  });

  test('a batch prediction job reports its predictionOutput', async () => {
    await call('POST', jobs(), PREDICTION);
    emulator.advance(3_600_000);
    const done = (await call('GET', `${jobs()}/predict_1`)).body;
    expect(done.state).toBe('SUCCEEDED');
    expect(done.predictionOutput).toEqual({ outputPath: 'gs://bucket/out', nodeHours: 0.83 });
  });

  test('the clock control endpoint advances time over HTTP', async () => {
    await call('POST', jobs(), TRAINING);
    expect(await call('GET', '/emulator/v1/clock')).toEqual({ status: 200, body: { now: '2024-01-01T00:00:00Z' } });
    expect(await call('POST', '/emulator/v1/clock:advance', { seconds: 65 })).toEqual({ status: 200, body: { now: '2024-01-01T00:01:05Z' } });
    expect((await call('GET', `${jobs()}/train_1`)).body.state).toBe('RUNNING');
    expect((await call('POST', '/emulator/v1/clock:advance', { ms: 1000 })).body.now).toBe('2024-01-01T00:01:06Z');
    expectError(await call('POST', '/emulator/v1/clock:advance', { ms: -1 }), 400, 'INVALID_ARGUMENT', /advance/);
    expectError(await call('POST', '/emulator/v1/clock:advance', {}), 400, 'INVALID_ARGUMENT');
  });

  test('an injected failure ends the job FAILED with its message', async () => {
    await call('POST', jobs(), TRAINING);
    emulator.advance(70_000);
    const failed = await call('POST', '/emulator/v1/projects/my-project/jobs/train_1:fail', { errorMessage: 'The replica worker 1 ran out of memory.' });
    expect(failed.body).toMatchObject({ state: 'FAILED', errorMessage: 'The replica worker 1 ran out of memory.', endTime: '2024-01-01T00:01:10Z' });
    expectError(await call('POST', '/emulator/v1/projects/my-project/jobs/train_1:fail', {}), 400, 'FAILED_PRECONDITION', /FAILED already/);
  });
});

describe('projects.jobs.cancel', () => {
  test.each([
    ['QUEUED', 0],
    ['PREPARING', 5_000],
    ['RUNNING', 65_000],
  ])('a %s job goes CANCELLING, then CANCELLED', async (from, after) => {
    const created = await call('POST', jobs(), TRAINING);
    emulator.advance(after);
    expect((await call('GET', `${jobs()}/train_1`)).body.state).toBe(from);
    expect(await call('POST', `${jobs()}/train_1:cancel`)).toEqual({ status: 200, body: {} });
    const cancelling = (await call('GET', `${jobs()}/train_1`)).body;
    expect(cancelling.state).toBe('CANCELLING');
    expect(cancelling.etag).not.toBe(created.body.etag);
    emulator.advance(10_000);
    const cancelled = (await call('GET', `${jobs()}/train_1`)).body;
    expect(cancelled.state).toBe('CANCELLED');
    expect(cancelled.endTime).toBe(new Date(Date.parse('2024-01-01T00:00:10Z') + after).toISOString().replace('.000Z', 'Z'));
    // It never succeeds afterwards.
    emulator.advance(3_600_000);
    expect((await call('GET', `${jobs()}/train_1`)).body.state).toBe('CANCELLED');
  });

  test.each([
    ['CANCELLING', 1_000],
    ['CANCELLED', 20_000],
  ])('cancelling a %s job is FAILED_PRECONDITION', async (state, after) => {
    await call('POST', jobs(), TRAINING);
    await call('POST', `${jobs()}/train_1:cancel`);
    emulator.advance(after);
    expectError(await call('POST', `${jobs()}/train_1:cancel`), 400, 'FAILED_PRECONDITION', new RegExp(`it is ${state}`));
  });

  test('cancelling a SUCCEEDED job is FAILED_PRECONDITION', async () => {
    await call('POST', jobs(), TRAINING);
    emulator.advance(3_600_000);
    expectError(await call('POST', `${jobs()}/train_1:cancel`), 400, 'FAILED_PRECONDITION', /SUCCEEDED/);
  });

  test('a percent-encoded colon reaches cancel too', async () => {
    await call('POST', jobs(), TRAINING);
    expect((await call('POST', `${jobs()}/train_1%3Acancel`)).status).toBe(200);
  });
});

describe('projects.jobs.patch', () => {
  test('updateMask=labels,etag with the current etag replaces the labels and gives a new etag', async () => {
    const created = (await call('POST', jobs(), TRAINING)).body;
    const patched = await call('PATCH', `${jobs()}/train_1?updateMask=labels,etag`, { labels: { team: 'nlp', tier: 'gold' }, etag: created.etag });
    expect(patched.status).toBe(200);
    expect(patched.body.labels).toEqual({ team: 'nlp', tier: 'gold' });
    expect(patched.body.etag).not.toBe(created.etag);
    expect((await call('GET', `${jobs()}/train_1`)).body).toEqual(patched.body);
  });

  test('a stale etag is FAILED_PRECONDITION and changes nothing', async () => {
    const created = (await call('POST', jobs(), TRAINING)).body;
    await call('PATCH', `${jobs()}/train_1?updateMask=labels`, { labels: { team: 'a' } });
    const stale = await call('PATCH', `${jobs()}/train_1?updateMask=labels,etag`, { labels: { team: 'b' }, etag: created.etag });
    expectError(stale, 400, 'FAILED_PRECONDITION', /etag/);
    expect((await call('GET', `${jobs()}/train_1`)).body.labels).toEqual({ team: 'a' });
  });

  test('only the masked labels change: other fields of the body are ignored; no labels clears them', async () => {
    await call('POST', jobs(), TRAINING);
    const patched = await call('PATCH', `${jobs()}/train_1?updateMask=labels`, { ...TRAINING, jobId: 'other', trainingInput: { region: 'europe-west4' } });
    expect(patched.body.jobId).toBe('train_1');
    expect(patched.body.trainingInput.region).toBe('us-central1');
    const cleared = await call('PATCH', `${jobs()}/train_1?updateMask=labels`, {});
    expect(cleared.body.labels).toBeUndefined();
  });

  test('labels can change after the job ended', async () => {
    await call('POST', jobs(), TRAINING);
    emulator.advance(3_600_000);
    expect((await call('PATCH', `${jobs()}/train_1?updateMask=labels`, { labels: { done: 'yes' } })).body).toMatchObject({ state: 'SUCCEEDED', labels: { done: 'yes' } });
  });

  test('a missing or other update mask, bad labels or a non-object body are INVALID_ARGUMENT', async () => {
    await call('POST', jobs(), TRAINING);
    expectError(await call('PATCH', `${jobs()}/train_1`, { labels: {} }), 400, 'INVALID_ARGUMENT', /updateMask is required/);
    expectError(await call('PATCH', `${jobs()}/train_1?updateMask=trainingInput`, { labels: {} }), 400, 'INVALID_ARGUMENT', /only labels/);
    expectError(await call('PATCH', `${jobs()}/train_1?updateMask=labels`, { labels: { Bad: 'x' } }), 400, 'INVALID_ARGUMENT', /Label key "Bad"/);
    expectError(await call('PATCH', `${jobs()}/train_1?updateMask=labels`, { labels: { a: 1 } }), 400, 'INVALID_ARGUMENT', /map of strings/);
    expectError(await call('PATCH', `${jobs()}/train_1?updateMask=labels`, '"labels"'), 400, 'INVALID_ARGUMENT');
  });
});

describe('projects.jobs.list', () => {
  const create = async (count: number): Promise<void> => {
    for (let i = 1; i <= count; i++) {
      await call('POST', jobs(), { ...TRAINING, jobId: `job_${String(i).padStart(2, '0')}`, labels: { parity: i % 2 === 0 ? 'even' : 'odd' } });
      emulator.advance(1_000);
    }
  };

  test('no jobs is {}', async () => {
    expect(await call('GET', jobs())).toEqual({ status: 200, body: {} });
  });

  test('pages of 20 by default, newest first, with nextPageToken until the last page', async () => {
    await create(25);
    const first = await call('GET', jobs());
    expect(first.body.jobs).toHaveLength(20);
    expect(first.body.jobs[0].jobId).toBe('job_25');
    const second = await call('GET', `${jobs()}?pageToken=${encodeURIComponent(first.body.nextPageToken)}`);
    expect(second.body.jobs.map((job: { jobId: string }) => job.jobId)).toEqual(['job_05', 'job_04', 'job_03', 'job_02', 'job_01']);
    expect(second.body.nextPageToken).toBeUndefined();
  });

  test('pageSize pages through every job exactly once, even when jobs are created between pages', async () => {
    await create(7);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await call('GET', `${jobs()}?pageSize=3${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`);
      expect(page.body.jobs.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.jobs.map((job: { jobId: string }) => job.jobId));
      token = page.body.nextPageToken;
      if (seen.length === 3) await call('POST', jobs(), { ...TRAINING, jobId: 'late_job' });
    } while (token);
    expect(seen).toEqual(['job_07', 'job_06', 'job_05', 'job_04', 'job_03', 'job_02', 'job_01']);
  });

  test('pageSize over 100 is read as 100; a bad pageSize or pageToken is INVALID_ARGUMENT', async () => {
    await create(1);
    expect((await call('GET', `${jobs()}?pageSize=500`)).body.jobs).toHaveLength(1);
    expectError(await call('GET', `${jobs()}?pageSize=-1`), 400, 'INVALID_ARGUMENT', /pageSize/);
    expectError(await call('GET', `${jobs()}?pageSize=ten`), 400, 'INVALID_ARGUMENT', /pageSize/);
    expectError(await call('GET', `${jobs()}?pageToken=garbage`), 400, 'INVALID_ARGUMENT', /pageToken/);
  });

  test('filter on state, labels and job id prefix', async () => {
    await create(4);
    // Created at 0, 1, 2 and 3 s; the clock is at 4 s. At 65 s job_01 runs and the others are PREPARING.
    emulator.advance(61_000);
    const ids = async (filter: string): Promise<string[]> => ((await call('GET', `${jobs()}?filter=${encodeURIComponent(filter)}`)).body.jobs ?? []).map((job: { jobId: string }) => job.jobId);
    expect(await ids('state=RUNNING')).toEqual(['job_01']);
    expect(await ids('state:PREPARING')).toEqual(['job_04', 'job_03', 'job_02']);
    expect(await ids('labels.parity=even')).toEqual(['job_04', 'job_02']);
    expect(await ids('labels.parity="odd" AND state!=RUNNING')).toEqual(['job_03']);
    expect(await ids('jobId:job_0* AND NOT labels.parity=odd')).toEqual(['job_04', 'job_02']);
    expect(await ids('labels:parity')).toHaveLength(4);
    expect(await ids('createTime>="2024-01-01T00:00:02Z"')).toEqual(['job_04', 'job_03']);
    expect(await ids('state=SUCCEEDED')).toEqual([]);
    expectError(await call('GET', `${jobs()}?filter=${encodeURIComponent('state=RUNNING OR state=QUEUED')}`), 400, 'INVALID_ARGUMENT', /OR is not supported/);
    expectError(await call('GET', `${jobs()}?filter=${encodeURIComponent('state=')}`), 400, 'INVALID_ARGUMENT', /Invalid filter/);
  });

  test('each project lists only its own jobs', async () => {
    await create(2);
    expect(await call('GET', jobs('other-project'))).toEqual({ status: 200, body: {} });
  });
});

describe('fault injection', () => {
  test('the next N API requests answer 429 or 500, then the service is back; control requests are not faulted', async () => {
    expect(await call('POST', '/emulator/v1/faults', { status: 429, count: 2 })).toEqual({ status: 200, body: { pending: 2 } });
    expect((await call('GET', '/emulator/v1/clock')).status).toBe(200);
    expectError(await call('POST', jobs(), TRAINING), 429, 'RESOURCE_EXHAUSTED');
    expectError(await call('GET', jobs()), 429, 'RESOURCE_EXHAUSTED');
    expect((await call('POST', jobs(), TRAINING)).status).toBe(200);
    emulator.injectFaults({ status: 500 });
    expectError(await call('GET', `${jobs()}/train_1`), 500, 'INTERNAL');
    expect((await call('GET', `${jobs()}/train_1`)).status).toBe(200);
    emulator.injectFaults({ status: 503, message: 'try later' });
    expectError(await call('GET', `${jobs()}/train_1`), 503, 'UNAVAILABLE', /^try later$/);
  });

  test('a faulted create stores nothing', async () => {
    emulator.injectFaults({ status: 500 });
    expectError(await call('POST', jobs(), TRAINING), 500, 'INTERNAL');
    expectError(await call('GET', `${jobs()}/train_1`), 404, 'NOT_FOUND');
  });

  test('a delay holds the answer for real time', async () => {
    emulator.injectFaults({ delayMs: 300 });
    const started = Date.now();
    expect((await call('GET', jobs())).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  test('bad fault specs and pending faults can be cleared', async () => {
    expectError(await call('POST', '/emulator/v1/faults', { status: 200 }), 400, 'INVALID_ARGUMENT', /status/);
    expectError(await call('POST', '/emulator/v1/faults', { count: 1 }), 400, 'INVALID_ARGUMENT', /needs a status/);
    await call('POST', '/emulator/v1/faults', { status: 500, count: 5 });
    expect(await call('DELETE', '/emulator/v1/faults')).toEqual({ status: 200, body: { pending: 0 } });
    expect((await call('GET', jobs())).status).toBe(200);
  });
});

describe('auth', () => {
  test('any bearer token and no Authorization at all are accepted; a non-bearer header is UNAUTHENTICATED', async () => {
    expect((await call('GET', jobs(), undefined, { Authorization: 'Bearer ya29.anything' })).status).toBe(200);
    const none = await fetch(`${emulator.url}${jobs()}`);
    expect(none.status).toBe(200);
    expectError(await call('GET', jobs(), undefined, { Authorization: 'Basic dXNlcjpwdw==' }), 401, 'UNAUTHENTICATED');
  });

  test('strict mode requires a bearer token on the API, not on the control endpoints', async () => {
    const strict = await startEmulator({ requireAuth: true });
    try {
      const without = await fetch(`${strict.endpoint}projects/p/jobs`);
      expect(without.status).toBe(401);
      expect(await without.json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
      const withToken = await fetch(`${strict.endpoint}projects/p/jobs`, { headers: { Authorization: 'Bearer t' } });
      expect(withToken.status).toBe(200);
      expect((await fetch(`${strict.url}/emulator/v1/clock`)).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('the request log and reset', () => {
  test('records API requests (never the token) and reset forgets jobs, faults and requests', async () => {
    const first = (await call('POST', jobs(), TRAINING)).body;
    await call('GET', `${jobs()}/nope`);
    const log = (await call('GET', '/emulator/v1/requests')).body.requests;
    expect(log).toEqual([
      { method: 'POST', url: '/v1/projects/my-project/jobs', authorized: true, body: TRAINING, status: 200, time: '2024-01-01T00:00:00Z' },
      { method: 'GET', url: '/v1/projects/my-project/jobs/nope', authorized: true, status: 404, time: '2024-01-01T00:00:00Z' },
    ]);
    expect(JSON.stringify(log)).not.toContain('test-token');
    emulator.injectFaults({ status: 500 });
    expect(await call('POST', '/emulator/v1/reset')).toEqual({ status: 200, body: {} });
    expect(emulator.requests()).toEqual([]);
    expect(await call('GET', jobs())).toEqual({ status: 200, body: {} });
    // The counters start again after a reset, so the same calls give the same etags.
    expect((await call('POST', jobs(), TRAINING)).body.etag).toBe(first.etag);
  });

  test('unknown control paths are NOT_FOUND', async () => {
    expectError(await call('POST', '/emulator/v1/nothing'), 404, 'NOT_FOUND');
  });
});

describe('hostile input', () => {
  test('a path with broken percent-encoding is NOT_FOUND, not a crash', async () => {
    expectError(await call('GET', '/v1/projects/%E0%A4%A/jobs'), 404, 'NOT_FOUND');
  });

  test('a body over 10 MiB is INVALID_ARGUMENT', async () => {
    const huge = JSON.stringify({ ...TRAINING, trainingInput: { ...TRAINING.trainingInput, args: ['x'.repeat(11 * 1024 * 1024)] } });
    expectError(await call('POST', jobs(), huge), 400, 'INVALID_ARGUMENT', /exceeds the limit/);
  });

  test('object-prototype names are plain names: projects, job ids and filter fields', async () => {
    expect((await call('POST', jobs('__proto__'), TRAINING)).status).toBe(200);
    expect((await call('GET', `${jobs('__proto__')}/train_1`)).body.jobId).toBe('train_1');
    expectError(await call('GET', `${jobs()}/constructor`), 404, 'NOT_FOUND');
    expectError(await call('POST', jobs(), { ...TRAINING, jobId: '__proto__' }), 400, 'INVALID_ARGUMENT', /jobId/);
    expect((await call('GET', `${jobs('__proto__')}?filter=${encodeURIComponent('constructor.name=Object')}`)).body).toEqual({});
    expect((await call('GET', `${jobs('__proto__')}?filter=${encodeURIComponent('labels:__proto__')}`)).body).toEqual({});
  });
});

describe('determinism', () => {
  test('two emulators driven the same way answer byte for byte the same', async () => {
    const run = async (target: RunningEmulator): Promise<string[]> => {
      const out: string[] = [];
      const send = async (method: string, path: string, body?: unknown): Promise<void> => {
        const response = await fetch(`${target.url}${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
        out.push(await response.text());
      };
      await send('POST', jobs(), TRAINING);
      await send('POST', jobs(), PREDICTION);
      target.advance(70_000);
      await send('PATCH', `${jobs()}/train_1?updateMask=labels`, { labels: { x: 'y' } });
      await send('POST', `${jobs()}/predict_1:cancel`);
      target.advance(3_600_000);
      await send('GET', jobs());
      return out;
    };
    const other = await startEmulator();
    try {
      expect(await run(emulator)).toEqual(await run(other));
    } finally {
      await other.close();
    }
  });
});
