import { CANCELLABLE_STATES, DEFAULT_DURATIONS, isActiveState, jobStatusAt } from '../../src/emulator/job-lifecycle';

const D = { queuedMs: 10, preparingMs: 20, runningMs: 30, cancellingMs: 5 };

describe('jobStatusAt', () => {
  test('QUEUED → PREPARING → RUNNING → SUCCEEDED at the phase boundaries', () => {
    const timeline = { createdAt: 100 };
    expect(jobStatusAt(timeline, D, 100)).toEqual({ state: 'QUEUED' });
    expect(jobStatusAt(timeline, D, 109)).toEqual({ state: 'QUEUED' });
    expect(jobStatusAt(timeline, D, 110)).toEqual({ state: 'PREPARING', startedAt: 110 });
    expect(jobStatusAt(timeline, D, 130)).toEqual({ state: 'RUNNING', startedAt: 110, runningSince: 130 });
    expect(jobStatusAt(timeline, D, 160)).toEqual({ state: 'SUCCEEDED', startedAt: 110, runningSince: 130, endedAt: 160 });
    expect(jobStatusAt(timeline, D, 10_000)).toEqual({ state: 'SUCCEEDED', startedAt: 110, runningSince: 130, endedAt: 160 });
  });

  test('a cancel while QUEUED: CANCELLING, then CANCELLED, never started', () => {
    const timeline = { createdAt: 0, cancelledAt: 5 };
    expect(jobStatusAt(timeline, D, 4)).toEqual({ state: 'QUEUED' });
    expect(jobStatusAt(timeline, D, 5)).toEqual({ state: 'CANCELLING' });
    expect(jobStatusAt(timeline, D, 10)).toEqual({ state: 'CANCELLED', endedAt: 10 });
    expect(jobStatusAt(timeline, D, 1_000)).toEqual({ state: 'CANCELLED', endedAt: 10 });
  });

  test('a cancel while RUNNING keeps the start and running times', () => {
    const timeline = { createdAt: 0, cancelledAt: 40 };
    expect(jobStatusAt(timeline, D, 42)).toEqual({ state: 'CANCELLING', startedAt: 10, runningSince: 30 });
    expect(jobStatusAt(timeline, D, 45)).toEqual({ state: 'CANCELLED', startedAt: 10, runningSince: 30, endedAt: 45 });
  });

  test('an injected failure ends the job at once with its message', () => {
    const timeline = { createdAt: 0, failed: { at: 15, message: 'boom' } };
    expect(jobStatusAt(timeline, D, 14)).toEqual({ state: 'PREPARING', startedAt: 10 });
    expect(jobStatusAt(timeline, D, 15)).toEqual({ state: 'FAILED', startedAt: 10, endedAt: 15, errorMessage: 'boom' });
  });

  test('a failure while CANCELLING wins over the cancel', () => {
    const timeline = { createdAt: 0, cancelledAt: 40, failed: { at: 42, message: 'lost' } };
    expect(jobStatusAt(timeline, D, 50)).toMatchObject({ state: 'FAILED', endedAt: 42, runningSince: 30 });
  });

  test('zero durations go straight through', () => {
    expect(jobStatusAt({ createdAt: 7 }, { queuedMs: 0, preparingMs: 0, runningMs: 0, cancellingMs: 0 }, 7).state).toBe('SUCCEEDED');
  });
});

describe('states', () => {
  test('only QUEUED, PREPARING and RUNNING can be cancelled', () => {
    expect(CANCELLABLE_STATES).toEqual(['QUEUED', 'PREPARING', 'RUNNING']);
  });

  test('active states are the ones a job leaves by itself', () => {
    expect(['QUEUED', 'PREPARING', 'RUNNING', 'CANCELLING'].every((state) => isActiveState(state as never))).toBe(true);
    expect(['SUCCEEDED', 'FAILED', 'CANCELLED'].some((state) => isActiveState(state as never))).toBe(false);
  });

  test('the default durations are the documented ones', () => {
    expect(DEFAULT_DURATIONS).toEqual({ queuedMs: 5_000, preparingMs: 60_000, runningMs: 300_000, cancellingMs: 10_000 });
  });
});
