import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { durationSeconds, knownString } from '../values';

const MIN_WAIT_SECONDS = 1800;

/** `maxWaitTime` is at least 1800 seconds. */
export const MAX_WAIT_TIME_MINIMUM: Rule = {
  id: 'MLJ-SCHED-002',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'scheduling.maxWaitTime is at least 1800s.',
  rationale: 'The API sets a 30 minute minimum for the queueing limit.',
  source: SOURCES.scheduling,
  check(job) {
    const value = knownString(job.trainingInput?.scheduling?.maxWaitTime);
    const seconds = value === undefined ? undefined : durationSeconds(value);
    if (seconds === undefined || seconds >= MIN_WAIT_SECONDS) return [];
    return [{ path: 'trainingInput.scheduling.maxWaitTime', message: `trainingInput.scheduling.maxWaitTime is "${value}"; the minimum is "${MIN_WAIT_SECONDS}s".`, fix: `Use "${MIN_WAIT_SECONDS}s" or more.` }];
  },
};
