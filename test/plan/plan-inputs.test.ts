import { ACTIVE_JOB_STATES, ENDED_JOB_STATES } from '../../src/plan/plan-inputs';

describe('job states', () => {
  // The State enum of the REST reference: STATE_UNSPECIFIED, QUEUED, PREPARING, RUNNING, SUCCEEDED, FAILED, CANCELLING, CANCELLED.
  test('active states still hold or wait for resources; ended states have nothing to cancel', () => {
    expect([...ACTIVE_JOB_STATES].sort()).toEqual(['PREPARING', 'QUEUED', 'RUNNING']);
    expect([...ENDED_JOB_STATES].sort()).toEqual(['CANCELLED', 'CANCELLING', 'FAILED', 'SUCCEEDED']);
  });

  test('STATE_UNSPECIFIED is neither: the plan treats it as unknown', () => {
    expect([...ACTIVE_JOB_STATES, ...ENDED_JOB_STATES]).not.toContain('STATE_UNSPECIFIED');
  });
});
