import { createClock } from '../../src/emulator/emulator-clock';
import { createJobStore } from '../../src/emulator/job-store';
import { refusal } from './refusal';

const JOB = { jobId: 'j1', trainingInput: { scaleTier: 'BASIC', region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/t:1' } } };

describe('createJobStore', () => {
  test('create, get, patch, cancel in-process, on the clock', () => {
    const clock = createClock();
    const store = createJobStore({ clock, durations: { queuedMs: 10 } });
    expect(store.durations).toEqual({ queuedMs: 10, preparingMs: 60_000, runningMs: 300_000, cancellingMs: 10_000 });
    const created = store.create('p', JOB);
    expect(created.state).toBe('QUEUED');
    clock.advance(10);
    expect(store.get('p', 'j1').state).toBe('PREPARING');
    const patched = store.patch('p', 'j1', { labels: { a: 'b' }, etag: created.etag }, 'labels,etag');
    expect(patched.labels).toEqual({ a: 'b' });
    expect(store.cancel('p', 'j1')).toEqual({});
    expect(store.get('p', 'j1').state).toBe('CANCELLING');
  });

  test('ids are per project and unique forever', () => {
    const store = createJobStore({ clock: createClock() });
    store.create('p', JOB);
    store.create('q', JOB);
    expect(refusal(() => store.create('p', JOB)).status).toBe('ALREADY_EXISTS');
    store.cancel('p', 'j1');
    expect(refusal(() => store.create('p', JOB)).status).toBe('ALREADY_EXISTS');
  });

  test('unknown jobs are NOT_FOUND; a stale etag is FAILED_PRECONDITION; finished jobs cannot be cancelled or failed', () => {
    const clock = createClock();
    const store = createJobStore({ clock });
    expect(refusal(() => store.get('p', 'nope')).status).toBe('NOT_FOUND');
    const created = store.create('p', JOB);
    store.patch('p', 'j1', { labels: {} }, 'labels');
    expect(refusal(() => store.patch('p', 'j1', { labels: {}, etag: created.etag }, 'labels,etag')).status).toBe('FAILED_PRECONDITION');
    clock.advance(3_600_000);
    expect(refusal(() => store.cancel('p', 'j1')).status).toBe('FAILED_PRECONDITION');
    expect(refusal(() => store.fail('p', 'j1', 'x')).status).toBe('FAILED_PRECONDITION');
  });

  test('a stale etag can answer ABORTED (409) instead', () => {
    const store = createJobStore({ clock: createClock(), staleEtag: 'ABORTED' });
    store.create('p', JOB);
    const error = refusal(() => store.patch('p', 'j1', { labels: {}, etag: 'AAAAAAAAAAA=' }, 'labels,etag'));
    expect([error.status, error.code]).toEqual(['ABORTED', 409]);
  });

  test('etags change on create, patch, cancel and fail, and repeat after reset', () => {
    const store = createJobStore({ clock: createClock() });
    const etags = [store.create('p', JOB).etag];
    etags.push(store.patch('p', 'j1', {}, 'labels').etag!);
    store.cancel('p', 'j1');
    etags.push(store.get('p', 'j1').etag!);
    etags.push(store.fail('p', 'j1', 'x').etag!);
    expect(new Set(etags).size).toBe(4);
    store.reset();
    expect(refusal(() => store.get('p', 'j1')).status).toBe('NOT_FOUND');
    expect(store.create('p', JOB).etag).toBe(etags[0]);
  });

  test('list pages newest first and filters', () => {
    const clock = createClock();
    const store = createJobStore({ clock });
    for (const id of ['a', 'b', 'c']) {
      store.create('p', { ...JOB, jobId: id, labels: { name: id } });
      clock.advance(1);
    }
    const first = store.list('p', { pageSize: 2 });
    expect(first.jobs?.map((job) => job.jobId)).toEqual(['c', 'b']);
    expect(store.list('p', { pageSize: '2', pageToken: first.nextPageToken })).toEqual({ jobs: [expect.objectContaining({ jobId: 'a' })] });
    expect(store.list('p', { filter: 'labels.name=b' }).jobs?.map((job) => job.jobId)).toEqual(['b']);
    expect(store.list('empty')).toEqual({});
    expect(refusal(() => store.list('p', { pageSize: 1.5 })).status).toBe('INVALID_ARGUMENT');
  });

  test('negative durations are refused', () => {
    expect(() => createJobStore({ clock: createClock(), durations: { runningMs: -1 } })).toThrow(/runningMs is -1/);
  });
});
