import { Rule } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, knownNumber, show } from '../values';

/** `priority` is a whole number from 0 to 1000. */
export const PRIORITY_RANGE: Rule = {
  id: 'MLJ-SCHED-003',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'scheduling.priority is a whole number from 0 to 1000.',
  rationale: 'Priority orders a project\'s jobs waiting for the same accelerators; values outside 0–1000 are rejected.',
  source: SOURCES.scheduling,
  check(job) {
    const priority: unknown = job.trainingInput?.scheduling?.priority;
    if (priority === undefined || priority === null || isUnknown(priority)) return [];
    const value = knownNumber(priority);
    if (value !== undefined && Number.isInteger(value) && value >= 0 && value <= 1000) return [];
    return [{ path: 'trainingInput.scheduling.priority', message: `trainingInput.scheduling.priority is ${show(priority)}; it must be a whole number from 0 to 1000.` }];
  },
};
