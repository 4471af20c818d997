import { Job } from '../../src/model/job';
import { JobApi } from '../../src/provider/apply-job-change';
import { JobReader, LIST_PAGE_LIMIT, ListingJobApi } from '../../src/provider/job-reader';
import { JobPage, MlApiError } from '../../src/provider/ml-api-client';
import { RunningEmulator, startEmulator } from '../../src/emulator/emulator-server';
import { MlApiClient } from '../../src/provider/ml-api-client';

const OPTIONS = { deadline: Date.now() + 60_000 };

/** An API of `count` jobs in project p that records its calls. */
function fakeApi(count: number, listFails = false): ListingJobApi & { calls: string[] } {
  const jobs: Job[] = Array.from({ length: count }, (_, i) => ({ jobId: `j${i}`, state: 'SUCCEEDED' }) as Job);
  const calls: string[] = [];
  return {
    calls,
    async getJob(project, jobId) {
      calls.push(`get ${project}/${jobId}`);
      const job = jobs.find((j) => j.jobId === jobId);
      if (!job) throw new MlApiError(404, 'NOT_FOUND', 'no such job');
      return job;
    },
    async listJobs(project, pageToken): Promise<JobPage> {
      calls.push(`list ${project} ${pageToken ?? '-'}`);
      if (listFails) throw new MlApiError(403, 'PERMISSION_DENIED', 'ml.jobs.list denied');
      const start = Number(pageToken ?? 0);
      return { jobs: jobs.slice(start, start + 100), ...(start + 100 < jobs.length ? { nextPageToken: String(start + 100) } : {}) };
    },
    createJob: async () => { throw new Error('not used'); },
    patchLabels: async () => { throw new Error('not used'); },
    cancelJob: async () => { throw new Error('not used'); },
  };
}

describe('JobReader', () => {
  test('one job of a project costs one GET', async () => {
    // GIVEN
    const api = fakeApi(5);
    // WHEN
    const job = await new JobReader(api).getJob('p', 'j3', OPTIONS);
    // THEN
    expect(job.jobId).toBe('j3');
    expect(api.calls).toEqual(['get p/j3']);
  });

  test('200 concurrent reads of a project cost one GET and one listing of two pages', async () => {
    const api = fakeApi(250);
    const reader = new JobReader(api);
    const jobs = await Promise.all(Array.from({ length: 200 }, (_, i) => reader.getJob('p', `j${i}`, OPTIONS)));
    expect(jobs.map((j) => j.jobId)).toEqual(Array.from({ length: 200 }, (_, i) => `j${i}`));
    expect(api.calls).toEqual(['get p/j0', 'list p -', 'list p 100', 'list p 200']);
  });

  test('a job missing from the listing is read by GET, and its 404 reaches the caller', async () => {
    const api = fakeApi(3);
    const reader = new JobReader(api);
    await reader.getJob('p', 'j0', OPTIONS);
    await expect(reader.getJob('p', 'gone', OPTIONS)).rejects.toMatchObject({ status: 404 });
    expect(api.calls).toEqual(['get p/j0', 'list p -', 'get p/gone']);
  });

  test(`a project with more than ${LIST_PAGE_LIMIT} pages is listed only that far; the rest is read by GET`, async () => {
    const api = fakeApi(LIST_PAGE_LIMIT * 100 + 50);
    const reader = new JobReader(api);
    await reader.getJob('p', 'j0', OPTIONS);
    expect((await reader.getJob('p', `j${LIST_PAGE_LIMIT * 100 + 10}`, OPTIONS)).jobId).toBe(`j${LIST_PAGE_LIMIT * 100 + 10}`);
    expect(api.calls.filter((c) => c.startsWith('list')).length).toBe(LIST_PAGE_LIMIT);
    expect(api.calls[api.calls.length - 1]).toBe(`get p/j${LIST_PAGE_LIMIT * 100 + 10}`);
  });

  test('a listing that is refused falls back to GET, once, with a warning', async () => {
    const api = fakeApi(3, true);
    const log: string[] = [];
    const reader = new JobReader(api, (line) => log.push(line));
    for (const id of ['j0', 'j1', 'j2']) await reader.getJob('p', id, OPTIONS);
    expect(api.calls).toEqual(['get p/j0', 'list p -', 'get p/j1', 'get p/j2']);
    expect(log).toEqual([expect.stringMatching(/^\[WARN\] mljobs: listing the jobs of project p failed .*PERMISSION_DENIED|ml.jobs.list denied/)]);
  });

  test('a listing that failed for a passing reason (503) is tried again by the next read', async () => {
    const api = fakeApi(3);
    const listJobs = api.listJobs.bind(api);
    let failures = 1;
    api.listJobs = async (project, pageToken, options) => {
      if (failures-- > 0) {
        api.calls.push(`list ${project} ${pageToken ?? '-'} (503)`);
        throw new MlApiError(503, 'UNAVAILABLE', 'down');
      }
      return listJobs(project, pageToken, options);
    };
    const reader = new JobReader(api);
    for (const id of ['j0', 'j1', 'j2']) await reader.getJob('p', id, OPTIONS);
    expect(api.calls).toEqual(['get p/j0', 'list p - (503)', 'get p/j1', 'list p -']);
  });

  test('a job this process changed is read by GET, never from the listing', async () => {
    const api = fakeApi(3);
    const reader = new JobReader(api);
    await reader.getJob('p', 'j0', OPTIONS);
    await reader.getJob('p', 'j1', OPTIONS);
    reader.changedJob('p', 'j2');
    await reader.getJob('p', 'j2', OPTIONS);
    expect(api.calls).toEqual(['get p/j0', 'list p -', 'get p/j2']);
  });

  test('an API without listJobs (a plain JobApi) is read by GET', async () => {
    const { listJobs, ...plain } = fakeApi(3);
    void listJobs;
    const reader = new JobReader(plain as JobApi);
    await reader.getJob('p', 'j0', OPTIONS);
    await reader.getJob('p', 'j1', OPTIONS);
    expect(plain.calls).toEqual(['get p/j0', 'get p/j1']);
  });
});

describe('JobReader with MlApiClient against the emulator', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ clock: 'manual' });
  });
  afterAll(() => emulator.close());

  test('listed jobs are the jobs a GET returns', async () => {
    const client = new MlApiClient(emulator.endpoint, async () => undefined, 5000);
    const body = { trainingInput: { region: 'us-central1', scaleTier: 'BASIC', pythonModule: 'trainer.task', packageUris: ['gs://b/p.tar.gz'], runtimeVersion: '2.11', pythonVersion: '3.7' } };
    for (let i = 0; i < 120; i++) await client.createJob('p', { jobId: `j${i}`, labels: { i: String(i) }, ...body } as any, OPTIONS);
    const reader = new JobReader(client);
    const read = await Promise.all(Array.from({ length: 120 }, (_, i) => reader.getJob('p', `j${i}`, OPTIONS)));
    for (let i = 0; i < 120; i += 17) expect(read[i]).toEqual(await client.getJob('p', `j${i}`, OPTIONS));
    const listCalls = emulator.requests().filter((r) => r.method === 'GET' && /\/jobs\?/.test(r.url));
    expect(listCalls.map((r) => r.url)).toEqual(['/v1/projects/p/jobs?pageSize=100', expect.stringMatching(/^\/v1\/projects\/p\/jobs\?pageSize=100&pageToken=/)]);
  });
});
