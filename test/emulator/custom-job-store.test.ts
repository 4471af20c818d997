import { createClock } from '../../src/emulator/emulator-clock';
import { createCustomJobStore } from '../../src/emulator/custom-job-store';

const JOB = {
  displayName: 'train',
  labels: { team: 'ml' },
  jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'us-docker.pkg.dev/p/r/trainer:1' } }], enableWebAccess: true },
};

function setup() {
  const clock = createClock({ mode: 'manual' });
  return { clock, store: createCustomJobStore({ clock }) };
}

describe('CustomJobStore', () => {
  test('create assigns the id in the name; the job goes QUEUED → PENDING → RUNNING → SUCCEEDED on the clock', () => {
    // GIVEN
    const { clock, store } = setup();
    // WHEN
    const created = store.create('p', 'us-central1', JOB);
    // THEN
    expect(created.name).toMatch(/^projects\/p\/locations\/us-central1\/customJobs\/\d{19}$/);
    expect(created).toMatchObject({ displayName: 'train', labels: { team: 'ml' }, state: 'JOB_STATE_QUEUED', createTime: '2024-01-01T00:00:00Z', updateTime: '2024-01-01T00:00:00Z' });
    expect(created.jobSpec.workerPoolSpecs[0].replicaCount).toBe('1');
    const id = created.name!.split('/').pop()!;
    clock.advance(5_000);
    expect(store.get('p', 'us-central1', id).state).toBe('JOB_STATE_PENDING');
    clock.advance(60_000);
    const running = store.get('p', 'us-central1', id);
    expect(running).toMatchObject({ state: 'JOB_STATE_RUNNING', startTime: '2024-01-01T00:01:05Z', updateTime: '2024-01-01T00:01:05Z' });
    expect(running.webAccessUris).toEqual({ 'workerpool0-0': expect.stringMatching(/^https:\/\//) });
    clock.advance(300_000);
    const done = store.get('p', 'us-central1', id);
    expect(done).toMatchObject({ state: 'JOB_STATE_SUCCEEDED', endTime: '2024-01-01T00:06:05Z' });
    expect(done.webAccessUris).toBeUndefined();
  });

  test('ids are never reused, also after a delete', () => {
    const { clock, store } = setup();
    const first = store.create('p', 'l', JOB).name!;
    clock.advance(3_600_000);
    store.delete('p', 'l', first.split('/').pop()!);
    expect(store.create('p', 'l', JOB).name).not.toBe(first);
  });

  test('cancel: CANCELLING, then CANCELLED with error code 1; a job that has ended cannot be cancelled', () => {
    const { clock, store } = setup();
    const id = store.create('p', 'l', JOB).name!.split('/').pop()!;
    expect(store.cancel('p', 'l', id)).toEqual({});
    expect(store.get('p', 'l', id).state).toBe('JOB_STATE_CANCELLING');
    clock.advance(10_000);
    expect(store.get('p', 'l', id)).toMatchObject({ state: 'JOB_STATE_CANCELLED', error: { code: 1 }, endTime: '2024-01-01T00:00:10Z' });
    expect(() => store.cancel('p', 'l', id)).toThrow(expect.objectContaining({ status: 'FAILED_PRECONDITION' }));
  });

  test('delete: refused while the job runs; an Operation once it has ended, and then the job is gone (404)', () => {
    const { clock, store } = setup();
    const id = store.create('p', 'l', JOB).name!.split('/').pop()!;
    expect(() => store.delete('p', 'l', id)).toThrow(expect.objectContaining({ status: 'FAILED_PRECONDITION', message: expect.stringMatching(/JOB_STATE_QUEUED; cancel it/) }));
    store.cancel('p', 'l', id);
    clock.advance(10_000);
    expect(store.delete('p', 'l', id)).toMatchObject({ name: 'projects/p/locations/l/operations/1', done: true });
    expect(() => store.get('p', 'l', id)).toThrow(expect.objectContaining({ status: 'NOT_FOUND', code: 404 }));
  });

  test('list: newest first, per project and location, paged, filtered', () => {
    const { store } = setup();
    for (let i = 0; i < 3; i++) store.create('p', 'l', { ...JOB, displayName: `job-${i}` });
    store.create('p', 'other', JOB);
    const first = store.list('p', 'l', { pageSize: 2 });
    expect(first.customJobs!.map((j) => j.displayName)).toEqual(['job-2', 'job-1']);
    expect(store.list('p', 'l', { pageSize: 2, pageToken: first.nextPageToken }).customJobs!.map((j) => j.displayName)).toEqual(['job-0']);
    expect(store.list('p', 'l', { filter: 'display_name="job-1"' }).customJobs!.map((j) => j.displayName)).toEqual(['job-1']);
    expect(store.list('nobody', 'l')).toEqual({});
  });

  test('fail: FAILED with the message, for fault injection', () => {
    const { store } = setup();
    const id = store.create('p', 'l', JOB).name!.split('/').pop()!;
    expect(store.fail('p', 'l', id, 'out of memory')).toMatchObject({ state: 'JOB_STATE_FAILED', error: { code: 13, message: 'out of memory' } });
  });
});
