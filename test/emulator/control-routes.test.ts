import { routeControlRequest } from '../../src/emulator/control-routes';
import { createClock } from '../../src/emulator/emulator-clock';
import { createFaultInjector } from '../../src/emulator/fault-injector';
import { createJobStore } from '../../src/emulator/job-store';
import { refusal } from './refusal';

const JOB = { jobId: 'j1', trainingInput: { scaleTier: 'BASIC', region: 'us-central1', masterConfig: { imageUri: 'gcr.io/p/t:1' } } };

function setup() {
  const clock = createClock();
  const store = createJobStore({ clock });
  const faults = createFaultInjector();
  let resets = 0;
  const control = { clock, store, faults, requests: () => [], reset: () => (resets += 1) };
  const call = (method: string, path: string, body?: unknown) =>
    routeControlRequest(control, { method, segments: path.split('/').filter(Boolean), query: new URLSearchParams(), body });
  return { clock, store, faults, call, resets: () => resets };
}

describe('routeControlRequest', () => {
  test('reads and advances the clock', () => {
    const { call } = setup();
    expect(call('GET', '/emulator/v1/clock')).toEqual({ status: 200, body: { now: '2024-01-01T00:00:00Z' } });
    expect(call('POST', '/emulator/v1/clock:advance', { ms: 500 }).body).toEqual({ now: '2024-01-01T00:00:00.500Z' });
    expect(call('POST', '/emulator/v1/clock:advance', { seconds: 1.5 }).body).toEqual({ now: '2024-01-01T00:00:02Z' });
    expect(refusal(() => call('POST', '/emulator/v1/clock:advance', { ms: 'soon' })).status).toBe('INVALID_ARGUMENT');
  });

  test('queues and clears faults', () => {
    const { call, faults } = setup();
    expect(call('POST', '/emulator/v1/faults', { status: 429, count: 3 }).body).toEqual({ pending: 3 });
    expect(faults.pending()).toBe(3);
    expect(call('DELETE', '/emulator/v1/faults').body).toEqual({ pending: 0 });
    expect(refusal(() => call('POST', '/emulator/v1/faults', { status: 302 })).status).toBe('INVALID_ARGUMENT');
  });

  test('fails a job, with a default message when none is given', () => {
    const { call, store } = setup();
    store.create('p', JOB);
    expect(call('POST', '/emulator/v1/projects/p/jobs/j1:fail').body).toMatchObject({ state: 'FAILED', errorMessage: expect.stringMatching(/injected by the emulator/) });
    expect(refusal(() => call('POST', '/emulator/v1/projects/p/jobs/nope:fail')).status).toBe('NOT_FOUND');
  });

  test('lists requests and resets', () => {
    const { call, resets } = setup();
    expect(call('GET', '/emulator/v1/requests').body).toEqual({ requests: [] });
    expect(call('POST', '/emulator/v1/reset').body).toEqual({});
    expect(resets()).toBe(1);
  });

  test('a body that is not an object, and unknown paths, are refused', () => {
    const { call } = setup();
    expect(refusal(() => call('POST', '/emulator/v1/faults', [1])).status).toBe('INVALID_ARGUMENT');
    expect(refusal(() => call('GET', '/emulator/v1/reset')).status).toBe('NOT_FOUND');
    expect(refusal(() => call('POST', '/emulator/v1/projects/p/jobs/j1:cancel')).status).toBe('NOT_FOUND');
  });
});
