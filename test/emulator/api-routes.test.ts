import { ApiError } from '../../src/emulator/api-error';
import { routeApiRequest } from '../../src/emulator/api-routes';
import { createClock } from '../../src/emulator/emulator-clock';
import { createJobStore } from '../../src/emulator/job-store';

const JOB = { jobId: 'j1', trainingInput: { scaleTier: 'BASIC', region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/t:1' } } };

function request(method: string, path: string, body?: unknown) {
  const url = new URL(path, 'http://x');
  return { method, segments: url.pathname.split('/').filter(Boolean).map(decodeURIComponent), query: url.searchParams, body };
}

describe('routeApiRequest', () => {
  test('routes the five methods of projects.jobs', () => {
    const store = createJobStore({ clock: createClock() });
    expect(routeApiRequest(store, request('POST', '/v1/projects/p/jobs', JOB))).toMatchObject({ status: 200, body: { jobId: 'j1', state: 'QUEUED' } });
    expect(routeApiRequest(store, request('GET', '/v1/projects/p/jobs/j1'))).toMatchObject({ status: 200, body: { jobId: 'j1' } });
    expect(routeApiRequest(store, request('GET', '/v1/projects/p/jobs?page_size=1&filter=state%3DQUEUED'))).toMatchObject({ status: 200, body: { jobs: [{ jobId: 'j1' }] } });
    expect(routeApiRequest(store, request('PATCH', '/v1/projects/p/jobs/j1?update_mask=labels', { labels: { a: 'b' } }))).toMatchObject({ status: 200, body: { labels: { a: 'b' } } });
    expect(routeApiRequest(store, request('POST', '/v1/projects/p/jobs/j1:cancel'))).toEqual({ status: 200, body: {} });
  });

  test.each([
    ['GET', '/'],
    ['GET', '/v1/projects/p'],
    ['PUT', '/v1/projects/p/jobs'],
    ['DELETE', '/v1/projects/p/jobs/j1'],
    ['GET', '/v1/projects/p/jobs/j1:cancel'],
    ['POST', '/v1/projects/p/jobs/j1:delete'],
    ['GET', '/v1/projects/p/jobs/j1/extra'],
    ['GET', '/v1beta1/projects/p/jobs'],
  ])('%s %s is NOT_FOUND', (method, path) => {
    const store = createJobStore({ clock: createClock() });
    let error: unknown;
    try {
      routeApiRequest(store, request(method, path));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe('NOT_FOUND');
    expect((error as ApiError).message).toContain(`${method} /`);
  });
});
